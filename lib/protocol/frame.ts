/**
 * Messages between the content script and the pause frame, over a private
 * MessagePort. The port is handed over once, with a secret the frame checks
 * against the one its tab's content script registered with the background, so
 * the website cannot open a channel of its own to the frame.
 */

/** The tag on the one postMessage that hands the port over. */
export const CONNECT = 'unhurried:connect';

/** The one window message that hands the port over (the secret is absent only between our own extension pages). */
export interface ConnectOffer {
  kind: typeof CONNECT;
  token?: string;
}

/** The offer a window message carries, if it is one; anything a website posts is just data until this says so. */
export function readConnectOffer(data: unknown): ConnectOffer | null {
  if (typeof data !== 'object' || data === null || (data as { kind?: unknown }).kind !== CONNECT) return null;
  const token = (data as { token?: unknown }).token;
  return typeof token === 'string' ? { kind: CONNECT, token } : { kind: CONNECT };
}

/** What the card is shown for. No message text is ever part of it. */
export interface ShowRequest {
  type: 'show';
  site: string;
  siteName: string;
  /** Hashed conversation, when known. */
  conversation: string | null;
  /** The conversation's address, for reply-later. */
  url: string;
  trigger: 'start' | 'send';
  /** Only from the options preview and the practice page: show this nudge. */
  nudgeId?: string;
  /** "Move to chat" could not be confirmed in the composer: the card opens again on the draft, and says so. */
  draftBack?: true;
}

/** Content script → frame. */
/**
 * dismiss: the page closed the card (counts as "Not now"); hide: quick hide (leaves no trace); draft-taken: the
 * moved draft is confirmed in the composer, so the card may forget it (until then it keeps it).
 */
export type HostToFrame = ShowRequest | { type: 'dismiss' } | { type: 'hide' } | { type: 'draft-taken' };

/** What the person chose, as the content script needs it. */
export type CloseChoice = 'ready' | 'not-now' | 'later' | 'check-in' | 'snoozed' | 'send-now' | 'draft-kept' | 'hidden';

/**
 * Frame → content script. title: the frame's name for screen readers, in the person's language, sent at start and
 * whenever the language changes (the content script has no words of its own).
 */
export type FrameToHost =
  | { type: 'ready' }
  | { type: 'title'; title: string }
  | { type: 'shown' }
  | { type: 'close'; choice: CloseChoice; insertText?: string };

