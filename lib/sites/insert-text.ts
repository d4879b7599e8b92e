/**
 * Puts a draft into the focused composer through the editor's own input path, line by line, so editors that keep
 * their own model (Lexical, Slate, Draft.js, ProseMirror/TipTap, Quill, CKEditor 5) take it into that model, with its
 * line breaks:
 * - each line is offered as a cancelable `beforeinput` (`insertText`); an editor that handles it cancels it, and one
 *   that leaves it to the browser gets the browser's own action (`execCommand('insertText')`), else a paste;
 * - between lines, Shift+Enter as a key the editor's own handlers see (in chat composers Enter sends; Shift+Enter
 *   makes a new line on every supported site), else `beforeinput` `insertLineBreak`, else the browser's line break;
 * - Draft.js, which breaks when the browser edits its DOM, gets the whole text as one paste (it splits the lines);
 * - after each step the page gets a turn, so an editor that renders later (React) is up to date before the next one.
 *
 * It runs in the page's own world (`scripting.executeScript`, world MAIN): Firefox hands a paste built in a content
 * script's isolated world to the page empty, and in the page's world it carries its data once it is written into the
 * event's own DataTransfer (Firefox ignores the one passed in). So it is
 * self-contained (no imports, no closures), takes only the text being inserted, and names nothing of ours. Never
 * writes the editor's DOM directly. Resolves false when no editable has focus; whether the words arrived is checked
 * afterwards by the content script (lib/content/draft-move.ts).
 */
export async function insertInPage(text: string): Promise<boolean> {
  let el = document.activeElement as HTMLElement | null;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
  const field = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
  if (!el || (!field && !el.isContentEditable)) return false;
  const target = el;
  const init = { bubbles: true, cancelable: true, composed: true };
  /** Dispatches an event; true when the editor handled it (cancelled the browser's own action). */
  const handled = (e: Event) => !target.dispatchEvent(e);
  const command = (name: string, value?: string) => {
    try {
      return document.execCommand(name, false, value);
    } catch {
      return false;
    }
  };
  const paste = (s: string) => {
    const data = new DataTransfer();
    data.setData('text/plain', s);
    const event = new ClipboardEvent('paste', { ...init, clipboardData: data });
    // Firefox gives a constructed paste a DataTransfer of its own, empty but writable until it is dispatched.
    event.clipboardData?.setData('text/plain', s);
    handled(event);
  };
  const put = (s: string) => {
    if (!handled(new InputEvent('beforeinput', { ...init, inputType: 'insertText', data: s })) && !command('insertText', s)) paste(s);
  };
  const turn = () => new Promise((resolve) => setTimeout(resolve, 0));
  if (field) {
    put(text);
    return true;
  }
  // Draft.js takes typed words only from the browser's own text events and breaks when the browser edits its DOM
  // (React loses its nodes); it takes a paste, lines and all, into its model.
  if (target.closest('.DraftEditor-root')) {
    paste(text);
    return true;
  }
  const lines = text.split(/\r\n?|\n/);
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) {
      const shiftEnter = new KeyboardEvent('keydown', { ...init, key: 'Enter', code: 'Enter', keyCode: 13, which: 13, shiftKey: true });
      if (!handled(shiftEnter) && !handled(new InputEvent('beforeinput', { ...init, inputType: 'insertLineBreak' }))) {
        if (!command('insertLineBreak')) command('insertParagraph');
      }
      await turn();
    }
    if (lines[i]) {
      put(lines[i]!);
      await turn();
    }
  }
  return true;
}
