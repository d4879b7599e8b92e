import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { createController, type FrameHostLike } from '../../lib/content/controller';
import { holdsDraft, moveDraft } from '../../lib/content/draft-move';
import type { FrameToHost, HostToFrame, ShowRequest } from '../../lib/protocol/frame';
import { defaultSettings } from '../../lib/settings-model';
import { insertInPage } from '../../lib/sites/insert-text';
import { adapterById } from '../../lib/sites/registry';
import { PauseApp, type Drafts } from '../../lib/ui/pause/PauseApp';
import { createRouter } from '../../entrypoints/background/handlers';
import { whatsappChat } from './dom';
import { senders, testDeps } from './router-deps';

/** A composer that keeps its own model, as Lexical or Slate do: the DOM shows the model, and only it. */
function modelEditor(handles: { beforeinput?: boolean; shiftEnter?: boolean; lineBreak?: boolean; paste?: boolean }) {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  document.body.replaceChildren(el);
  const model = { text: '' };
  const show = () => (el.textContent = model.text);
  el.addEventListener('beforeinput', (e) => {
    const ev = e as InputEvent;
    if (ev.inputType === 'insertText' && handles.beforeinput) model.text += ev.data ?? '';
    else if (ev.inputType === 'insertLineBreak' && handles.lineBreak) model.text += '\n';
    else return;
    ev.preventDefault();
    show();
  });
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.shiftKey && handles.shiftEnter) {
      e.preventDefault();
      model.text += '\n';
      show();
    }
  });
  el.addEventListener('paste', (e) => {
    if (!handles.paste) return;
    e.preventDefault();
    model.text += e.clipboardData?.getData('text/plain') ?? '';
    show();
  });
  el.focus();
  return { el, model };
}

/** execCommand refused, as for an editor the browser cannot edit directly. */
async function withoutExecCommand<T>(fn: () => Promise<T>): Promise<T> {
  const original = document.execCommand;
  document.execCommand = () => false;
  try {
    return await fn();
  } finally {
    document.execCommand = original;
  }
}

describe('putting a draft in through the editor’s own input path (page world)', () => {
  it('offers each line as beforeinput and each line break as Shift+Enter: the editor’s model gets both lines', async () => {
    const { model } = modelEditor({ beforeinput: true, shiftEnter: true });
    await expect(insertInPage('first line\nsecond line')).resolves.toBe(true);
    expect(model.text).toBe('first line\nsecond line');
  });

  it('where Shift+Enter is not the editor’s, a line break goes as beforeinput insertLineBreak (Slate)', async () => {
    const { model } = modelEditor({ beforeinput: true, lineBreak: true });
    await insertInPage('one\r\ntwo\nthree');
    expect(model.text).toBe('one\ntwo\nthree');
  });

  it('falls back to a paste (built in the page’s own world) when neither beforeinput nor execCommand takes a line', async () => {
    const { model } = modelEditor({ shiftEnter: true, paste: true });
    await withoutExecCommand(() => insertInPage('Hello,\nlater'));
    expect(model.text).toBe('Hello,\nlater');
  });

  it('gives Draft.js the whole text as one paste (it breaks when the browser edits its DOM)', async () => {
    const { el, model } = modelEditor({ beforeinput: true, shiftEnter: true, paste: true });
    const root = document.createElement('div');
    root.className = 'DraftEditor-root';
    document.body.append(root);
    root.append(el);
    el.focus();
    await insertInPage('one\ntwo');
    expect(model.text).toBe('one\ntwo');
  });

  it('sends nothing: no plain Enter ever reaches the editor', async () => {
    const { el } = modelEditor({ beforeinput: true, shiftEnter: true });
    const enters: boolean[] = [];
    el.addEventListener('keydown', (e) => enters.push(e.shiftKey), true);
    await insertInPage('a\nb\nc');
    expect(enters).toEqual([true, true]);
  });

  it('does nothing when no editable has focus', async () => {
    document.body.replaceChildren();
    (document.activeElement as HTMLElement | null)?.blur();
    await expect(insertInPage('words')).resolves.toBe(false);
  });
});

