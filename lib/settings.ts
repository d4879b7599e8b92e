import { storage } from 'wxt/utils/storage';
import {
  MARKS_KEY,
  SALT_KEY,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  SNOOZES_KEY,
  defaultSettings,
  settingsMigrations,
  withDefaults,
  type Settings,
} from './settings-model';

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
  migrations: settingsMigrations,
});

/** Reads the settings, always complete. */
export async function getSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

/** Per-site snoozes: until a time (ms since epoch), or "never" for "not on this site". */
export const snoozesItem = storage.defineItem<Record<string, number | 'never'>>(`local:${SNOOZES_KEY}`, {
  fallback: {},
  version: 1,
});

/**
 * A random per-install salt for conversation hashes. Created by the background
 * at install; content scripts only read it.
 */
export const saltItem = storage.defineItem<string>(`local:${SALT_KEY}`, { fallback: '' });

/** Conversations the person marked, as one-way hashes. */
export const marksItem = storage.defineItem<string[]>(`local:${MARKS_KEY}`, { fallback: [], version: 1 });
