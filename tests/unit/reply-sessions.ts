/** The random sessions the reply-moment properties play: a page, the real controller, and what the person saw. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { createController, type ControllerState, type FrameHostLike } from '../../lib/content/controller';
import type { CloseChoice, ShowRequest } from '../../lib/protocol/frame';
import { defaultSettings, type PauseMode } from '../../lib/settings-model';
import { adapterById } from '../../lib/sites/registry';
import { whatsappChat } from './dom';

/**
 * The real controller on a small WhatsApp-like page (happy-dom), driven by random sequences of what a person does:
 * keys, pastes, sends (Enter or the send button), card choices, leaving the composer, other conversations. The page
 * plays the browser and the site: a key that was not held goes into the composer, a send empties it.
 */

export const wa = adapterById('whatsapp')!;

export type Action =
  | { do: 'type'; ch: string }
  | { do: 'paste' }
  | { do: 'enter' }
  | { do: 'click-send' }
  | { do: 'other-key'; key: string }
  | { do: 'leave' }
  | { do: 'switch' }
  | { do: 'close'; how: number };

export const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('h', 'i', ' ', 'é', '😀').map((ch) => ({ do: 'type' as const, ch })) },
  { weight: 1, arbitrary: fc.constant({ do: 'paste' as const }) },
  { weight: 2, arbitrary: fc.constant({ do: 'enter' as const }) },
  { weight: 1, arbitrary: fc.constant({ do: 'click-send' as const }) },
  { weight: 1, arbitrary: fc.constantFrom('Shift', 'Control', 'ArrowLeft', 'Backspace').map((key) => ({ do: 'other-key' as const, key })) },
  { weight: 1, arbitrary: fc.constant({ do: 'leave' as const }) },
  { weight: 1, arbitrary: fc.constant({ do: 'switch' as const }) },
  { weight: 3, arbitrary: fc.nat(20).map((how) => ({ do: 'close' as const, how })) },
);

/** Ways a card closes, as the card offers them for each trigger, plus the page's own (Escape, quick hide, a failed frame). */
export const CLOSE_START: Array<CloseChoice | 'escape' | 'quick-hide' | 'key-while-open' | 'frame-failed'> = [
  'ready', 'not-now', 'later', 'check-in', 'snoozed', 'hidden', 'escape', 'quick-hide', 'key-while-open', 'frame-failed',
];
export const CLOSE_SEND: typeof CLOSE_START = ['send-now', 'draft-kept', 'later', 'check-in', 'snoozed', 'hidden', 'escape', 'quick-hide', 'key-while-open'];

/** One run: the page, the controller and what the person saw. `refuses`: the site ignores synthetic sends ("Send now"). */
export function world(mode: PauseMode, cooldownMinutes: number, refuses: boolean) {
  const persons = new WeakSet<Event>();
  const person = <E extends Event>(e: E): E => (persons.add(e), e);
  let chats = 0;
  let editor!: HTMLElement;
  let sendButton!: HTMLButtonElement;
  const sent: string[] = [];
  /** The site saw the event (the extension did not hold it back). */
  let siteSaw = false;
  const text = () => editor.innerText.replace(/\n$/, '');
  const setText = (t: string) => void (editor.querySelector('p')!.textContent = t);
  const siteSends = () => {
    if (!text().trim()) return;
    sent.push(text());
    setText('');
  };
  function openChat() {
    editor = whatsappChat({ jid: `4477009000${String(++chats).padStart(2, '0')}@c.us` }).editor;
    sendButton = document.createElement('button');
    sendButton.setAttribute('aria-label', 'Send');
    editor.closest('footer')!.append(sendButton);
    editor.addEventListener('keydown', (e) => {
      siteSaw = true;
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        siteSends();
      }
    });
    editor.addEventListener('paste', () => void (siteSaw = true));
    sendButton.addEventListener('click', (e) => {
      siteSaw = true;
      if (!refuses || persons.has(e)) siteSends();
    });
  }
  openChat();

  const shows: ShowRequest[] = [];
  let open = false;
  let usable = true;
  const frame: FrameHostLike = {
    ensure: () => undefined,
    show: (r) => (shows.push(r), (open = true)),
    hide: () => void (open = false),
    dismiss: () => void (open = false),
    hideNow: () => void (open = false),
    focus: () => undefined,
    isOpen: () => open,
    isUsable: () => usable,
  };
  const state: ControllerState = {
    ready: true,
    settings: { ...defaultSettings, enabledSites: ['whatsapp'], mode, cooldownMinutes },
    snoozes: {},
    salt: 's',
    recent: new Map(),
    marks: new Set(),
  };
  const c = createController({
    adapter: wa,
    win: window as unknown as Window,
    frame,
    state,
    now: () => 1_000_000,
    reportShown: () => undefined,
    preload: () => undefined,
    isTrusted: (e) => persons.has(e),
  });
  const listeners: Array<[string, (e: never) => void]> = [
    ['keydown', c.onKeydown],
    ['paste', c.onPaste],
    ['click', c.onClick],
    ['focusin', c.onFocusIn],
    ['focusout', c.onFocusOut],
  ];
  for (const [type, fn] of listeners) window.addEventListener(type, fn as EventListener, true);
  const stop = () => listeners.forEach(([type, fn]) => window.removeEventListener(type, fn as EventListener, true));

  /** Does one thing as the person; returns whether the extension held it back and whether it opened a card. */
  function act(run: () => void): { held: boolean; shown: ShowRequest | undefined } {
    const before = shows.length;
    siteSaw = false;
    run();
    return { held: !siteSaw, shown: shows[before] };
  }
  const focusComposer = () => document.activeElement !== editor && editor.focus();
  const key = (k: string) =>
    act(() => {
      focusComposer();
      const e = person(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, composed: true }));
      editor.dispatchEvent(e);
      if (siteSaw && !e.defaultPrevented && [...k].length === 1) setText(text() + k); // the browser types it
    });

  return {
    mode,
    state,
    c,
    stop,
    isOpen: () => open,
    text,
    type: key,
    otherKey: key,
    enter: () => key('Enter'),
    paste: () =>
      act(() => {
        focusComposer();
        const e = person(new Event('paste', { bubbles: true, cancelable: true, composed: true }));
        editor.dispatchEvent(e);
        if (siteSaw && !e.defaultPrevented) setText(`${text()}pasted words`);
      }),
    clickSend: () => act(() => sendButton.dispatchEvent(person(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })))),
    leave: () => editor.blur(),
    switchChat: () => openChat(),
    /** Closes the open card one way or another; returns the choice made. */
    close(how: number, trigger: 'start' | 'send'): string {
      const ways = trigger === 'start' ? CLOSE_START : CLOSE_SEND;
      const way = ways[how % ways.length]!;
      if (way === 'escape') key('Escape');
      else if (way === 'quick-hide') c.quickHide();
      else if (way === 'key-while-open') {
        const r = key('x');
        expect(r.held, 'a key typed while the card opens is held for the card').toBe(true);
        expect(r.shown).toBeUndefined();
      } else if (way === 'frame-failed') {
        usable = false;
        open = false;
        c.onFrameFailure();
      } else {
        if (way === 'snoozed') state.snoozes = { whatsapp: 'never' }; // what the card writes, as storage brings it back
        c.onFrameMessage({ type: 'close', choice: way });
      }
      return way;
    },
  };
}

