import type { browser as Browser } from 'wxt/browser';

/**
 * The chat tab the popup is about: the active tab of the last focused normal window;
 * when the popup was opened in its own window (keyboard users, screen magnifiers),
 * any normal window's active tab.
 */
export async function currentTabId(browser: typeof Browser): Promise<number | undefined> {
  const [focused] = await browser.tabs.query({ active: true, lastFocusedWindow: true, windowType: 'normal' });
  if (focused?.id !== undefined) return focused.id;
  const [any] = await browser.tabs.query({ active: true, windowType: 'normal' });
  return any?.id;
}
