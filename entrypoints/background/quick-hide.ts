import type { browser as Browser } from 'wxt/browser';
import { broadcastToPages } from '../../lib/protocol/to-pages';
import { askTab } from '../../lib/protocol/to-tab';
import { currentTabId } from '../../lib/current-tab';

/** Quick hide: the card in the active tab and every open page of Unhurried disappear at once. */
export async function quickHide(browser: typeof Browser): Promise<void> {
  const tabId = await currentTabId(browser);
  if (tabId !== undefined) await askTab(browser.tabs, tabId, 'tab.hide');
  broadcastToPages(browser.runtime, 'pages.hide');
}