/** One reply as the person lives it, for the checks. */
export interface ReplyLog {
  start: number;
  send: number;
  /** A card of this reply has closed. */
  closed: boolean;
  /** A card as it was sent has closed. */
  sendClosed: boolean;
  wrote: boolean;
  sendTried: boolean;
}

/**
 * Plays the actions and checks, step by step: never two cards for one reply; never a held key once its card closed;
 * and (`expectPauses`) with no rest, a pause as each new reply starts (and as it is first sent, where the mode says so).
 */
export function play(mode: PauseMode, cooldownMinutes: number, actions: Action[], refuses = false) {
  const w = world(mode, cooldownMinutes, refuses);
  const fresh = (): ReplyLog => ({ start: 0, send: 0, closed: false, sendClosed: false, wrote: false, sendTried: false });
  let reply = fresh();
  /** The reply is over (sent, left empty, another conversation): the next thing written starts a new one. */
  let ended = false;
  let openTrigger: 'start' | 'send' | undefined;
  let forbidden = cooldownMinutes > 0; // only "No rest" promises a pause at each reply
  const begin = () => {
    if (!ended) return;
    reply = fresh();
    ended = false;
  };
  const check = () => {
    expect(reply.start, 'cards as one reply started').toBeLessThanOrEqual(mode === 'send' ? 0 : 1);
    expect(reply.send, 'cards as one reply was sent').toBeLessThanOrEqual(mode === 'start' ? 0 : 1);
  };
  try {
    for (const a of actions) {
      if (w.isOpen()) {
        const way = w.close(a.do === 'close' ? a.how : a.do.length, openTrigger!);
        if (way === 'key-while-open') continue;
        reply.closed = true;
        if (openTrigger === 'send') reply.sendClosed = true;
        if (way === 'snoozed' || way === 'frame-failed') forbidden = true;
        // The site took it (the composer is empty again), or refused it: then the words stay, and it is the same reply.
        if (way === 'send-now') ended = !refuses;
        openTrigger = undefined;
        expect(w.isOpen()).toBe(false);
        continue;
      }
      if (a.do === 'type' || a.do === 'paste') {
        begin();
        const first = !reply.wrote;
        const r = a.do === 'type' ? w.type(a.ch) : w.paste();
        reply.wrote = true;
        if (reply.closed) expect(r.held, 'a key of a reply whose card closed reaches the composer').toBe(false);
        if (r.shown) expect(r.shown.trigger).toBe('start');
        if (r.shown) {
          reply.start++;
          openTrigger = 'start';
        } else expect(r.held, 'held only to show the card').toBe(false);
        if (first && !forbidden && mode !== 'send') expect(r.shown, 'no rest: a pause as each new reply starts').toBeDefined();
      } else if (a.do === 'enter' || a.do === 'click-send') {
        const words = !!w.text().trim();
        if (words) begin();
        const r = a.do === 'enter' ? w.enter() : w.clickSend();
        if (r.shown) expect(r.shown.trigger).toBe('send');
        if (r.shown) {
          reply.send++;
          openTrigger = 'send';
        } else expect(r.held, 'held only to show the card').toBe(false);
        if (mode === 'start' || reply.sendClosed) expect(r.held, 'a send after the card at send goes through').toBe(false);
        if (words && !reply.sendTried && !forbidden && mode !== 'start') {
          expect(r.shown, 'no rest: a pause as each new reply is first sent').toBeDefined();
        }
        if (words) reply.sendTried = true;
        if (words && !r.held) ended = true;
      } else if (a.do === 'other-key') {
        expect(w.otherKey(a.key).held, 'keys that write nothing are never held').toBe(false);
      } else if (a.do === 'leave') {
        if (!w.text().trim()) ended = true;
        w.leave();
      } else if (a.do === 'switch') {
        w.switchChat();
        ended = true;
      }
      check();
    }
  } finally {
    w.stop();
  }
}
