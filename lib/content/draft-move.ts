import { textOf } from './composer';

/**
 * A text as lines a person reads: invisible marks left out (CKEditor's inline filler, Slate's zero-width spaces), each
 * run of spaces folded, blank lines left out. Editors differ in these, never in the words.
 */
const lines = (text: string) =>
  text
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, (w) => (w.includes('\n') ? '\n' : ' '))
    .trim();

/** Whether a composer's text holds the draft, line for line and in order (beside whatever it held already). */
export function holdsDraft(composerText: string, draft: string): boolean {
  return lines(composerText).includes(lines(draft));
}

/**
 * "Move to chat", confirmed: asks for the draft to be put in (through the page's own world), then looks at the
 * composer after a frame, and again once the editor has had time to render from its own model. True only when the
 * words are there both times: until then the card keeps the draft.
 */
export async function moveDraft(
  win: Window,
  composer: () => HTMLElement | null,
  text: string,
  insert?: (text: string) => Promise<boolean>,
): Promise<boolean> {
  if (!(await insert?.(text).catch(() => false))) return false;
  for (const ms of [0, 300]) {
    await new Promise((done) => win.requestAnimationFrame(() => win.setTimeout(done, ms)));
    const c = composer();
    if (!c || !holdsDraft(textOf(c), text)) return false;
  }
  return true;
}
