/**
 * Editors by kind, never by words. A site's interface is translated, so its labels and placeholders say "Message" in
 * one language and "Mensaje" in the next; the editor frameworks mark the root element they type into with their own,
 * locale-free markers. This layer recognises those roots; each adapter only says where its composer lives.
 *
 * The markers are the frameworks' own (each sits on the element that is `contenteditable`), the same ones Harper
 * finds editors by (github.com/Automattic/harper packages/lint-framework/src/lint/editorUtils.ts @5148c816):
 * Lexical `[data-lexical-editor]`, Slate `[data-slate-editor]`, ProseMirror and TipTap `.ProseMirror`, Quill
 * `.ql-editor`, CKEditor 5 `.ck-editor__editable`, Draft.js `.public-DraftEditor-content`; then a textarea, and any
 * other editable root (`[contenteditable]`, `[role=textbox]`).
 */

/** The kinds of editor a composer can be, each with the marker on its root. Most specific first. */
export const editorKinds = {
  lexical: '[data-lexical-editor]',
  slate: '[data-slate-editor]',
  prosemirror: '.ProseMirror',
  quill: '.ql-editor',
  ckeditor: '.ck-editor__editable',
  draft: '.public-DraftEditor-content',
  textarea: 'textarea',
  editable: '[contenteditable],[role="textbox"]',
} as const;

/** One kind of editor (see `editorKinds`). */
export type EditorKind = keyof typeof editorKinds;

/** Every editor root candidate, as one selector (the kinds above all end up here). */
const ANY = 'textarea,[contenteditable],[role="textbox"]';

/**
 * Editables that belong to an editor or a menu without being where a person writes: Quill's clipboard, anything
 * hidden from assistive technology (mirrors, measuring copies), comboboxes and search boxes (Discord's search is a
 * Slate combobox: Harper PR #2063), and non-editable islands.
 */
const HELPER = '.ql-clipboard,[aria-hidden="true"],[role="combobox"],[role="searchbox"],[contenteditable="false"]';

/** The kind of editor whose root this element is, by its markers; null when it is none. */
export function editorKind(el: Element): EditorKind | null {
  for (const [kind, css] of Object.entries(editorKinds)) if (el.matches(css)) return kind as EditorKind;
  return null;
}

/**
 * True for the root of an editor a person writes in: a textarea, or an editable element whose parent is not
 * editable (the editor's own root, not a paragraph inside it), and never a helper or something hidden.
 */
export function isEditorRoot(el: Element): el is HTMLElement {
  if (!el.matches(ANY) || el.closest(HELPER)) return false;
  return el.localName === 'textarea' || ((el as HTMLElement).isContentEditable && !el.parentElement?.isContentEditable);
}

/** The editor an event happened in: the innermost editor root on its composed path. */
export function editorOnPath(path: readonly EventTarget[]): HTMLElement | null {
  for (const target of path) {
    if (typeof (target as Element).matches === 'function' && isEditorRoot(target as Element)) return target as HTMLElement;
  }
  return null;
}

/** The element itself or its nearest ancestor matching `css`, going on through shadow roots to their hosts. */
export function closestAcross(el: Element, css: string): Element | null {
  for (let at: Element | null = el; at; at = (at.getRootNode() as ShadowRoot).host ?? null) {
    const found = at.closest(css);
    if (found) return found;
  }
  return null;
}

/** Every editor root inside `root`, in document order; with `deep`, also inside open shadow roots. */
export function editorsIn(root: ParentNode, deep = false): HTMLElement[] {
  const found = Array.from(root.querySelectorAll(ANY)).filter(isEditorRoot);
  if (!deep) return found;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    if (n.shadowRoot) found.push(...editorsIn(n.shadowRoot, true));
  }
  return found;
}

// Words are the last fallback for a send control, and then in several languages: en, es, pt, fr, de, it, nl.
const SEND = /^(send|enviar|envoyer|(ab)?senden|invia|verzenden|versturen)$/;
const ALSO =
  /^(messag(e|gio)|mensa(je|gem)|nachricht|bericht|now|ahora|agora|maintenant|jetzt|nu|press|pressione|pulsa|appuyez|premi|druk|drücken|enter|intro|entrée|eingabetaste|invio|ctrl|strg|to|para|pour|zum|per|om|op|sur|le|die)$/;

/**
 * True when a control's words say "send" and nothing else, in one of several languages: "Send", "Send now",
 * "Press enter to send", "Enviar mensaje", "Envoyer le message", "Nachricht senden", "Send (Ctrl-Enter)". Never
 * "Send a like", "Enviar un Me gusta" or "Send a gift": those send something else.
 */
export function saysSend(words: string): boolean {
  const list = words.toLowerCase().match(/\p{L}+/gu) ?? [];
  return list.some((w) => SEND.test(w)) && list.every((w) => SEND.test(w) || ALSO.test(w));
}

/** True for a button (or role=button) whose own words say "send" (aria-label, else title, else its text). */
export function isSendByWords(el: Element): boolean {
  if (!el.matches('button,[role="button"]')) return false;
  return saysSend(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent ?? '');
}
