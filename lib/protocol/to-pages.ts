/**
 * What the background tells open extension pages (popup, options, practice, pause frames): a broadcast with no
 * answer. Runtime messages never reach content scripts, and every page matches these with the guard below, so a
 * page's own requests to the background (which all extension pages also see) are never taken for one.
 */

/** The broadcasts, by name. */
export interface PageBroadcasts {
  /** The journal changed (a check-in saved, an item edited, an import, an erase): lists refresh. */
  'journal.changed': null;
  /** The person's nudges changed: pause frames and the options page read them again. */
  'nudges.changed': null;
  /** Quick hide: every open page of Unhurried disappears at once. */
  'pages.hide': null;
}

/** One broadcast on the wire. */
export type PageBroadcast = { [K in keyof PageBroadcasts]: { type: K } }[keyof PageBroadcasts];

const names: ReadonlySet<string> = new Set<keyof PageBroadcasts>(['journal.changed', 'nudges.changed', 'pages.hide']);

/** Whether a runtime message is one of the background's broadcasts to pages. */
export function isPageBroadcast(message: unknown): message is PageBroadcast {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && names.has(type);
}

/** The part of runtime the two ends use (so tests can pass a fake). */
export interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(cb: (message: unknown) => void): void;
    removeListener(cb: (message: unknown) => void): void;
  };
}

/** Background: tells every open page (nobody listening is fine). */
export function broadcastToPages(runtime: RuntimeLike, type: keyof PageBroadcasts): void {
  runtime.sendMessage({ type } satisfies PageBroadcast).catch(() => undefined);
}

/** Pages: calls `on` for each broadcast of the given names; returns the way to stop listening. */
export function onPageBroadcast(runtime: RuntimeLike, types: ReadonlyArray<keyof PageBroadcasts>, on: (type: keyof PageBroadcasts) => void): () => void {
  const listener = (message: unknown) => {
    if (isPageBroadcast(message) && types.includes(message.type)) on(message.type);
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
