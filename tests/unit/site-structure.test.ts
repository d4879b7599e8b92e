import { afterEach, describe, expect, it } from 'vitest';
import { adapterById, adapterFor, sites } from '../../lib/sites/registry';

/**
 * Every built-in adapter finds its composer by structure, in a language no word list knows (Japanese), at a
 * conversation's address, and nowhere else. Send controls with a locale-free mark are found in Japanese too; the
 * others (`byWords`) only by their words, which the fallback reads in several languages.
 * Marks: data-t="composer" is the composer, data-t="send" its send control, data-t="decoy" an editable that must
 * never pause. SEND is replaced by the send control's label.
 */
interface Shape {
  site: string;
  /** A conversation's address. */
  url: string;
  /** An address of the same site where no conversation is shown (whole-origin matches): nothing pauses there. */
  away?: string;
  html: string;
  /** Builds what lives in open shadow roots: receives the document. */
  shadow?: (doc: Document, send: string) => void;
  byWords?: boolean;
}

const shapes: Shape[] = [
  {
    site: 'whatsapp',
    url: 'https://web.whatsapp.com/',
    html: `<div id="side"><div data-t="decoy" contenteditable="true" role="textbox" data-lexical-editor="true" data-tab="3" aria-label="検索"></div></div>
      <div id="main"><header><span title="Alex">Alex</span></header><div data-id="false_447700900001@c.us_1">やあ</div>
      <footer><div class="lexical-rich-text-input"><div data-t="composer" contenteditable="true" role="textbox" data-lexical-editor="true" data-tab="10" aria-label="Alexに入力"><p><br></p></div></div>
      <div role="button" aria-label="音声メッセージ"><span data-icon="ptt"></span></div>
      <div data-t="send" role="button" aria-label="SEND"><span data-icon="wds-ic-send-filled"></span></div></footer></div>`,
  },
  {
    site: 'messenger',
    url: 'https://www.facebook.com/messages/t/1001/',
    away: 'https://www.facebook.com/',
    byWords: true,
    html: `<div role="navigation"><input type="search" aria-label="Messengerを検索"></div>
      <div role="complementary"><div data-t="decoy" contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="コメント"></div></div>
      <div role="main" aria-label="Robinとの会話"><div role="grid"></div><div role="group" aria-label="スレッド作成">
      <div data-t="composer" role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="メッセージ"><p><br></p></div>
      <div role="button" aria-label="絵文字を選択"></div><div data-t="send" role="button" aria-label="SEND"></div></div></div>`,
  },
  {
    site: 'instagram',
    url: 'https://www.instagram.com/direct/t/2001/',
    away: 'https://www.instagram.com/',
    byWords: true,
    html: `<input aria-label="検索"><div class="bar"><div data-t="composer" role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="メッセージ"><p><br></p></div>
      <div data-t="send" role="button" tabindex="0">SEND</div></div>`,
  },
  {
    site: 'discord',
    url: 'https://discord.com/channels/@me/3001',
    away: 'https://discord.com/app',
    byWords: true,
    html: `<div data-t="decoy" role="combobox" contenteditable="true" data-slate-editor="true" aria-label="検索"></div>
      <ol><li><form><div data-t="decoy" role="textbox" contenteditable="true" data-slate-editor="true" aria-label="メッセージを編集"></div></form></li></ol>
      <form><div class="channelTextArea"><div class="textArea"><div data-t="composer" role="textbox" contenteditable="true" data-slate-editor="true" aria-label="@hamdへメッセージを送信"></div></div>
      <button aria-label="ギフトを贈る"></button><button data-t="send" aria-label="SEND"></button></div></form>`,
  },
  {
    site: 'slack',
    url: 'https://app.slack.com/client/T01/C001',
    away: 'https://app.slack.com/',
    html: `<input data-qa="search_input" aria-label="検索"><div data-qa="message_input"><div class="ql-container">
      <div data-t="composer" class="ql-editor" contenteditable="true" role="textbox" aria-label="#generalへのメッセージ"></div>
      <div data-t="decoy" class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div>
      <button data-t="send" data-qa="texty_send_button" aria-label="SEND"></button></div>`,
  },
  {
    site: 'telegram',
    url: 'https://web.telegram.org/k/#4001',
    away: 'https://web.telegram.org/',
    html: `<input class="input-search-input" placeholder="検索"><div class="input-message-container">
      <div data-t="composer" class="input-message-input ProseMirror" contenteditable="true" data-chat-input-editor="tiptap" data-peer-id="4001" tabindex="-1"><p><br></p></div>
      <div data-t="decoy" class="input-message-input input-field-input-fake" contenteditable="true" tabindex="-1"></div></div>
      <div class="btn-send-container"><button data-t="send" class="btn-icon rp btn-circle btn-send send" aria-label="SEND"></button></div>`,
  },
  {
    site: 'telegram',
    url: 'https://web.telegram.org/k/#4001',
    html: `<div class="input-message-container"><div data-t="composer" class="input-message-input scrollable" contenteditable="true" data-peer-id="4001" dir="auto"></div>
      <div data-t="decoy" class="input-message-input input-field-input-fake" contenteditable="true" tabindex="-1"></div></div>
      <div class="btn-send-container"><button data-t="send" class="btn-icon btn-send send"></button></div>`,
  },
  {
    site: 'telegram',
    url: 'https://web.telegram.org/a/#5001',
    html: `<input id="telegram-search-input" placeholder="検索"><div id="message-input-text">
      <div data-t="composer" id="editable-message-text" class="form-control" contenteditable="true" role="textbox" aria-label="メッセージ"></div>
      <div class="form-control clone" aria-hidden="true"></div><button data-t="send" class="Button main-button send" aria-label="SEND"></button></div>`,
  },
  {
    site: 'x',
    url: 'https://x.com/i/chat/6001',
    html: `<div data-t="decoy" data-testid="tweetTextarea_0" class="public-DraftEditor-content" contenteditable="true" role="textbox" aria-label="ポストを作成"></div>
      <div data-testid="xchatEmbedRoute" id="route"></div>`,
    shadow(doc, send) {
      const root = doc.getElementById('route')!.attachShadow({ mode: 'open' });
      root.append(doc.createRange().createContextualFragment(`<form data-testid="dm-composer-form">
        <textarea data-t="composer" data-testid="dm-composer-textarea" placeholder="新しいメッセージを作成"></textarea>
        <button data-t="send" type="button" data-testid="dm-composer-send-button" aria-label="${send}"></button></form>`));
    },
  },
  {
    site: 'linkedin',
    url: 'https://www.linkedin.com/messaging/thread/7001/',
    html: `<input class="search-global-typeahead__input" aria-label="検索"><div class="share-box"><div data-t="decoy" class="ql-editor" contenteditable="true" aria-label="投稿を作成"></div></div>
      <form class="msg-form"><div data-t="composer" class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-label="メッセージを書く"><p><br></p></div>
      <button data-t="send" class="msg-form__send-button" type="submit">SEND</button></form>`,
  },
  {
    site: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWabcdefgh',
    html: `<input aria-label="メールを検索"><div class="M9"><textarea data-t="decoy" class="Ak" aria-label="メッセージ本文" form="nosend"></textarea>
      <div data-t="composer" class="Am Al editable" contenteditable="true" role="textbox" g_editable="true" aria-label="メッセージ本文"></div>
      <div role="button" class="T-I J-J5-Ji hG T-I-atl L3" aria-label="その他の送信オプション"></div>
      <div data-t="send" role="button" class="T-I J-J5-Ji aoO v7 T-I-atl L3" aria-label="SEND"></div></div>`,
  },
  {
    site: 'google-messages',
    url: 'https://messages.google.com/web/conversations/8001',
    away: 'https://messages.google.com/',
    html: `<input type="search" placeholder="検索"><mws-message-compose><mws-autosize-textarea>
      <textarea data-t="composer" class="input" data-e2e-message-input-box placeholder="テキスト メッセージ"></textarea></mws-autosize-textarea>
      <mws-message-send-button><button data-t="send" data-e2e-send-text-button aria-label="SEND">SMS</button></mws-message-send-button></mws-message-compose>`,
  },
  {
    site: 'teams',
    url: 'https://teams.cloud.microsoft/',
    html: `<input id="ms-searchux-input" placeholder="検索"><h2 data-tid="chat-title">Sasha</h2>
      <div data-tid="chat-pane-message">さっきの<div data-t="decoy" data-tid="ckeditor" contenteditable="true" role="textbox" aria-label="メッセージを編集"></div>
      <button data-tid="newMessageCommands-send" name="done">完了</button></div>
      <div class="bar"><div data-t="composer" data-tid="ckeditor" contenteditable="true" role="textbox" class="ck ck-content ck-editor__editable" aria-label="メッセージを入力"><p><br></p></div>
      <button data-t="send" data-tid="newMessageCommands-send" name="send" aria-label="SEND"></button></div>`,
  },
  {
    site: 'reddit',
    url: 'https://www.reddit.com/r/all/',
    html: `<shreddit-composer><div data-t="decoy" contenteditable="true" role="textbox" name="body" aria-label="コメント"></div></shreddit-composer>
      <faceplate-app id="app"></faceplate-app>`,
    shadow(doc, send) {
      const app = doc.createElement('rs-app');
      doc.getElementById('app')!.append(app);
      const room = doc.createElement('rs-room');
      app.attachShadow({ mode: 'open' }).append(room);
      const composer = doc.createElement('rs-message-composer');
      room.attachShadow({ mode: 'open' }).append(composer);
      composer.attachShadow({ mode: 'open' }).append(
        doc.createRange().createContextualFragment(`<form><div class="message-box"><textarea data-t="composer" name="message" aria-label="メッセージを書く"></textarea></div>
          <div class="flex"><faceplate-tooltip><button aria-label="GIF"></button></faceplate-tooltip><faceplate-tooltip class="ml-auto"><button data-t="send" aria-label="${send}"></button></faceplate-tooltip></div></form>`),
      );
    },
  },
  {
    site: 'reddit',
    url: 'https://chat.reddit.com/room/!aaa:reddit.com',
    html: `<rs-message-composer><div data-t="composer" contenteditable="true" name="body" role="textbox" aria-label="メッセージ"></div>
      <button data-t="send" type="submit">SEND</button></rs-message-composer>`,
  },
  {
    site: 'bluesky',
    url: 'https://bsky.app/messages/9001',
    away: 'https://bsky.app/',
    byWords: true,
    html: `<input placeholder="検索"><div class="glass-container"><div class="glass"><div><div role="button" aria-label="絵文字ピッカーを開く"></div>
      <textarea data-t="composer" id="chat-input-r1" placeholder="メッセージ"></textarea></div></div>
      <div class="glass"><div data-t="send" role="button" aria-label="SEND"></div></div></div>`,
  },
  {
    site: 'bluesky',
    url: 'https://bsky.app/messages/9001',
    away: 'https://bsky.app/profile/someone',
    html: `<input placeholder="検索"><div class="row"><div role="button" aria-label="絵文字ピッカーを開く"></div>
      <textarea data-t="composer" placeholder="メッセージを書く"></textarea><div data-t="send" role="button" aria-label="SEND"></div></div>`,
  },
];

