import type { browser as Browser } from 'wxt/browser';
import { QUICK_HIDE } from '../../lib/messaging';
import { currentTabId } from '../../lib/ui/popup/current-tab';

/** Quick hide: the card in the active tab and any open popup disappear at once. */
export async function quickHide(browser: typeof Browser): Promise<void> {
  const tabId = await currentTabId(browser);
  if (tabId !== undefined) await browser.tabs.sendMessage(tabId, { type: QUICK_HIDE }).catch(() => undefined);
  await browser.runtime.sendMessage({ type: QUICK_HIDE }).catch(() => undefined);
}
