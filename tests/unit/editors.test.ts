import { beforeEach, describe, expect, it } from 'vitest';
import { closestAcross, editorKind, editorOnPath, editorsIn, isEditorRoot, isSendByWords, saysSend } from '../../lib/sites/editors';

/** Builds elements from a small HTML string into the body (test fixture code only). */
function mount(html: string): void {
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
}
const $ = (css: string) => document.querySelector<HTMLElement>(css)!;

beforeEach(() => document.body.replaceChildren());

describe('the editor-kind layer', () => {
  it("names each editor by its framework's own marker, never by a word", () => {
    mount(`
      <div id="lexical" contenteditable="true" data-lexical-editor="true" aria-label="メッセージ"></div>
      <div id="slate" contenteditable="true" data-slate-editor="true"></div>
      <div id="pm" contenteditable="true" class="ProseMirror"></div>
      <div id="quill" contenteditable="true" class="ql-editor"></div>
      <div id="ck" contenteditable="true" class="ck ck-content ck-editor__editable"></div>
      <div id="draft" contenteditable="true" class="public-DraftEditor-content"></div>
      <textarea id="ta"></textarea>
      <div id="plain" contenteditable="true"></div>
      <div id="box" role="textbox" contenteditable="true"></div>
      <div id="none"></div>`);
    const kinds = ['lexical', 'slate', 'pm', 'quill', 'ck', 'draft', 'ta', 'plain', 'box', 'none'].map((id) => editorKind($(`#${id}`)));
    expect(kinds).toEqual(['lexical', 'slate', 'prosemirror', 'quill', 'ckeditor', 'draft', 'textarea', 'editable', 'editable', null]);
  });

  it("takes an editor's root, never a paragraph inside it, a helper, a hidden mirror, a combobox or a plain input", () => {
    mount(`
      <div id="root" contenteditable="true" data-lexical-editor="true"><p id="p">hi</p></div>
      <div class="ql-container"><div id="quill" class="ql-editor" contenteditable="true"></div><div id="clip" class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div>
      <div id="mirror" contenteditable="true" aria-hidden="true"></div>
      <div id="search" contenteditable="true" role="combobox" data-slate-editor="true"></div>
      <div contenteditable="false"><div id="island" contenteditable="true"></div></div>
      <input id="input" type="text">
      <div id="readonly" role="textbox"></div>
      <textarea id="ta"></textarea>`);
    const roots = ['root', 'p', 'quill', 'clip', 'mirror', 'search', 'island', 'input', 'readonly', 'ta'].filter((id) => isEditorRoot($(`#${id}`)));
    expect(roots).toEqual(['root', 'quill', 'ta']);
    expect(editorsIn(document).map((e) => e.id)).toEqual(['root', 'quill', 'ta']);
  });

  it("finds the editor an event happened in from its composed path (the innermost root on it)", () => {
    mount('<form id="form"><div id="root" contenteditable="true"><p id="p"><b id="b">x</b></p></div></form>');
    const path = [$('#b'), $('#p'), $('#root'), $('#form'), document.body, document.documentElement, document, window];
    expect(editorOnPath(path)).toBe($('#root'));
    expect(editorOnPath([$('#form'), document.body, document, window])).toBeNull();
  });

  it('looks for a place across shadow roots, up to their hosts, and finds editors inside open shadow roots', () => {
    mount('<rs-room id="room"></rs-room>');
    const room = $('#room').attachShadow({ mode: 'open' });
    const composer = document.createElement('rs-message-composer');
    room.append(composer);
    const inner = composer.attachShadow({ mode: 'open' });
    const textarea = document.createElement('textarea');
    inner.append(textarea);
    // In a browser, `rs-message-composer textarea` read inside the composer's own shadow tree never matches (happy-dom
    // does not keep that boundary; the Reddit replica checks it in Chromium): the place is found through the host.
    expect(closestAcross(textarea, 'rs-message-composer')).toBe(composer);
    expect(closestAcross(textarea, 'rs-room')).toBe($('#room'));
    expect(closestAcross(textarea, 'footer')).toBeNull();
    expect(editorsIn(document)).toEqual([]);
    expect(editorsIn(document, true)).toEqual([textarea]);
  });
});

describe('send words, the last fallback', () => {
  it('says "send" in English, Spanish, Portuguese, French and German (and Italian, Dutch)', () => {
    const yes = [
      'Send',
      'Send now',
      'Send Message',
      'Press enter to send',
      'Press Enter to send',
      'Send \u202a(Ctrl-Enter)\u202c',
      'Enviar',
      'Enviar mensaje',
      'Enviar ahora',
      'Pulsa Intro para enviar',
      'Enviar \u202a(Ctrl-Intro)\u202c',
      'Enviar mensagem',
      'Pressione Enter para enviar',
      'Envoyer',
      'Envoyer le message',
      'Appuyez sur Entrée pour envoyer',
      'Senden',
      'Nachricht senden',
      'Zum Senden die Eingabetaste drücken',
      'Senden \u202a(Strg-Eingabetaste)\u202c',
      'Invia',
      'Verzenden',
    ];
    expect(yes.filter((w) => !saysSend(w))).toEqual([]);
  });

  it('never takes a control that sends something else, or words of other languages, as the send control', () => {
    const no = ['Send a like', 'Enviar un Me gusta', 'Envoyer un J’aime', 'Send a gift', 'Voice message', 'Send voice message', 'Like', '', 'Sending…', '送信', 'Отправить'];
    expect(no.filter((w) => saysSend(w))).toEqual([]);
  });

  it('reads a button by its label, else its title, else its text; never anything that is not a button', () => {
    mount(`
      <div id="a" role="button" aria-label="Enviar mensaje">➤</div>
      <button id="b" title="Envoyer"></button>
      <div id="c" role="button" tabindex="0">Enviar</div>
      <span id="d">Send</span>
      <div id="e" role="button" aria-label="Enviar un Me gusta">👍</div>`);
    expect(['a', 'b', 'c', 'd', 'e'].filter((id) => isSendByWords($(`#${id}`)))).toEqual(['a', 'b', 'c']);
  });
});
