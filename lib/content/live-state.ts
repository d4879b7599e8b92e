import { browser } from 'wxt/browser';
import { MARKS_KEY, SALT_KEY, SETTINGS_KEY, SNOOZES_KEY, withDefaults, type Settings } from '../settings-model';
import type { ControllerState } from './controller';

/**
 * Keeps the controller's settings, snoozes and salt fresh from storage.local.
 * Reads raw keys instead of the storage library to stay within the content
 * script's size budget; the background runs the versioned migrations.
 */
export function watchLiveState(
  state: ControllerState,
  onInvalidated: (fn: () => void) => void,
): Promise<void> {
  const apply = (values: Record<string, unknown>) => {
    if (SETTINGS_KEY in values) state.settings = withDefaults(values[SETTINGS_KEY] as Partial<Settings> | null);
    if (SNOOZES_KEY in values) state.snoozes = (values[SNOOZES_KEY] as ControllerState['snoozes'] | null) ?? {};
    if (SALT_KEY in values) state.salt = (values[SALT_KEY] as string | null) ?? '';
    if (MARKS_KEY in values) state.marks = new Set((values[MARKS_KEY] as string[] | null) ?? []);
  };
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const values: Record<string, unknown> = {};
    for (const [k, c] of Object.entries(changes)) values[k] = c.newValue ?? null;
    apply(values);
  };
  browser.storage.onChanged.addListener(onChanged);
  onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
  return browser.storage.local.get([SETTINGS_KEY, SNOOZES_KEY, SALT_KEY, MARKS_KEY]).then(apply);
}
