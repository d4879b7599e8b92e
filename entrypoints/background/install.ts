import type { browser as Browser } from 'wxt/browser';
import { saltItem } from '../../lib/settings';
import { allMatches } from '../../lib/sites/registry';

/** Attaches the current content script to chat tabs opened before an install or update. */
export async function attachToOpenTabs(browser: typeof Browser): Promise<void> {
  const file = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  if (!file) return;
  const tabs = await browser.tabs.query({ url: allMatches() });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [`/${file}` as '/content-scripts/messaging.js'] }).catch(() => undefined),
    ),
  );
}

/** Makes this install's salt once (kept for good). */
export async function ensureSalt(): Promise<void> {
  if (await saltItem.getValue()) return;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  await saltItem.setValue(Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''));
}
