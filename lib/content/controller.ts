import type { Settings } from '../settings-model';
import type { SiteAdapter } from '../sites/site-adapter';
import { hashConversation } from '../trigger/conversation';
import { isReplyStartKey, isSendKey } from '../trigger/keys';
import { cooldownKey, decidePause } from '../trigger/policy';
import { IDLE, stepReply, type ReplyAsk, type ReplyEvent, type ReplyMoment } from '../trigger/reply';
import { moveDraft } from './draft-move';
import { composerAround, restoreCaret, saveCaret, sendThroughSite, textOf, type Caret } from './composer';
import type { CloseChoice, FrameToHost, HostToFrame, ShowRequest } from '../protocol/frame';

/** The part of the frame host the controller uses. */
export interface FrameHostLike {
  ensure(): void;
  show(req: ShowRequest): boolean;
  /** A message to the open or hidden card. */
  tell?(msg: HostToFrame): void;
  hide(): void;
  dismiss(): void;
  /** Quick hide: the card goes at once and records nothing. */
  hideNow(): void;
  focus(): void;
  isOpen(): boolean;
  isUsable(): boolean;
}

/** Live state the controller reads at each keystroke (kept fresh by the content script). */
export interface ControllerState {
  ready: boolean;
  settings: Settings;
  snoozes: Record<string, number | 'never'>;
  salt: string;
  recent: Map<string, number>;
  marks: Set<string>;
}

/** Everything the controller needs; passed in so it can be tested with happy-dom. */
export interface ControllerDeps {
  adapter: SiteAdapter;
  win: Window;
  frame: FrameHostLike;
  state: ControllerState;
  now: () => number;
  /** Tells the background a pause was shown (for cooldowns across tabs). */
  reportShown: (key: string) => void;
  /** Loads the pause frame ahead of need, in idle time. */
  preload: () => void;
  /** False once the extension was reloaded or updated: this old script then stays out of the way. */
  isAlive?: () => boolean;
  /** "Move to chat": puts the draft into this tab's focused composer from the page's own world (the background). */
  insert?: (text: string) => Promise<boolean>;
  /** Whether an event came from the person (tests substitute this; synthetic events never pause). */
  isTrusted?: (e: Event) => boolean;
}

/** The reply under way, as the controller keeps it: one at a time, in the composer typed in last. */
interface Reply {
  composer: HTMLElement;
  /** The address it is written at: another address is another conversation, so another reply. */
  href: string;
  moment: ReplyMoment;
  /** Where its keys are seen at window level (the composer, or a shadow host around it). */
  target?: EventTarget | null;
  /** What was sent last: still in the composer at the next key means the send did not take. */
  sentText?: string;
  /** Settings, snoozes and marks at the last look (by identity: the content script replaces them when they change). */
  seen?: unknown[];
}

/**
 * The content script's decisions: which keystroke opens the card, and what
 * happens when it closes. Every handler fails open: when anything is unknown or
 * throws, the event goes on to the site untouched.
 */
