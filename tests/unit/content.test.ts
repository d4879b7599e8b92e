import { describe, expect, it, vi } from 'vitest';
import { createController, type ControllerState, type FrameHostLike } from '../../lib/content/controller';
import type { ShowRequest } from '../../lib/protocol/frame';
import { defaultSettings } from '../../lib/settings-model';
import { adapterById } from '../../lib/sites/registry';
import { whatsappChat } from './dom';

const wa = adapterById('whatsapp')!;

const chat = () => whatsappChat();

function harness(over: Partial<ControllerState> = {}) {
  const shows: ShowRequest[] = [];
  const hidden: boolean[] = [];
  let open = false;
  const frame: FrameHostLike = {
    ensure: vi.fn(),
    show: (r) => {
      shows.push(r);
      open = true;
      return true;
    },
    hide: () => void (open = false),
    dismiss: () => void (open = false),
    hideNow: () => void (hidden.push(true), (open = false)),
    focus: vi.fn(),
    isOpen: () => open,
    isUsable: () => true,
  };
  const state: ControllerState = {
    ready: true,
    // The person chose WhatsApp on the welcome page.
    settings: { ...defaultSettings, enabledSites: ['whatsapp'] },
    snoozes: {},
    salt: 's',
    recent: new Map(),
    marks: new Set(),
    ...over,
  };
  const reported: string[] = [];
  const preload = vi.fn();
  const c = createController({
    adapter: wa,
    win: window as unknown as Window,
    frame,
    state,
    now: () => 1_000_000,
    reportShown: (k) => reported.push(k),
    preload,
    isTrusted: () => true,
  });
  return { c, shows, reported, preload, state, hidden, isOpen: () => open };
}

function keydown(target: HTMLElement, key: string) {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true });
  let result: KeyboardEvent | undefined;
  target.addEventListener('keydown', (ev) => (result = ev as KeyboardEvent), { once: true });
  target.dispatchEvent(e);
  return { e, result };
}

