import type { browser as Browser } from 'wxt/browser';
import { defaultSettings, getSettings, saltItem, SETTINGS_KEY, SETTINGS_VERSION, settingsItem, snoozesItem, withSite } from '../../lib/settings';
import { builtInSiteIds } from '../../lib/sites/groups';
import { allMatches } from '../../lib/sites/registry';

/** Where WXT's storage keeps the settings' version marker. */
const SETTINGS_META_KEY = `${SETTINGS_KEY}$`;

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

/** The welcome page, where a new person chooses the sites a pause is welcome on. */
export const WELCOME_PAGE = '/welcome.html';

/**
 * First contact. On install: the person's choice is stored as it stands (no site yet, so nothing pauses), and the
 * welcome page opens for them to choose. On update: someone from before sites were chosen (settings version 3 or
 * earlier) who never saved a setting has nothing stored; they keep what they had, every built-in site.
 */
export async function firstContact(browser: typeof Browser, reason: string): Promise<void> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, SETTINGS_META_KEY]);
  const hasSettings = stored[SETTINGS_KEY] != null;
  if (reason === 'install') {
    if (!hasSettings) await browser.storage.local.set({ [SETTINGS_KEY]: defaultSettings, [SETTINGS_META_KEY]: { v: SETTINGS_VERSION } });
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
    return;
  }
  if (reason !== 'update') return;
  const version = (stored[SETTINGS_META_KEY] as { v?: unknown } | undefined)?.v;
  // No settings since version 4 means they were erased on purpose ("Erase everything"): nothing was chosen since.
  if (!hasSettings && !(typeof version === 'number' && version >= 4)) {
    await browser.storage.local.set({
      [SETTINGS_KEY]: { ...defaultSettings, enabledSites: [...builtInSiteIds] },
      [SETTINGS_META_KEY]: { v: SETTINGS_VERSION },
    });
  }
  await foldNeverSnoozes();
}

/**
 * Before version 4, "Not on this site" rested a site for good in the snoozes while the settings still showed it on.
 * Now it turns the site off in the settings, the one place that says where Unhurried pauses: earlier rests move there.
 */
export async function foldNeverSnoozes(): Promise<void> {
  const snoozes = await snoozesItem.getValue();
  const never = Object.keys(snoozes).filter((site) => snoozes[site] === 'never');
  if (never.length === 0) return;
  let s = await getSettings();
  for (const site of never) s = withSite(s, site, false);
  await settingsItem.setValue(s);
  await snoozesItem.setValue(Object.fromEntries(Object.entries(snoozes).filter(([, until]) => until !== 'never')));
}
