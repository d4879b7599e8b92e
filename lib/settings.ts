import { storage } from 'wxt/utils/storage';
import {
  MARKS_KEY,
  SALT_KEY,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  SNOOZES_KEY,
  defaultSettings,
  settingsMigrations,
  settingsV4,
  withDefaults,
  withSite,
  type Settings,
  type SettingsV3,
} from './settings-model';
import { builtInSiteIds } from './sites/groups';

export * from './settings-model';

/**
 * Settings live in browser.storage.local, which content scripts can read: they
 * hold choices only, never anything the person wrote. Every item is versioned;
 * migrations run on first read after an update.
 */

/** The settings item. */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: defaultSettings,
  version: SETTINGS_VERSION,
  migrations: { ...settingsMigrations, 4: (old: SettingsV3) => settingsV4(old, builtInSiteIds) },
});

/** Reads the settings, always complete. */
export async function getSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

/** Turns one site on or off in the settings (the card's "Not on this site", the popup's switch, the options page). */
export async function setSiteOn(siteId: string, on: boolean): Promise<void> {
  await settingsItem.setValue(withSite(await getSettings(), siteId, on));
}

/** Per-site snoozes: until a time (ms since epoch), or "never" for "not on this site". */
export const snoozesItem = storage.defineItem<Record<string, number | 'never'>>(`local:${SNOOZES_KEY}`, {
  fallback: {},
  version: 1,
});

/**
 * Rests pauses on a site: for a while (a snooze), or — "Not on this site" — turns it off in the settings, so the
 * settings show what the card promised ("until you turn it back on in the settings").
 */
export async function restSite(siteId: string, until: number | 'never'): Promise<void> {
  if (until === 'never') {
    await setSiteOn(siteId, false);
    return;
  }
  await snoozesItem.setValue({ ...(await snoozesItem.getValue()), [siteId]: until });
}

/**
 * A random per-install salt for conversation hashes. Created by the background
 * at install; content scripts only read it.
 */
export const saltItem = storage.defineItem<string>(`local:${SALT_KEY}`, { fallback: '' });

/** Conversations the person marked, as one-way hashes. */
export const marksItem = storage.defineItem<string[]>(`local:${MARKS_KEY}`, { fallback: [], version: 1 });
