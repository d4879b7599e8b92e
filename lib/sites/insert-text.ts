/**
 * Puts text into a site's composer through the editor's own input path, so
 * editors that keep their own model (Lexical, Slate, Draft.js, ProseMirror,
 * Quill) stay in sync: `execCommand('insertText')` fires beforeinput/input like
 * typing does. Where that is refused, a synthetic paste carries the text.
 * Never writes the editor's DOM directly (that would desynchronise its model).
 */
export function insertText(composer: HTMLElement, text: string): boolean {
  const doc = composer.ownerDocument;
  composer.focus({ preventScroll: true });
  let done = false;
  try {
    done = doc.execCommand('insertText', false, text);
  } catch {
    done = false;
  }
  if (done) return true;
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  composer.dispatchEvent(paste);
  return paste.defaultPrevented;
}
