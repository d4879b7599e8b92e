import type { BrowserContext, Page, Worker } from 'playwright-core';

/** A running Chromium with the extension loaded. */
export interface Harness {
  /** Console errors and warnings, page errors and worker starts seen so far (the last 50). */
  troubles: string[];
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  serviceWorker(): Promise<Worker>;
  /** Opens a site's replica (or a named variant: `<name>@es` in Spanish, an alias of ./variants.ts) at the site's real address. */
  openSite(siteId: string, opts?: { query?: string; fixture?: string }): Promise<Page>;
  /** Opens a page at a site's real address, each request to that origin answered by `serve` (null: refused). */
  openPage(url: string, serve: (url: URL) => { body: Buffer; contentType: string } | null): Promise<Page>;
  openPopup(): Promise<Page>;
  /**
   * Opens the popup in its own small window, so the chat tab stays the active tab
   * of the normal window (as when the toolbar button is clicked).
   */
  openPopupWindow(): Promise<Page>;
  /** Reloads the extension, as an update does (chrome://extensions' reload). */
  reloadExtension(): Promise<void>;
  /** Stops the extension's service worker, as Chrome does when it is idle. */
  stopServiceWorker(): Promise<void>;
  /** Evaluates in the service worker (waking it if needed). */
  inWorker<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Forgets recent pauses (cooldowns), so a fresh page pauses again. */
  resetCooldowns(): Promise<void>;
  /**
   * Chooses where a pause is welcome the way a person does: on the welcome page (the one that opened by itself on
   * install, else it opens it), ticking exactly these sites and pressing start. The page closes after.
   */
  chooseSites(ids: readonly string[] | 'all'): Promise<void>;
  /** The welcome page that opened by itself on install, if it is still open. */
  welcomePage(): Page | undefined;
  extensionPage(path: string): Promise<Page>;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}
