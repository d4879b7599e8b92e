/**
 * The shape of the settings, their defaults and storage keys: pure, so the
 * content script can read settings without the storage library (size budget).
 * lib/settings.ts defines the versioned storage items over these keys.
 */
import { customSiteId } from './sites/groups';

/** When the pause appears. */
export type PauseMode = 'start' | 'send' | 'both';
/** Breathing rhythms the guide can follow. */
export type BreathingRhythm = 'even' | 'box' | 'long-out' | '4-7-8';
/** The breathing setting: a rhythm, or 'off' (the card shows no breathing guide at all). */
export type BreathingPattern = BreathingRhythm | 'off';
/** Each rhythm's seconds: in, hold, out, hold (a hold of 0 is no hold). */
export const rhythmSeconds: Readonly<Record<BreathingRhythm, readonly [number, number, number, number]>> = {
  even: [4, 0, 4, 0],
  box: [4, 4, 4, 4],
  'long-out': [4, 0, 6, 0],
  '4-7-8': [4, 7, 8, 0],
};
/** Whether a rhythm asks the person to hold their breath (not for everyone: the options and the card say so). */
export function holdsBreath(pattern: BreathingPattern): boolean {
  return pattern !== 'off' && (rhythmSeconds[pattern][1] > 0 || rhythmSeconds[pattern][3] > 0);
}

/** The reply-later choice the card offers first. */
export type LaterDefault = 'hour' | 'evening' | 'morning' | 'none';
/** Text size on every Unhurried page. */
export type TextSize = 'normal' | 'large' | 'larger';
/** The language Unhurried speaks: the browser's ('auto'), or one the person chose. Kept in step with lib/i18n's locales. */
export type LanguageSetting = 'auto' | 'en' | 'es' | 'fr' | 'de' | 'pt';
export const languageSettings: readonly LanguageSetting[] = ['auto', 'en', 'es', 'fr', 'de', 'pt'];

/** The person's choices (version 4; lib/settings.ts migrates older shapes). */
export interface Settings {
  mode: PauseMode;
  cooldownMinutes: number;
  quietHours: { enabled: boolean; from: string; to: string };
  onlyMarked: boolean;
  /**
   * The sites where a pause is welcome, by id (built-in ids, and "custom:<host>" for the person's own sites).
   * Nothing else pauses: a new person starts with none, and chooses on the welcome page.
   */
  enabledSites: string[];
  /** Per-site send key chosen by the person where the site lets them choose (Slack, Telegram, LinkedIn). */
  sendKeys: Record<string, 'enter' | 'mod-enter'>;
  /** Sites the person added (origin like "https://social.example"), paused with the generic adapter. */
  customSites: Array<{ origin: string }>;
  /** The breathing guide: its rhythm ('off': none), how many breaths, whether the circle moves. */
  breathing: { pattern: BreathingPattern; breaths: number; animate: boolean };
  /** Nudge kinds turned off. */
  disabledKinds: string[];
  /** Single nudges turned off (built-in ids or the person's own). */
  disabledNudges: string[];
  reminders: { notifications: boolean; defaultChoice: LaterDefault };
  appearance: { theme: 'system' | 'light' | 'dark'; textSize: TextSize; language: LanguageSetting };
  /**
   * Discreet mode: the toolbar button, the popup and notifications use a neutral name ("Notes") and a plain icon.
   * lockAfterMinutes: with the passphrase lock on, it locks after this many idle minutes (0: only on restart or Lock now).
   */
  privacy: { discreet: boolean; lockAfterMinutes: number };
}

/** The settings' shape version (storage.defineItem migrates from each older one). */
export const SETTINGS_VERSION = 4;

/** The defaults a new person starts with. */
export const defaultSettings: Settings = {
  mode: 'start',
  cooldownMinutes: 10,
  quietHours: { enabled: false, from: '22:00', to: '07:00' },
  onlyMarked: false,
  enabledSites: [],
  customSites: [],
  sendKeys: {},
  // The longer out-breath: the calmest of the rhythms, with no holding of the breath.
  breathing: { pattern: 'long-out', breaths: 3, animate: true },
  disabledKinds: [],
  disabledNudges: [],
  reminders: { notifications: true, defaultChoice: 'evening' },
  appearance: { theme: 'system', textSize: 'normal', language: 'auto' },
  privacy: { discreet: false, lockAfterMinutes: 15 },
};