describe('content controller', () => {
  it('opens the card on the first keystroke in the composer and holds it back', () => {
    const { editor } = chat();
    const { c, shows, reported } = harness();
    window.addEventListener('keydown', c.onKeydown, true);
    const { e } = keydown(editor, 'h');
    window.removeEventListener('keydown', c.onKeydown, true);
    expect(e.defaultPrevented).toBe(true);
    expect(shows).toHaveLength(1);
    expect(shows[0]).toMatchObject({ type: 'show', site: 'whatsapp', trigger: 'start' });
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatch(/^[0-9a-f]{16}$/); // the conversation, hashed
  });

  it('quick hide (the shortcut) takes the open card away at once and gives the composer back', () => {
    const { editor } = chat();
    const h = harness();
    h.c.quickHide(); // nothing open: nothing happens
    expect(h.hidden).toEqual([]);
    window.addEventListener('keydown', h.c.onKeydown, true);
    keydown(editor, 'h');
    window.removeEventListener('keydown', h.c.onKeydown, true);
    expect(h.isOpen()).toBe(true);
    h.c.quickHide();
    expect(h.hidden).toEqual([true]);
    expect(h.isOpen()).toBe(false);
    expect(document.activeElement).toBe(editor);
  });

  it('never pauses in the search box, on shortcuts, or while not ready', () => {
    const { editor, search } = chat();
    const h = harness();
    window.addEventListener('keydown', h.c.onKeydown, true);
    expect(keydown(search, 'h').e.defaultPrevented).toBe(false);
    const ctrl = new KeyboardEvent('keydown', { key: 'c', ctrlKey: true, bubbles: true, cancelable: true });
    editor.dispatchEvent(ctrl);
    expect(ctrl.defaultPrevented).toBe(false);
    h.state.ready = false;
    expect(keydown(editor, 'h').e.defaultPrevented).toBe(false);
    window.removeEventListener('keydown', h.c.onKeydown, true);
    expect(h.shows).toHaveLength(0);
  });

  it('rests during the cooldown after a pause', () => {
    const { editor } = chat();
    const h = harness();
    window.addEventListener('keydown', h.c.onKeydown, true);
    keydown(editor, 'h');
    h.c.onFrameMessage({ type: 'close', choice: 'not-now' });
    expect(keydown(editor, 'i').e.defaultPrevented).toBe(false);
    window.removeEventListener('keydown', h.c.onKeydown, true);
    expect(h.shows).toHaveLength(1);
  });

  it('while the card opens, Escape on the page dismisses it and typed keys are held', () => {
    const { editor } = chat();
    const h = harness();
    window.addEventListener('keydown', h.c.onKeydown, true);
    editor.focus();
    keydown(editor, 'h');
    expect(keydown(editor, 'e').e.defaultPrevented).toBe(true);
    (document.activeElement as HTMLElement | null)?.blur();
    expect(keydown(editor, 'Escape').e.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(editor);
    // Closed: typing goes to the site again (cooldown).
    expect(keydown(editor, 'x').e.defaultPrevented).toBe(false);
    window.removeEventListener('keydown', h.c.onKeydown, true);
  });

  it('fails open when the adapter throws', () => {
    const { editor } = chat();
    const h = harness();
    const spy = vi.spyOn(wa, 'conversationKey').mockImplementation(() => {
      throw new Error('markup changed');
    });
    window.addEventListener('keydown', h.c.onKeydown, true);
    expect(keydown(editor, 'h').e.defaultPrevented).toBe(false);
    window.removeEventListener('keydown', h.c.onKeydown, true);
    spy.mockRestore();
  });

  it('gives focus back to the composer when the card closes', () => {
    const { editor } = chat();
    const h = harness();
    window.addEventListener('keydown', h.c.onKeydown, true);
    editor.focus();
    keydown(editor, 'h');
    (document.activeElement as HTMLElement | null)?.blur();
    h.c.onFrameMessage({ type: 'close', choice: 'ready' });
    window.removeEventListener('keydown', h.c.onKeydown, true);
    expect(document.activeElement).toBe(editor);
  });

  it('preloads the frame when a composer gets focus', () => {
    const { editor, search } = chat();
    const h = harness();
    window.addEventListener('focusin', h.c.onFocusIn, true);
    search.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(h.preload).not.toHaveBeenCalled();
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    window.removeEventListener('focusin', h.c.onFocusIn, true);
    expect(h.preload).toHaveBeenCalledTimes(1);
  });
});

describe('a pause belongs to a reply', () => {
  const noRest = (over: Partial<typeof defaultSettings> = {}) => ({ settings: { ...defaultSettings, enabledSites: ['whatsapp'], cooldownMinutes: 0, ...over } });
  function listen(c: ReturnType<typeof harness>['c']) {
    const pairs = [
      ['keydown', c.onKeydown],
      ['paste', c.onPaste],
      ['focusout', c.onFocusOut],
    ] as const;
    for (const [t, fn] of pairs) window.addEventListener(t, fn as EventListener, true);
    return () => pairs.forEach(([t, fn]) => window.removeEventListener(t, fn as EventListener, true));
  }
  const typeInto = (editor: HTMLElement, p: HTMLElement, text: string) =>
    [...text].map((ch) => {
      const { e } = keydown(editor, ch);
      if (!e.defaultPrevented) p.textContent += ch;
      return e.defaultPrevented;
    });

  it('with "No rest", after "Not now" the reply is typed freely; after the send, the next reply pauses again', () => {
    const { editor, p } = chat();
    const h = harness(noRest());
    const stop = listen(h.c);
    editor.focus();
    expect(keydown(editor, 'h').e.defaultPrevented).toBe(true);
    h.c.onFrameMessage({ type: 'close', choice: 'not-now' });
    expect(typeInto(editor, p, 'hello')).toEqual([false, false, false, false, false]);
    expect(keydown(editor, 'Enter').e.defaultPrevented).toBe(false); // the person's send
    p.textContent = ''; // the site sent it
    expect(keydown(editor, 'n').e.defaultPrevented).toBe(true);
    stop();
    expect(h.shows.map((s) => s.trigger)).toEqual(['start', 'start']);
  });

  it('keys of a decided reply cost nothing: no adapter lookup, no conversation hash', () => {
    const { editor, p } = chat();
    const h = harness(noRest());
    const stop = listen(h.c);
    editor.focus();
    keydown(editor, 'h');
    h.c.onFrameMessage({ type: 'close', choice: 'ready' });
    const key = vi.spyOn(wa, 'conversationKey');
    const path = vi.spyOn(wa, 'composerFromPath');
    typeInto(editor, p, 'a reply typed one key at a time, shift and arrows too');
    keydown(editor, 'Shift');
    keydown(editor, 'ArrowLeft');
    stop();
    expect([key.mock.calls.length, path.mock.calls.length]).toEqual([0, 0]);
  });

  it('"Both": one card as the reply starts and one as it is sent, even within the rest; then the send goes through', () => {
    const { editor, p } = chat();
    const h = harness({ settings: { ...defaultSettings, enabledSites: ['whatsapp'], mode: 'both', cooldownMinutes: 10 } });
    const stop = listen(h.c);
    editor.focus();
    keydown(editor, 'h');
    h.c.onFrameMessage({ type: 'close', choice: 'ready' });
    typeInto(editor, p, 'ok');
    expect(keydown(editor, 'Enter').e.defaultPrevented).toBe(true);
    h.c.onFrameMessage({ type: 'close', choice: 'draft-kept' });
    typeInto(editor, p, '!');
    expect(keydown(editor, 'Enter').e.defaultPrevented).toBe(false);
    stop();
    expect(h.shows.map((s) => s.trigger)).toEqual(['start', 'send']);
  });

  it('a paste starts a reply like a key; a composer left empty ends the reply, left with words it goes on', () => {
    const { editor, p } = chat();
    const h = harness(noRest());
    const stop = listen(h.c);
    editor.focus();
    const paste = () => {
      const e = new Event('paste', { bubbles: true, cancelable: true, composed: true });
      editor.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(paste()).toBe(true);
    h.c.onFrameMessage({ type: 'close', choice: 'not-now' });
    expect(paste()).toBe(false);
    editor.blur(); // left empty (the paste was only pretended): the reply is over
    editor.focus();
    expect(keydown(editor, 'h').e.defaultPrevented).toBe(true);
    h.c.quickHide();
    typeInto(editor, p, 'words');
    editor.blur(); // left with words: the same reply
    editor.focus();
    expect(keydown(editor, 's').e.defaultPrevented).toBe(false);
    stop();
    expect(h.shows).toHaveLength(2);
  });

  it('another conversation is another reply; marking this one mid-reply decides again', () => {
    const { editor } = chat();
    const h = harness(noRest({ onlyMarked: true }));
    const stop = listen(h.c);
    expect(keydown(editor, 'h').e.defaultPrevented).toBe(false); // not marked: no pause, decided for this reply
    h.state.marks = new Set([h.reported[0] ?? h.c.current().conversation!]);
    expect(keydown(editor, 'i').e.defaultPrevented).toBe(true);
    h.c.onFrameMessage({ type: 'close', choice: 'ready' });
    const other = whatsappChat({ jid: '447700900009@c.us' }).editor;
    expect(keydown(other, 'h').e.defaultPrevented).toBe(false); // not marked there
    stop();
    expect(h.shows).toHaveLength(1);
  });
});
