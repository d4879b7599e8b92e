import type { CloseChoice } from '../protocol/frame';
import type { PauseMode } from '../settings-model';

/**
 * A pause belongs to a reply: at most one card as a reply starts and, in "both", one as it is sent, whatever the
 * rest between pauses. The phases of one reply in one composer:
 *
 *   idle ──key──▶ writing ──send──▶ sent ──next key or send, the composer no longer holding what was sent──▶ idle
 *     (card, where the policy says so, after the first key or on a send; it closes into writing, or sent by "Send now")
 *
 * A reply also ends when its composer is left empty, or when the conversation changes.
 */
export type ReplyPhase = 'idle' | 'card' | 'writing' | 'sent';

/** Where one reply is. Small and immutable, so the rules can be tested without a page. */
export interface ReplyMoment {
  readonly phase: ReplyPhase;
  /** A card was shown as this reply started (then the rest between pauses does not hold back its card at send). */
  readonly startCard?: boolean;
  /** A card was shown as this reply was sent: there is never a second one. */
  readonly sendCard?: boolean;
}

/** What can happen to a reply, with what the rules need to know about it. */
export type ReplyEvent =
  /**
   * A key that writes (a printable character), or a paste. Right after a send, true when the composer still holds
   * what was sent: the send did not take, so this is still the same reply; otherwise the next reply starts here.
   */
  | ['key', boolean?]
  /** The person sends: the site's send key or send control, with words in the composer (the flag: as for a key). */
  | ['send', boolean?]
  /** The card opened, as the reply started or as it was sent. */
  | ['shown', 'start' | 'send']
  /** The card closed, however (no choice: the page dismissed it, or the frame failed). */
  | ['closed', CloseChoice?]
  /** The composer lost focus: true when it was empty. */
  | ['left', boolean]
  /** Another conversation in this composer. */
  | ['navigated']
  /** Settings, snoozes or marks changed: a reply no card was shown for is decided again. */
  | ['changed'];

/** Which card may be shown now (the caller then asks the policy). */
export type ReplyAsk = 'start' | 'send' | undefined;

/** No reply under way: the next key starts one. */
export const IDLE: ReplyMoment = { phase: 'idle' };

/** The rules of one reply: the next moment, and which card may be shown now. Pure: the mode is passed in. */
export function stepReply(moment: ReplyMoment, mode: PauseMode, ...[type, arg]: ReplyEvent): [ReplyMoment, ReplyAsk?] {
  const m = moment.phase === 'sent' && (type === 'key' || type === 'send') && !arg ? IDLE : moment;
  const to = (phase: ReplyPhase, more?: Partial<ReplyMoment>): ReplyMoment => ({ ...m, ...more, phase });
  switch (type) {
    case 'key':
      // A key that reaches the page while the card phase lingers means the card is gone: never hold it.
      return [to('writing'), m.phase === 'idle' && mode !== 'send' ? 'start' : undefined];
    case 'send':
      return [to('sent'), mode === 'start' || m.sendCard ? undefined : 'send'];
    case 'shown':
      return [to('card', arg === 'start' ? { startCard: true } : { sendCard: true })];
    case 'closed':
      return [m.phase === 'card' ? to(arg === 'send-now' ? 'sent' : 'writing') : m];
    case 'left':
      return [arg && m.phase !== 'card' ? IDLE : m];
    case 'navigated':
      return [IDLE];
    case 'changed':
      return [m.startCard || m.sendCard ? m : IDLE];
  }
}
