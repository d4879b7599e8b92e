/**
 * Requests from the extension's own pages and background to one tab's content script. The content script answers
 * only senders with our id and an extension-page address; everything else is ignored.
 */

/** Requests a content script answers, by type: what comes out. */
export interface TabApi {
  /** The popup's header: the site and the open conversation (hashed), to offer "Pause in this conversation". */
  'tab.conversation': { site: string; siteName: string; conversation: string | null };
  /** Quick hide: the card in this tab disappears at once and records nothing. */
  'tab.hide': null;
}

/** A request on the wire. */
export type TabRequest = { [K in keyof TabApi]: { type: K } }[keyof TabApi];

/** The request a message is, if it is one. */
export function tabRequestType(message: unknown): keyof TabApi | undefined {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'tab.conversation' || type === 'tab.hide' ? type : undefined;
}

/** The part of tabs the asking end uses. */
export interface TabsLike {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** Asks a tab's content script; undefined when nothing there answers (not a site Unhurried runs on). */
export async function askTab<K extends keyof TabApi>(tabs: TabsLike, tabId: number, type: K): Promise<TabApi[K] | undefined> {
  try {
    return (await tabs.sendMessage(tabId, { type } satisfies TabRequest)) as TabApi[K] | undefined;
  } catch {
    return undefined;
  }
}