/** Fills any missing fields from the defaults (settings written by an older or partial writer). */
export function withDefaults(value: Partial<Settings> | null | undefined): Settings {
  const v = value ?? {};
  return {
    ...defaultSettings,
    ...v,
    quietHours: { ...defaultSettings.quietHours, ...v.quietHours },
    enabledSites: [...(v.enabledSites ?? [])],
    sendKeys: { ...v.sendKeys },
    disabledNudges: [...(v.disabledNudges ?? [])],
    breathing: { ...defaultSettings.breathing, ...v.breathing },
    reminders: { ...defaultSettings.reminders, ...v.reminders },
    appearance: { ...defaultSettings.appearance, ...v.appearance },
    privacy: { ...defaultSettings.privacy, ...v.privacy },
  };
}

/** True when the person chose this site for pauses (a built-in id, or "custom:<host>"). */
export function siteIsOn(s: Pick<Settings, 'enabledSites'>, siteId: string): boolean {
  return s.enabledSites.includes(siteId);
}

/** The settings with one site turned on or off (the one list every page and the card change). */
export function withSite(s: Settings, siteId: string, on: boolean): Settings {
  const others = s.enabledSites.filter((x) => x !== siteId);
  return { ...s, enabledSites: on ? [...others, siteId] : others };
}

/** Version 3's shape, for its migration: built-in sites were on unless listed in disabledSites. */
export type SettingsV3 = Omit<Settings, 'enabledSites'> & { disabledSites: string[] };

/** Version 1's shape, for its migration. */
export type SettingsV1 = Omit<SettingsV3, 'disabledNudges' | 'reminders' | 'appearance' | 'privacy'> & {
  reminders: { notifications: boolean };
  appearance: { theme: 'system' | 'light' | 'dark' };
};

/** Version 2's shape, for its migration. */
export type SettingsV2 = Omit<SettingsV3, 'appearance'> & { appearance: { theme: 'system' | 'light' | 'dark'; textSize: TextSize } };

/** Settings migrations, by the version they produce. Never edit a released one; add the next. */
export const settingsMigrations = {
  2: (old: SettingsV1): SettingsV2 => ({
    ...old,
    disabledNudges: [],
    reminders: { ...old.reminders, defaultChoice: 'evening' },
    appearance: { ...old.appearance, textSize: 'normal' },
    privacy: { discreet: false, lockAfterMinutes: 15 },
  }),
  /** Version 3: a language choice; everyone starts with the browser's, as before. */
  3: (old: SettingsV2): SettingsV3 => ({
    ...old,
    appearance: { ...old.appearance, language: 'auto' },
  }),
};

/**
 * Version 4: sites are chosen, no longer all on by default. Everyone who had Unhurried before keeps the sites they
 * had: every built-in site they had not turned off, and their own sites. (Takes the built-in ids, which live with the
 * sites, so the content script's copy of this file stays small; lib/settings.ts passes them.)
 */
export function settingsV4(old: SettingsV3 | Settings, builtInSites: readonly string[]): Settings {
  const { disabledSites, ...rest } = old as SettingsV3 & { enabledSites?: string[] };
  if (Array.isArray(rest.enabledSites)) return rest as Settings;
  const off = Array.isArray(disabledSites) ? disabledSites : [];
  return { ...rest, enabledSites: keptSites(off, rest.customSites ?? [], builtInSites) };
}

/** The sites someone from before version 4 had on: the built-in ones not turned off, and their own. */
export function keptSites(disabledSites: readonly string[], customSites: ReadonlyArray<{ origin: string }>, builtInSites: readonly string[]): string[] {
  const own = customSites.flatMap((c) => {
    try {
      return [customSiteId(c.origin)];
    } catch {
      return [];
    }
  });
  return [...builtInSites.filter((id) => !disabledSites.includes(id)), ...own];
}

/** browser.storage.local keys (the storage items in lib/settings.ts use the same). */
export const SETTINGS_KEY = 'settings';
export const SNOOZES_KEY = 'snoozes';
/** The snoozes' reserved key for "Rest everywhere" (the popup): pauses rest on every site until then. No site id is "*". */
export const EVERYWHERE = '*';
export const SALT_KEY = 'salt';
/** Hashed conversations the person marked for "only in conversations I mark" (hashes only). */
export const MARKS_KEY = 'marks';
