/**
 * The shape of the settings, their defaults and storage keys: pure, so the
 * content script can read settings without the storage library (size budget).
 * lib/settings.ts defines the versioned storage items over these keys.
 */

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

/** The person's choices (version 3; lib/settings.ts migrates older shapes). */
export interface Settings {
  mode: PauseMode;
  cooldownMinutes: number;
  quietHours: { enabled: boolean; from: string; to: string };
  onlyMarked: boolean;
  /** Built-in site ids turned off. Everything else is on. */
  disabledSites: string[];
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
export const SETTINGS_VERSION = 3;

/** The defaults a new person starts with. */
export const defaultSettings: Settings = {
  mode: 'start',
  cooldownMinutes: 10,
  quietHours: { enabled: false, from: '22:00', to: '07:00' },
  onlyMarked: false,
  disabledSites: [],
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
    sendKeys: { ...v.sendKeys },
    disabledNudges: [...(v.disabledNudges ?? [])],
    breathing: { ...defaultSettings.breathing, ...v.breathing },
    reminders: { ...defaultSettings.reminders, ...v.reminders },
    appearance: { ...defaultSettings.appearance, ...v.appearance },
    privacy: { ...defaultSettings.privacy, ...v.privacy },
  };
}

/** Version 1's shape, for its migration. */
export type SettingsV1 = Omit<Settings, 'disabledNudges' | 'reminders' | 'appearance' | 'privacy'> & {
  reminders: { notifications: boolean };
  appearance: { theme: 'system' | 'light' | 'dark' };
};

/** Version 2's shape, for its migration. */
export type SettingsV2 = Omit<Settings, 'appearance'> & { appearance: { theme: 'system' | 'light' | 'dark'; textSize: TextSize } };

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
  3: (old: SettingsV2): Settings => ({
    ...old,
    appearance: { ...old.appearance, language: 'auto' },
  }),
};

/** browser.storage.local keys (the storage items in lib/settings.ts use the same). */
export const SETTINGS_KEY = 'settings';
export const SNOOZES_KEY = 'snoozes';
/** The snoozes' reserved key for "Rest everywhere" (the popup): pauses rest on every site until then. No site id is "*". */
export const EVERYWHERE = '*';
export const SALT_KEY = 'salt';
/** Hashed conversations the person marked for "only in conversations I mark" (hashes only). */
export const MARKS_KEY = 'marks';
