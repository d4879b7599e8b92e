/** What a settings section says after an action: a kind confirmation, or a reason it did not work. */
export type NoticeMessage = { kind: 'error' | 'ok'; text: string } | null;

/** The section's message: an alert for a problem, a polite status for a confirmation; nothing when there is none. */
export function Notice({ msg }: { msg: NoticeMessage }) {
  if (!msg) return null;
  return (
    <p class={msg.kind === 'error' ? 'error' : 'confirm'} role={msg.kind === 'error' ? 'alert' : 'status'}>
      {msg.text}
    </p>
  );
}