const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

/** Renders a shape at an address, with the send control's label. */
function render(shape: Shape, url: string, send: string) {
  happyDOM.setURL(url);
  document.body.replaceChildren(document.createRange().createContextualFragment(shape.html.replaceAll('SEND', send)));
  shape.shadow?.(document, send);
  const all = (t: string) => {
    const found: HTMLElement[] = [];
    const walk = (root: Document | ShadowRoot) => {
      found.push(...root.querySelectorAll<HTMLElement>(`[data-t="${t}"]`));
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return found;
  };
  return { composer: all('composer')[0]!, send: all('send')[0]!, decoys: all('decoy') };
}

/** An event's composed path from a target: up through parents and shadow hosts to the window. */
function pathOf(el: Node): EventTarget[] {
  const out: EventTarget[] = [];
  for (let n: Node | null = el; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) out.push(n);
  return [...out, window];
}

afterEach(() => happyDOM.setURL('http://localhost:3000/'));

describe('every built-in site, found by structure', () => {
  it('has a shape here for every adapter', () => {
    expect(new Set(shapes.map((s) => s.site))).toEqual(new Set(sites.map((s) => s.id)));
  });

  describe.each(shapes.map((s, i) => [`${s.site} #${i}`, s] as const))('%s', (_name, shape) => {
    const adapter = adapterById(shape.site)!;

    it('is the adapter of its address', () => {
      expect(adapterFor(shape.url)).toBe(adapter);
      if (shape.away) expect(adapterFor(shape.away)).toBe(adapter);
    });

    it('finds the composer with every label in Japanese, and never a decoy', () => {
      const { composer, decoys } = render(shape, shape.url, '送信');
      expect(composer).toBeTruthy();
      expect(adapter.findComposer(document)).toBe(composer);
      expect(adapter.composerFromPath(pathOf(composer))).toBe(composer);
      for (const decoy of decoys) expect(adapter.composerFromPath(pathOf(decoy)), decoy.getAttribute("class") ?? decoy.localName).toBeNull();
    });

    it(shape.byWords ? 'finds the send control by its words (Spanish, German), not in Japanese' : 'finds the send control by its marks, with a Japanese label', () => {
      const ja = render(shape, shape.url, '送信');
      const found = shape.byWords ? null : ja.send;
      expect(adapter.sendFor(ja.composer)).toBe(found);
      expect(adapter.sendFromPath(pathOf(ja.send))).toBe(found);
      for (const words of ['Enviar mensaje', 'Senden']) {
        const other = render(shape, shape.url, words);
        expect(adapter.sendFor(other.composer)).toBe(other.send);
        expect(adapter.sendFromPath(pathOf(other.send))).toBe(other.send);
      }
    });

    const away = shape.away;
    if (away) {
      it('pauses nowhere but in conversations (the same page at another address of the site)', () => {
        const { composer } = render(shape, away, '送信');
        expect(adapter.findComposer(document)).toBeNull();
        expect(adapter.composerFromPath(pathOf(composer))).toBeNull();
      });
    }
  });
});