describe('confirming a moved draft (content script)', () => {
  it('compares lines as a person reads them', () => {
    expect(holdsDraft('first line\nsecond line', 'first line\nsecond line')).toBe(true);
    expect(holdsDraft('earlier words first line\n\n second\u00a0line \n', 'first line\nsecond line')).toBe(true);
    expect(holdsDraft('first linesecond line', 'first line\nsecond line')).toBe(false);
    // CKEditor's inline filler after a soft break.
    expect(holdsDraft('first line\n\u2060\u2060\u2060\u2060\u2060\u2060\u2060second line', 'first line\nsecond line')).toBe(true);
    expect(holdsDraft('first line', 'first line\nsecond line')).toBe(false);
  });

  it('is confirmed only when the words are still there after the editor renders again', async () => {
    const el = document.createElement('div');
    const insert = async (text: string) => ((el.textContent = text), true);
    await expect(moveDraft(window, () => el, 'hello\nthere', insert)).resolves.toBe(true);
    // An editor that redraws from a model that never got the words (Slate) takes them away again.
    const redraw = async (text: string) => ((el.textContent = text), setTimeout(() => (el.textContent = ''), 100), true);
    await expect(moveDraft(window, () => el, 'hello', redraw)).resolves.toBe(false);
    await expect(moveDraft(window, () => el, 'hello', async () => false)).resolves.toBe(false);
    await expect(moveDraft(window, () => el, 'hello', async () => Promise.reject(new Error('no tab')))).resolves.toBe(false);
  });
});

describe('"Move to chat" through the controller', () => {
  function setup(insert: (text: string) => Promise<boolean>) {
    const { editor } = whatsappChat();
    const shows: ShowRequest[] = [];
    const told: HostToFrame[] = [];
    let open = false;
    const frame: FrameHostLike = {
      ensure: vi.fn(),
      show: (r) => (shows.push(r), (open = true)),
      tell: (m) => void told.push(m),
      hide: () => void (open = false),
      dismiss: () => void (open = false),
      hideNow: () => void (open = false),
      focus: vi.fn(),
      isOpen: () => open,
      isUsable: () => true,
    };
    const state = { ready: true, settings: { ...defaultSettings, enabledSites: ['whatsapp'] }, snoozes: {}, salt: 's', recent: new Map(), marks: new Set<string>() };
    const c = createController({
      adapter: adapterById('whatsapp')!,
      win: window as unknown as Window,
      frame,
      state,
      now: () => 1,
      reportShown: () => undefined,
      preload: () => undefined,
      insert,
      isTrusted: () => true,
    });
    window.addEventListener('keydown', c.onKeydown, true);
    editor.focus();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true, cancelable: true, composed: true }));
    window.removeEventListener('keydown', c.onKeydown, true);
    expect(shows).toHaveLength(1);
    const close: FrameToHost = { type: 'close', choice: 'ready', insertText: 'first\nsecond' };
    return { editor, c, shows, told, close, isOpen: () => open };
  }

  it('tells the card the draft was taken once the composer holds it', async () => {
    // One paragraph per line, as an editor renders them, in the focused composer.
    const paragraphs = (text: string) => text.split('\n').map((l) => Object.assign(document.createElement('p'), { textContent: l }));
    const s = setup(async (text) => ((document.activeElement as HTMLElement).replaceChildren(...paragraphs(text)), true));
    s.c.onFrameMessage(s.close);
    await vi.waitFor(() => expect(s.told).toEqual([{ type: 'draft-taken' }]));
    expect(s.shows).toHaveLength(1);
  });

  it('opens the card again on the draft when the chat did not take it; it closes as usual after', async () => {
    const s = setup(async () => true); // "done", yet nothing arrived
    s.c.onFrameMessage(s.close);
    await vi.waitFor(() => expect(s.shows).toHaveLength(2));
    expect(s.shows[1]).toMatchObject({ type: 'show', site: 'whatsapp', draftBack: true });
    expect(s.told).toEqual([]);
    expect(s.isOpen()).toBe(true);
    s.c.onFrameMessage({ type: 'close', choice: 'not-now' });
    expect(s.isOpen()).toBe(false);
    expect(document.activeElement).toBe(s.editor);
  });
});

