import type { Settings } from '../settings-model';
import type { SiteAdapter } from '../sites/site-adapter';
import { insertText } from '../sites/insert-text';
import { hashConversation } from '../trigger/conversation';
import { isReplyStartKey, isSendKey } from '../trigger/keys';
import { cooldownKey, decidePause } from '../trigger/policy';
import type { FrameToHost, ShowRequest } from '../protocol/frame';

/** The part of the frame host the controller uses. */
export interface FrameHostLike {
  ensure(): void;
  show(req: ShowRequest): boolean;
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
  /** Whether an event came from the person (tests substitute this; synthetic events never pause). */
  isTrusted?: (e: Event) => boolean;
}

/** Where the caret was in the composer, to put it back afterwards. */
type Caret = { kind: 'range'; range: Range } | { kind: 'text'; start: number; end: number } | null;

function saveCaret(win: Window, composer: HTMLElement): Caret {
  if (composer.localName === 'textarea' || composer.localName === 'input') {
    const field = composer as HTMLTextAreaElement;
    return { kind: 'text', start: field.selectionStart ?? 0, end: field.selectionEnd ?? 0 };
  }
  const sel = win.getSelection();
  if (sel && sel.rangeCount > 0) {
    const range = sel.getRangeAt(0);
    if (composer.contains(range.startContainer)) return { kind: 'range', range: range.cloneRange() };
  }
  return null;
}

/** The text in a composer (a field's value, or an editable's text). */
function textOf(composer: HTMLElement): string {
  if (composer.localName === 'textarea' || composer.localName === 'input') return (composer as HTMLTextAreaElement).value;
  return composer.innerText.replace(/\n$/, '');
}

function restoreCaret(win: Window, composer: HTMLElement, caret: Caret) {
  composer.focus({ preventScroll: true });
  if (!caret) return;
  if (caret.kind === 'text') {
    (composer as HTMLTextAreaElement).setSelectionRange(caret.start, caret.end);
  } else if (composer.contains(caret.range.startContainer)) {
    const sel = win.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(caret.range);
  }
}

/**
 * The content script's decisions: which keystroke opens the card, and what
 * happens when it closes. Every handler fails open: when anything is unknown or
 * throws, the event goes on to the site untouched.
 */
