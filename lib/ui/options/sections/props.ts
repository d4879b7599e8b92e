import type { Settings } from '../../../settings-model';

/** What a settings section is given: the settings as they are, and how to change them (shown and saved at once). */
export interface SettingsProps {
  s: Settings;
  update: (next: Settings) => void;
}