describe('the card keeps a moved draft until it is confirmed', () => {
  it('forgets it on draft-taken; opened again on the draft, it shows the words and a kind line', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    let host: (m: HostToFrame) => void = () => undefined;
    const sent: FrameToHost[] = [];
    let drafts: Drafts = {};
    const tick = () => new Promise((r) => setTimeout(r, 40));
    render(
      <PauseApp
        send={(m) => void sent.push(m)}
        subscribe={(fn) => (host = fn)}
        api={(async () => null) as never}
        settings={() => defaultSettings}
        history={{ load: async () => ({ ids: [], kinds: [] }), save: () => undefined }}
        reducedMotion={() => true}
        snooze={async () => undefined}
        drafts={{ load: async () => drafts, save: (d) => (drafts = d) }}
      />,
      root,
    );
    await tick();
    const req: ShowRequest = { type: 'show', site: 'whatsapp', siteName: 'WhatsApp', conversation: null, url: 'https://web.whatsapp.com/', trigger: 'start' };
    host(req);
    await tick();
    const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
    button('Write it here first').click();
    await tick();
    const area = document.getElementById('pause-draft') as HTMLTextAreaElement;
    area.value = 'first\nsecond';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    button('Move to chat').click();
    await tick();
    expect(sent.at(-1)).toEqual({ type: 'close', choice: 'ready', insertText: 'first\nsecond' });
    expect(drafts.draft).toBe('first\nsecond'); // not forgotten yet

    host({ ...req, draftBack: true });
    await tick();
    const back = document.getElementById('pause-draft') as HTMLTextAreaElement;
    expect(back.value).toBe('first\nsecond');
    expect(document.activeElement).toBe(back);
    const line = document.getElementById(back.getAttribute('aria-describedby')!);
    expect(line?.getAttribute('role')).toBe('status');
    expect(line?.textContent).toBe("The chat didn't take your words. They're still here — you can copy them, or try again.");

    button('Move to chat').click();
    await tick();
    host({ type: 'draft-taken' });
    await tick();
    expect(drafts.draft ?? '').toBe('');
    host(req);
    await tick();
    button('Write it here first').click();
    await tick();
    expect((document.getElementById('pause-draft') as HTMLTextAreaElement).value).toBe('');
    expect(document.body.textContent).not.toContain("didn't take");
    render(null, root);
  });
});

describe('the background puts a moved draft only into the asking content script’s own tab', () => {
  it('passes the text to that tab and frame, and refuses anyone else', async () => {
    const calls: unknown[] = [];
    const route = createRouter(
      testDeps(() => Promise.reject(new Error('no database needed')), {
        insertInPage: async (tab, frame, text) => (calls.push([tab, frame, text]), true),
      }),
    );
    expect(await route({ type: 'draft.insert', payload: { text: 'a\nb' } }, senders.content)).toEqual({ ok: true, value: { done: true } });
    expect(calls).toEqual([[4, 0, 'a\nb']]);
    expect(await route({ type: 'draft.insert', payload: { text: 'x' } }, senders.frame)).toMatchObject({ ok: false });
    expect(await route({ type: 'draft.insert', payload: { text: 'x' } }, senders.page)).toMatchObject({ ok: false });
    expect(await route({ type: 'draft.insert', payload: { text: '' } }, senders.content)).toMatchObject({ ok: false });
    expect(calls).toHaveLength(1);
  });
});
