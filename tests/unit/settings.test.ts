import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { effectiveNudges } from '../../lib/nudges/effective';
import { builtInNudges } from '../../lib/nudges/catalogue';
import { defaultSettings, settingsMigrations, withDefaults, type SettingsV1, type SettingsV2 } from '../../lib/settings-model';

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

  it('runs through the storage item when an older version is stored', async () => {
    // What version 1 of the extension left behind: the value, and WXT's version marker.
    await fakeBrowser.storage.local.set({ settings: v1, settings$: { v: 1 } });
    const { settingsItem, getSettings } = await import('../../lib/settings');
    await settingsItem.migrate();
    expect(await getSettings()).toMatchObject({ mode: 'send', disabledKinds: ['parts'], reminders: { notifications: false, defaultChoice: 'evening' }, appearance: { theme: 'dark', textSize: 'normal', language: 'auto' } });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 3 });
  });

  it('a version 2 install moves to version 3 with its choices and the browser\'s language', async () => {
    const v2 = { ...settingsMigrations[2](v1), appearance: { theme: 'light', textSize: 'larger' } };
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    const { settingsItem, getSettings } = await import('../../lib/settings');
    await settingsItem.migrate();
    expect(await getSettings()).toEqual({ ...v2, appearance: { theme: 'light', textSize: 'larger', language: 'auto' } });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 3 });
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
