import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { effectiveNudges } from '../../lib/nudges/effective';
import { builtInNudges } from '../../lib/nudges/catalogue';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  defaultSettings,
  SETTINGS_VERSION,
  settingsMigrations,
  settingsV4,
  withDefaults,
  type SettingsV1,
  type SettingsV2,
  type SettingsV3,
} from '../../lib/settings-model';
import { builtInSiteIds } from '../../lib/sites/groups';

/** What version 3 of the extension left in storage.local: the settings and WXT's version marker. */
const v3Stored = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/settings/v3.json'), 'utf8')) as {
  settings: SettingsV3;
  'settings$': { v: number };
};
const allBut = (...off: string[]) => builtInSiteIds.filter((id) => !off.includes(id));

const v1: SettingsV1 = {
  mode: 'send',
  cooldownMinutes: 30,
  quietHours: { enabled: true, from: '21:00', to: '08:00' },
  onlyMarked: true,
  disabledSites: ['slack'],
  customSites: [{ origin: 'https://social.example' }],
  sendKeys: { slack: 'mod-enter' },
  breathing: { pattern: 'box', breaths: 4, animate: false },
  disabledKinds: ['parts'],
  reminders: { notifications: false },
  appearance: { theme: 'dark' },
};

describe('settings migrations', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('version 1 → 2 keeps every choice and adds the new ones with their defaults', () => {
    const v2 = settingsMigrations[2](v1);
    expect(v2).toEqual({
      ...v1,
      disabledNudges: [],
      reminders: { notifications: false, defaultChoice: 'evening' },
      appearance: { theme: 'dark', textSize: 'normal' },
      privacy: { discreet: false, lockAfterMinutes: 15 },
    });
  });

  it('version 2 → 3 keeps every choice and starts with the browser\'s language', () => {
    const v2: SettingsV2 = settingsMigrations[2](v1);
    expect(settingsMigrations[3](v2)).toEqual({ ...v2, appearance: { theme: 'dark', textSize: 'normal', language: 'auto' } });
  });

  it('runs through the storage item when an older version is stored (version 1 → 4)', async () => {
    // What version 1 of the extension left behind: the value, and WXT's version marker.
    await fakeBrowser.storage.local.set({ settings: v1, settings$: { v: 1 } });
    const { settingsItem, getSettings } = await import('../../lib/settings');
    await settingsItem.migrate();
    expect(await getSettings()).toMatchObject({ mode: 'send', enabledSites: [...allBut('slack'), 'custom:social.example'], disabledKinds: ['parts'], reminders: { notifications: false, defaultChoice: 'evening' }, appearance: { theme: 'dark', textSize: 'normal', language: 'auto' } });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: SETTINGS_VERSION });
  });

  it('a version 2 install moves on with its choices, the browser\'s language and its sites', async () => {
    const v2 = { ...settingsMigrations[2](v1), appearance: { theme: 'light', textSize: 'larger' } };
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    const { settingsItem, getSettings } = await import('../../lib/settings');
    await settingsItem.migrate();
    const { disabledSites: _off, ...kept } = v2;
    expect(await getSettings()).toEqual({
      ...kept,
      enabledSites: [...allBut('slack'), 'custom:social.example'],
      appearance: { theme: 'light', textSize: 'larger', language: 'auto' },
    });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: SETTINGS_VERSION });
  });

  it('version 3 → 4: everyone keeps their sites (every built-in one not turned off, and their own)', () => {
    const { disabledSites: _off, ...rest } = v3Stored.settings;
    expect(settingsV4(v3Stored.settings, builtInSiteIds)).toEqual({
      ...rest,
      enabledSites: [...allBut('slack', 'teams'), 'custom:social.example'],
    });
    // A version 3 shape without the field (a partial writer): every built-in site was on.
    expect(settingsV4({ ...rest, customSites: [] } as unknown as SettingsV3, builtInSiteIds).enabledSites).toEqual([...builtInSiteIds]);
    // Already in today's shape: left as it is.
    expect(settingsV4({ ...defaultSettings, enabledSites: ['gmail'] }, builtInSiteIds).enabledSites).toEqual(['gmail']);
  });

  it('a version 3 install moves to version 4 through the storage item, with its sites and every other choice', async () => {
    await fakeBrowser.storage.local.set(v3Stored);
    const { settingsItem, getSettings } = await import('../../lib/settings');
    await settingsItem.migrate();
    const s = await getSettings();
    expect(s.enabledSites).toEqual([...allBut('slack', 'teams'), 'custom:social.example']);
    expect(s).toMatchObject({ mode: 'both', cooldownMinutes: 5, appearance: { language: 'de' }, privacy: { discreet: true } });
    const raw = (await fakeBrowser.storage.local.get('settings'))['settings'] as Record<string, unknown>;
    expect(raw).not.toHaveProperty('disabledSites');
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 4 });
  });

  it('a version 3 install that had turned nothing off keeps every site', async () => {
    const { disabledSites: _off, ...noField } = v3Stored.settings;
    await fakeBrowser.storage.local.set({ settings: { ...noField, customSites: [] }, settings$: { v: 3 } });
    const { settingsItem, getSettings } = await import('../../lib/settings');
    await settingsItem.migrate();
    expect((await getSettings()).enabledSites).toEqual([...builtInSiteIds]);
  });

  it('a fresh install chooses no site: nothing pauses until the person chooses', async () => {
    expect(defaultSettings.enabledSites).toEqual([]);
    const { getSettings } = await import('../../lib/settings');
    expect((await getSettings()).enabledSites).toEqual([]);
  });

  it('fills missing fields from the defaults (a partial writer)', () => {
    expect(withDefaults({ mode: 'both' } as never)).toEqual({ ...defaultSettings, mode: 'both' });
    expect(withDefaults(null)).toEqual(defaultSettings);
  });
});

describe('the nudges the card chooses from', () => {
  it('applies edits, adds own nudges, leaves out the ones switched off', () => {
    const custom = [
      { id: 'consent-yes', kind: 'consent', text: 'My words.', builtIn: true },
      { id: 'own-1', kind: 'own', text: 'Remember the lake.', builtIn: false },
      { id: 'own-2', kind: 'own', text: 'Off for now.', builtIn: false },
    ];
    const list = effectiveNudges(custom, ['breathe-circle', 'own-2']);
    expect(list.find((n) => n.id === 'consent-yes')).toEqual({ id: 'consent-yes', kind: 'consent', text: 'My words.' });
    expect(list.find((n) => n.id === 'own-1')).toEqual({ id: 'own-1', kind: 'own', text: 'Remember the lake.' });
    expect(list.some((n) => n.id === 'breathe-circle' || n.id === 'own-2')).toBe(false);
    expect(list).toHaveLength(builtInNudges.length - 1 + 1);
    // An edited nudge drops the follow-up written for the original words.
    const followed = builtInNudges.find((n) => n.followUp)!;
    expect(effectiveNudges([{ id: followed.id, kind: followed.kind, text: 'New', builtIn: true }], []).find((n) => n.id === followed.id)?.followUp).toBeUndefined();
  });
});
