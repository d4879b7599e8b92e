import { browser } from 'wxt/browser';
import type { CustomNudge, EventKind, LaterItem, NudgeWords, Reflection, ReflectionInput } from '../model';
import type { SettingsInFile } from '../journal/validate';
import type { InsightsData } from '../journal/insights';
import type { PageCursor, ReflectionQuery } from '../journal/search';

/**
 * Requests to the background, from the extension's pages and content scripts: the background is the only
 * receiver, each request names what it does, and every answer is `{ ok, value } | { ok: false, error, code }`.
 * Who may send what is enforced by the background's router (content scripts may only register the pause frame,
 * report or read pauses, and ask for a moved draft to be put in their own tab's composer). The other channels have
 * their own modules beside this one: to-pages (the background's broadcasts), to-tab (extension pages to a tab's
 * content script), frame (content script ↔ card).
 */

/**
 * What the pause frame keeps between openings. It goes through the background because Firefox gives an
 * extension page framed inside a website no storage.session of its own.
 */
export type FrameStateKey = 'pauseDrafts' | 'nudgeHistory';

/** Requests the background answers, by type: what goes in and what comes out. */
export interface BackgroundApi {
  /** Content script: the secret the pause frame uses to accept this tab's channel. */
  'frame.register': { in: { token: string }; out: null };
  /** Pause frame: its unsaved words and recent nudges, kept by the background in storage.session (memory only). */
  'frame.state.get': { in: { key: FrameStateKey }; out: { value: unknown } };
  'frame.state.set': { in: { key: FrameStateKey; value: unknown }; out: null };
  /** Pause frame: the secret registered by its own tab's content script. */
  'frame.token': { in: null; out: { token: string | null } };
  /** Content script: a pause was shown in this conversation (hashed), for the cooldown. */
  'pause.shown': { in: { key: string }; out: null };
  /** Content script: recent pauses (hashed key → time), for the cooldown. */
  'pause.recent': { in: null; out: { recent: Array<[string, number]> } };
  /** Content script: "Move to chat": put the draft into its own tab's focused composer, from the page's world. */
  'draft.insert': { in: { text: string }; out: { done: boolean } };
  /** Pause frame: what the person chose (no text). */
  'event.add': { in: { site: string; kind: EventKind; nudgeId?: string; durationMs?: number }; out: null };
  /** Pause frame: save a check-in. */
  'reflection.add': { in: ReflectionInput; out: { id: string } };
  /** Popup: matching reflections newest first, a page at a time after `after`, and how many match in all. */
  'reflections.query': {
    in: { query: ReflectionQuery; limit: number; after?: PageCursor };
    out: { items: Reflection[]; total: number; unreadable: number };
  };
  /** Popup: the sites that have reflections (for the site filter). */
  'reflections.sites': { in: null; out: { sites: string[] } };
  /** Popup: what the insights are made of since a time (no words the person wrote). */
  'insights.data': { in: { from: number }; out: InsightsData };
  /** Popup: move a Later item's reminder (null: no reminder). */
  'later.reschedule': { in: { id: string; dueAt: number | null }; out: { item: LaterItem } };
  /** Options: check an export file (commit false: only count what it would add) or import it, all or nothing. */
  'journal.import': {
    in: { text: string; commit: boolean; passphrase?: string };
    out: {
      reflections: { add: number; already: number };
      later: { add: number; already: number };
      nudges: { add: number; already: number };
      settings: boolean;
    };
  };
  /** Options: erase everything (the confirmation word is checked here too). */
  'journal.erase': { in: { confirm: 'erase' }; out: null };
  /** Popup and options: whether the passphrase lock is on, and whether the journal is locked now. */
  'lock.status': { in: null; out: { enabled: boolean; locked: boolean } };
  /** Options: turn the lock on (everything private is encrypted at once). */
  'lock.enable': { in: { passphrase: string }; out: null };
  /** Popup and options: unlock with the passphrase. */
  'lock.unlock': { in: { passphrase: string }; out: null };
  /** Popup ("Lock now") and options. */
  'lock.lock': { in: null; out: null };
  /** Options: a new passphrase (the keys are re-wrapped in one write). */
  'lock.change': { in: { passphrase: string; next: string }; out: null };
  /** Options: turn the lock off (needs the passphrase). */
  'lock.disable': { in: { passphrase: string }; out: null };
  /** Options: everything as one file, encrypted with a passphrase (the lock's, when it is on). */
  'journal.export.encrypted': { in: { passphrase: string; settings?: SettingsInFile }; out: { text: string } };
  /** A page's Hide button: hide the card in the active tab and every open page too (as the keyboard shortcut does). */
  'quick.hide': { in: null; out: null };
  /** Options and pause frames: the person's words for nudges (edits of built-in ones, and their own). */
  'nudges.list': { in: null; out: { nudges: NudgeWords[] } };
  /** Options: save an edit of a built-in nudge (builtIn, its id) or an own nudge (new, or its id). */
  'nudges.save': { in: { id?: string; builtIn: boolean; text: string }; out: { nudge: NudgeWords } };
  /** Options: delete an own nudge, or an edit ("Restore" the built-in words). */
  'nudges.delete': { in: { id: string }; out: null };
  /** Options page, after the browser granted the host: pause on a site the person added. */
  'sites.custom.add': { in: { origin: string }; out: { origin: string } };
  /** Options page: stop pausing on a site the person added, and give its permission back. */
  'sites.custom.remove': { in: { origin: string }; out: null };
  /** Popup: change a reflection's note and feelings. */
  'reflection.update': { in: { id: string; note: string; feelings: string[] }; out: { reflection: Reflection } };
  /** Popup: delete a reflection; the deleted one comes back so "Undo" can restore it. */
  'reflection.delete': { in: { id: string }; out: { reflection: Reflection } };
  /** Popup: put back a reflection that was just deleted ("Undo"). */
  'reflection.restore': { in: { reflection: Reflection }; out: null };
  /** Popup and options: everything, for export (extension pages only). */
  'journal.export': { in: null; out: { reflections: Reflection[]; later: LaterItem[]; nudges: CustomNudge[] } };
  /** Popup: the pending Later items, soonest first. */
  'later.list': { in: null; out: { items: LaterItem[] } };
  /** Popup: a Later item is done (its reminder, if any, is cancelled). */
  'later.done': { in: { id: string }; out: null };
  /** Popup: give a Later item a private label ('' removes it); sealed like a note when the lock is on. */
  'later.label': { in: { id: string; label: string }; out: { item: LaterItem } };
  /** Pause frame: remember a conversation for later, with an optional reminder. */
  'later.add': { in: { site: string; url: string; dueAt: number | null }; out: { id: string } };
}

