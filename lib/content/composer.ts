import type { SiteAdapter } from '../sites/site-adapter';

/** Where the caret was in the composer, to put it back afterwards: a field's selection, or an editable's range. */
export type Caret = [number, number] | Range | null;

const isField = (composer: HTMLElement) => composer.localName === 'textarea' || composer.localName === 'input';

/** The caret (or selection) in a composer, if it is there. */
export function saveCaret(win: Window, composer: HTMLElement): Caret {
  if (isField(composer)) {
    const field = composer as HTMLTextAreaElement;
    return [field.selectionStart ?? 0, field.selectionEnd ?? 0];
  }
  const sel = win.getSelection();
  const range = sel?.rangeCount ? sel.getRangeAt(0) : null;
  return range && composer.contains(range.startContainer) ? range.cloneRange() : null;
}

/** Focuses the composer and puts the caret back where it was. */
export function restoreCaret(win: Window, composer: HTMLElement, caret: Caret): void {
  composer.focus({ preventScroll: true });
  if (Array.isArray(caret)) {
    (composer as HTMLTextAreaElement).setSelectionRange(...caret);
  } else if (caret && composer.contains(caret.startContainer)) {
    const sel = win.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(caret);
  }
}

/** The text in a composer (a field's value, or an editable's text). Reads layout: never on every key. */
export function textOf(composer: HTMLElement): string {
  return isField(composer) ? (composer as HTMLTextAreaElement).value : composer.innerText.replace(/\n$/, '');
}

/**
 * Sends what the composer holds through the site's own path: its send button when it shows one (and it is
 * enabled), else its send key. A site that refuses synthetic events simply keeps the text.
 */
export function sendThroughSite(composer: HTMLElement, button: HTMLElement | null, modEnter: boolean): void {
  if (button && button.getAttribute('aria-disabled') !== 'true' && !(button as HTMLButtonElement).disabled) {
    button.click();
    return;
  }
  const init: KeyboardEventInit = {
    key: 'Enter',
    code: 'Enter',
    keyCode: 13,
    which: 13,
    bubbles: true,
    cancelable: true,
    composed: true,
    ctrlKey: modEnter,
  };
  for (const type of ['keydown', 'keypress', 'keyup']) composer.dispatchEvent(new KeyboardEvent(type, init));
}

/** The composer a send control belongs to: the nearest one around it. */
export function composerAround(adapter: SiteAdapter, send: HTMLElement): HTMLElement | null {
  for (let el: HTMLElement | null = send.parentElement, i = 0; el && i < 8; el = el.parentElement, i++) {
    const found = adapter.findComposer(el);
    if (found) return found;
  }
  return null;
}