export function createController(deps: ControllerDeps) {
  const { adapter, win, frame, state } = deps;
  const trusted = deps.isTrusted ?? ((e: Event) => e.isTrusted);
  let current: { composer: HTMLElement; caret: Caret } | undefined;
  /**
   * A message the person already decided about ("Keep as draft", or a send the site
   * refused to take from us): their next send of this same text goes straight through.
   */
  let passFor: { composer: HTMLElement; text: string } | undefined;

  function conversationHash(composer: HTMLElement): string | null {
    const key = adapter.conversationKey(win.document, new URL(win.location.href), composer);
    return key ? hashConversation(adapter.id, key, state.salt) : null;
  }

  /** Holds the event back and opens the card, when the policy says so. */
  function maybePause(e: Event, composer: HTMLElement, trigger: 'start' | 'send' = 'start'): void {
    if (!state.ready || frame.isOpen() || !frame.isUsable() || deps.isAlive?.() === false) return;
    const conversation = conversationHash(composer);
    const now = deps.now();
    const decision = decidePause({
      now,
      siteId: adapter.id,
      conversation,
      settings: state.settings,
      snoozes: state.snoozes,
      recent: state.recent,
      marks: state.marks,
    });
    if (!decision.pause) return;
    const caret = saveCaret(win, composer);
    const shown = frame.show({
      type: 'show',
      site: adapter.id,
      siteName: adapter.name,
      conversation,
      url: win.location.href,
      trigger,
    });
    if (!shown) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    current = { composer, caret };
    const key = cooldownKey(adapter.id, conversation);
    state.recent.set(key, now);
    deps.reportShown(key);
  }

  function composerOf(e: Event): HTMLElement | null {
    return adapter.composerFromPath(e.composedPath());
  }

  /** A send the person is making now: pause, unless this very message was already decided. */
  function onSendAttempt(e: Event, composer: HTMLElement): void {
    const text = textOf(composer);
    if (!text.trim()) return; // Nothing to send (likes and voice notes are not messages we pause).
    if (passFor && passFor.composer === composer && passFor.text === text) {
      passFor = undefined;
      return;
    }
    maybePause(e, composer, 'send');
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
            e.preventDefault();
            e.stopImmediatePropagation();
            frame.dismiss();
            giveBack();
          } else if (isReplyStartKey(e) && composerOf(e)) {
            e.preventDefault();
            e.stopImmediatePropagation();
            frame.focus();
          }
          return;
        }
        if (!trusted(e) || e.defaultPrevented) return;
        const mode = state.settings.mode;
        if (mode !== 'start' && e.key === 'Enter') {
          const composer = composerOf(e);
          if (composer && isSendKey(e, sendKeyOf(composer))) {
            onSendAttempt(e, composer);
            return;
          }
        }
        if (mode === 'send' || !isReplyStartKey(e)) return;
        const composer = composerOf(e);
        if (composer) maybePause(e, composer);
      } catch {
        // Fail open: the keystroke goes to the site.
      }
    },
    /** Window capture-phase click: a click on the site's send control, in "when I press send" mode. */
    onClick(e: MouseEvent): void {
      try {
        if (!trusted(e) || e.defaultPrevented || state.settings.mode === 'start' || frame.isOpen()) return;
        const send = adapter.sendFromPath(e.composedPath());
        if (!send) return;
        const composer = composerNear(send);
        if (composer) onSendAttempt(e, composer);
      } catch {
        // Fail open: the click goes to the site.
      }
    },
    /** Window capture-phase paste: pasting starts a reply too. */
    onPaste(e: ClipboardEvent): void {
      try {
        if (!trusted(e) || e.defaultPrevented || state.settings.mode === 'send') return;
        const composer = composerOf(e);
        if (composer) maybePause(e, composer);
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
    /** Quick hide (the keyboard shortcut): the card disappears at once; focus goes back to the chat. */
    quickHide(): void {
      if (!frame.isOpen()) return;
      frame.hideNow();
      giveBack();
    },
    /** A message from the pause frame. */
    onFrameMessage(msg: FrameToHost): void {
      if (msg.type !== 'close') return;
      frame.hide();
      const composer = giveBack(msg.insertText);
      if (!composer) return;
      if (msg.choice === 'draft-kept') passFor = { composer, text: textOf(composer) };
      if (msg.choice === 'send-now') sendNow(composer);
    },
    /** The frame could not be used: give the composer back. */
    onFrameFailure(): void {
      giveBack();
    },
  };

  /** Returns focus (and the caret) to the composer; inserts a moved draft. */
  function giveBack(text?: string): HTMLElement | null {
    const target = current;
    current = undefined;
    if (!target) return null;
    const composer = target.composer.isConnected ? target.composer : adapter.findComposer(win.document);
    if (!composer) return null;
    restoreCaret(win, composer, composer === target.composer ? target.caret : null);
    // "Move to chat": the draft written in the private frame goes in through the editor's own input path.
    if (text) insertText(composer, text);
    return composer;
  }

  /** The key that sends here: the person's choice for this site, else what the site does. */
  function sendKeyOf(composer: HTMLElement): 'enter' | 'mod-enter' {
    return state.settings.sendKeys[adapter.id] ?? adapter.sendKeyFor?.(composer) ?? adapter.sendKey;
  }

  /** The composer a send control belongs to: the nearest one around it. */
  function composerNear(send: HTMLElement): HTMLElement | null {
    for (let el: HTMLElement | null = send.parentElement, i = 0; el && i < 8; el = el.parentElement, i++) {
      const found = adapter.findComposer(el);
      if (found) return found;
    }
    return null;
  }

  /**
   * "Send now": the message goes exactly once, as written, through the site's own
   * path — its send button when it shows one, else its send key. If the site
   * refuses synthetic events, the text simply stays, and the person's next send
   * goes through untouched (the card said so).
   */
  function sendNow(composer: HTMLElement): void {
    passFor = { composer, text: textOf(composer) };
    const button = adapter.sendFor(composer);
    if (button && button.getAttribute('aria-disabled') !== 'true' && !(button as HTMLButtonElement).disabled) {
      button.click();
      return;
    }
    const mod = sendKeyOf(composer) === 'mod-enter';
    const init: KeyboardEventInit = {
      key: 'Enter',
      code: 'Enter',
      keyCode: 13,
      which: 13,
      bubbles: true,
      cancelable: true,
      composed: true,
      ctrlKey: mod,
    };
    composer.dispatchEvent(new KeyboardEvent('keydown', init));
    composer.dispatchEvent(new KeyboardEvent('keypress', init));
    composer.dispatchEvent(new KeyboardEvent('keyup', init));
  }
}