/** A request's type name. */
export type RequestType = keyof BackgroundApi;
/** A request on the wire. */
export type Request<K extends RequestType = RequestType> = { type: K; payload: BackgroundApi[K]['in'] };
/**
 * Why a request was refused, for code that acts on it; the words (error) are already in the person's language,
 * so nothing may match on them.
 */
export type ErrorCode = 'locked' | 'wrong-passphrase' | 'needs-passphrase' | 'storage' | 'no-answer';
/** A response on the wire: never a thrown error across contexts. */
export type Response<T = unknown> = { ok: true; value: T } | { ok: false; error: string; code?: ErrorCode };

/** An error with kind words for the person and a code for the code. */
export class CodedError extends Error {
  constructor(
    message: string,
    readonly code?: ErrorCode,
  ) {
    super(message);
    this.name = 'CodedError';
  }
}

/**
 * What a page may show for a failed request: the background's own words (already kind, and in the person's
 * language), or the page's fallback for anything else (no answer, a fault inside the page).
 */
export function errorWords(err: unknown, fallback: string): string {
  return err instanceof CodedError && err.code !== 'no-answer' ? err.message : fallback;
}

/** The code of an error from the background, if it has one. */
export function errorCode(err: unknown): ErrorCode | undefined {
  return err instanceof CodedError ? err.code : undefined;
}

/** A typed caller of the background, as pages receive it (so tests and the practice page can stand in for it). */
export type BackgroundCaller = <K extends RequestType>(type: K, payload: BackgroundApi[K]['in']) => Promise<BackgroundApi[K]['out']>;

/** Sends a request to the background and returns its value; throws with the background's reason. */
export async function sendToBackground<K extends RequestType>(
  type: K,
  payload: BackgroundApi[K]['in'],
): Promise<BackgroundApi[K]['out']> {
  const res = (await browser.runtime.sendMessage({ type, payload } satisfies Request<K>)) as
    | Response<BackgroundApi[K]['out']>
    | undefined;
  if (!res) throw new CodedError('No answer from the background', 'no-answer');
  if (!res.ok) throw new CodedError(res.error, res.code);
  return res.value;
}

/** Who sent a message, as far as the background trusts it. */
export type SenderKind = 'extension-page' | 'content-script' | 'unknown';

/** The fields of runtime.MessageSender the classification reads. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Classifies a sender. An extension page has our id and an extension-scheme URL
 * (the pause frame's may carry Chrome's per-session dynamic id instead of ours);
 * a content script has our id and a web URL in a tab. Anything else is unknown.
 */
export function classifySender(sender: SenderLike, ownId: string, ownBaseUrl: string): SenderKind {
  if (sender.id !== ownId || !sender.url) return 'unknown';
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return 'unknown';
  }
  const base = new URL(ownBaseUrl);
  if (url.protocol === base.protocol) return 'extension-page';
  if ((url.protocol === 'https:' || url.protocol === 'http:') && sender.tab?.id !== undefined) {
    return 'content-script';
  }
  return 'unknown';
}
