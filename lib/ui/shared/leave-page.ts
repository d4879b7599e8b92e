import type { browser as Browser } from 'wxt/browser';
import { visibleName } from '../../discreet';

/** How a page opened in a tab can leave (passed in, so it can be tested). */
export interface PageExit {
  doc: Document;
  /** Closes the tab this page is in (rejects when it cannot). */
  closeTab: () => Promise<void>;
  /** window.close(): may be refused for a tab the page did not open. */
  closeWindow: () => void;
  /** Puts an empty page in this one's place. */
  blank: () => void;
}

/**
 * Quick hide for a page of Unhurried in a tab (settings, practice, welcome). In this very frame the page is gone
 * from sight (nothing painted, a neutral title for the tab strip and the history); then its tab closes. Closing is
 * the safest way out: nothing is left on screen to glance at or to go Back to, and the browser shows the tab beside
 * it, as when any tab is closed. Only if the browser will not close it does the page give way to an empty one.
 */
export async function leavePage(exit: PageExit): Promise<void> {
  vanish(exit.doc);
  try {
    await exit.closeTab();
    return;
  } catch {
    // Not closed that way: the next way.
  }
  exit.closeWindow();
  exit.blank();
}

/** Nothing of the page painted any more, and a neutral title (the tab strip, "recently closed", the history). */
export function vanish(doc: Document): void {
  doc.documentElement.style.visibility = 'hidden';
  doc.title = visibleName(true);
}

/** The ways out for a page in a browser tab. */
export function tabExit(browser: typeof Browser, win: Window = window): PageExit {
  return {
    doc: win.document,
    closeTab: async () => {
      const tab = await browser.tabs.getCurrent();
      if (tab?.id === undefined) throw new Error('not in a tab');
      await browser.tabs.remove(tab.id);
    },
    closeWindow: () => win.close(),
    blank: () => win.location.replace('about:blank'),
  };
}

/**
 * A page's own Hide button: the page vanishes at once, asks the background for quick hide (the card in the active
 * tab and every open page of Unhurried disappear), and leaves without waiting long for the answer (at most `waitMs`,
 * so the request is on its way before the tab closes).
 */
export async function hideEverything(exit: PageExit, ask: () => Promise<unknown>, waitMs = 150): Promise<void> {
  vanish(exit.doc);
  await Promise.race([ask().catch(() => undefined), new Promise((r) => setTimeout(r, waitMs))]);
  await leavePage(exit);
}