export function createController(deps: ControllerDeps) {
  const { adapter, win, frame, state } = deps;
  const trusted = deps.isTrusted ?? ((e: Event) => e.isTrusted);
  let current: { reply: Reply; caret: Caret; req: ShowRequest } | undefined;
  /** The reply under way: once it is decided, its keys return at the top of the keydown handler. */
  let reply: Reply | undefined;

  /** Hashed at a decision (once per reply at most), never per key. */
  function conversationHash(composer: HTMLElement): string | null {
    const key = adapter.conversationKey(win.document, new URL(win.location.href), composer);
    return key ? hashConversation(adapter.id, key, state.salt) : null;
  }

  /** Moves a reply on; returns which card may be shown now. */
  function move(r: Reply, ...e: ReplyEvent): ReplyAsk {
    const [moment, ask] = stepReply(r.moment, state.settings.mode, ...e);
    r.moment = moment;
    return ask;
  }

  /** True when nothing a decision reads has changed since the reply was last looked at. */
  function fresh(r: Reply): boolean {
    const seen = r.seen;
    return !!seen && seen[0] === state.settings && seen[1] === state.snoozes && seen[2] === state.marks;
  }

  /** The reply in this composer, brought up to date: another composer or address is another reply. */
  function replyAt(e: Event, composer: HTMLElement): Reply {
    const href = win.document.URL;
    const r = (reply ??= { composer, href, moment: IDLE });
    if (r.composer !== composer || r.href !== href) {
      r.composer = composer;
      r.href = href;
      move(r, 'navigated');
    } else if (!fresh(r)) move(r, 'changed');
    r.seen = [state.settings, state.snoozes, state.marks];
    r.target = e.target;
    return r;
  }

  /** Holds the event back and opens the card, when the policy says so. */
  function pause(e: Event, r: Reply, trigger: 'start' | 'send'): void {
    const conversation = conversationHash(r.composer);
    const now = deps.now();
    const sameReply = trigger === 'send' && r.moment.startCard;
    if (!decidePause({ ...state, now, siteId: adapter.id, conversation, sameReply }).pause) return;
    const caret = saveCaret(win, r.composer);
    const req: ShowRequest = { type: 'show', site: adapter.id, siteName: adapter.name, conversation, url: win.location.href, trigger };
    if (!frame.show(req)) return;
    hold(e);
    move(r, 'shown', trigger);
    current = { reply: r, caret, req };
    const key = cooldownKey(adapter.id, conversation);
    state.recent.set(key, now);
    deps.reportShown(key);
  }

  function hold(e: Event): void {
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  function composerOf(e: Event): HTMLElement | null {
    return adapter.composerFromPath(e.composedPath());
  }

  /** Whether anything may be decided now (settings loaded, the frame usable and closed, this script still current). */
  function live(e: Event): boolean {
    return trusted(e) && !e.defaultPrevented && state.ready && !frame.isOpen() && frame.isUsable() && deps.isAlive?.() !== false;
  }

  /** A key that writes, or a paste: the start of a reply may pause. */
  function onWrite(e: Event): void {
    const composer = composerOf(e);
    if (!composer) return;
    const r = replyAt(e, composer);
    const ask = move(r, 'key', r.moment.phase === 'sent' && textOf(composer) === r.sentText);
    if (ask) pause(e, r, ask);
  }

  /** A send the person is making now: the reply's one card at send, if it may have one. */
  function onSendAttempt(e: Event, composer: HTMLElement): void {
    const text = textOf(composer);
    if (!text.trim()) return; // Nothing to send (likes and voice notes are not messages we pause).
    const r = replyAt(e, composer);
    const ask = move(r, 'send', text === r.sentText);
    r.sentText = text;
    if (ask) pause(e, r, ask);
  }

  return {
    preload: deps.preload,
    /** The site and the hashed conversation of the composer in use (or any), for the popup. */
    current(): { site: string; siteName: string; conversation: string | null } {
      const active = win.document.activeElement;
      const composer = (active ? adapter.composerFromPath([active]) : null) ?? adapter.findComposer(win.document);
      return { site: adapter.id, siteName: adapter.name, conversation: composer ? conversationHash(composer) : null };
    },
    /** Window capture-phase keydown. */
    onKeydown(e: KeyboardEvent): void {
      try {
        if (frame.isOpen() && current) {
          // The card is open but focus has not reached it yet (fast typing, a busy machine).
          if (!trusted(e)) return;
          if (e.key === 'Escape') {
            hold(e);
            frame.dismiss();
            giveBack('not-now');
          } else if (isReplyStartKey(e) && composerOf(e)) {
            hold(e);
            frame.focus();
          }
          return;
        }
        // The reply under way is decided and this key cannot change that: no adapter, no DOM, no hash. (The address is
        // read as document.URL: the same string, at less than half the cost of location.href in a content script.)
        const r = reply;
        if (r && r.moment.phase === 'writing' && e.target === r.target && e.key !== 'Enter' && fresh(r) && r.href === win.document.URL) return;
        if (!live(e)) return;
        if (e.key === 'Enter') {
          const composer = composerOf(e);
          if (composer && isSendKey(e, sendKeyOf(composer))) onSendAttempt(e, composer);
        } else if (isReplyStartKey(e)) {
          onWrite(e);
        }
      } catch {
        // Fail open: the keystroke goes to the site.
      }
    },
    /** Window capture-phase click: a click on the site's send control ends the reply (and may pause, "when I press send"). */
    onClick(e: MouseEvent): void {
      try {
        if (!live(e)) return;
        const send = adapter.sendFromPath(e.composedPath());
        const composer = send && composerAround(adapter, send);
        if (composer) onSendAttempt(e, composer);
      } catch {
        // Fail open: the click goes to the site.
      }
    },
    /** Window capture-phase paste: pasting starts a reply too. */
    onPaste(e: ClipboardEvent): void {
      try {
        if (live(e)) onWrite(e);
      } catch {
        // Fail open.
      }
    },
    /** Window capture-phase focusin: a composer got focus, so preload the frame in idle time. */
    onFocusIn(e: FocusEvent): void {
      try {
        if (composerOf(e)) deps.preload();
      } catch {
        // Fail open.
      }
    },
    /** Window capture-phase focusout: a composer left empty ends its reply. */
    onFocusOut(e: FocusEvent): void {
      try {
        if (frame.isOpen()) return; // Focus went into the card.
        const r = reply;
        if (r && composerOf(e) === r.composer) move(r, 'left', !textOf(r.composer).trim());
      } catch {
        // Fail open.
      }
    },
    /** Quick hide (the keyboard shortcut): the card disappears at once; focus goes back to the chat. */
    quickHide(): void {
      if (!frame.isOpen()) return;
      frame.hideNow();
      giveBack('hidden');
    },
    /** A message from the pause frame. */
    onFrameMessage(msg: FrameToHost): void {
      if (msg.type !== 'close') return;
      frame.hide();
      const was = current;
      const composer = giveBack(msg.choice);
      if (was && msg.insertText) void moveToChat(was, msg.insertText);
      else if (was && composer && msg.choice === 'send-now') sendNow(was.reply, composer);
    },
    /** The frame could not be used: give the composer back. */
    onFrameFailure(): void {
      giveBack();
    },
  };

  /** Closes the reply's card; returns focus (and the caret) to the composer. */
  function giveBack(choice?: CloseChoice): HTMLElement | null {
    const target = current;
    current = undefined;
    if (!target) return null;
    const r = target.reply;
    move(r, 'closed', choice);
    const composer = r.composer.isConnected ? r.composer : adapter.findComposer(win.document);
    if (!composer) return null;
    const same = composer === r.composer;
    // The site rebuilt its composer meanwhile: the reply (and its card) goes with the new one.
    r.composer = composer;
    restoreCaret(win, composer, same ? target.caret : null);
    return composer;
  }

  /** "Move to chat": seen in the composer, the card may forget the draft; if not, the card opens on it again. */
  async function moveToChat(was: NonNullable<typeof current>, text: string): Promise<void> {
    const r = was.reply;
    const composer = () => (r.composer.isConnected ? r.composer : adapter.findComposer(win.document));
    if (await moveDraft(win, composer, text, deps.insert)) frame.tell?.({ type: 'draft-taken' });
    else if (!frame.isOpen() && frame.show({ ...was.req, draftBack: true })) current = was;
  }

  /** The key that sends here: the person's choice for this site, else what the site does. */
  function sendKeyOf(composer: HTMLElement): 'enter' | 'mod-enter' {
    return state.settings.sendKeys[adapter.id] ?? adapter.sendKeyFor?.(composer) ?? adapter.sendKey;
  }

  /**
   * "Send now": the message goes exactly once, as written, through the site's own path. If the site refuses
   * synthetic events, the text simply stays, and the person's next send goes through untouched (the card said so:
   * this reply had its card).
   */
  function sendNow(r: Reply, composer: HTMLElement): void {
    r.sentText = textOf(composer);
    sendThroughSite(composer, adapter.sendFor(composer), sendKeyOf(composer) === 'mod-enter');
  }
}
