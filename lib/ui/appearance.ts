import { getSettings, settingsItem, withDefaults, type Settings } from '../settings';

/** Sets the theme (system / light / dark) and text size on a page's root element. */
export function applyAppearance(root: HTMLElement, a: Settings['appearance']): void {
  if (a.theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = a.theme;
  if (a.textSize === 'normal') delete root.dataset['textSize'];
  else root.dataset['textSize'] = a.textSize;
}

/** Applies the person's appearance now and whenever it changes (no reload needed). */
export function followAppearance(root: HTMLElement = document.documentElement): void {
  void getSettings().then((s) => applyAppearance(root, s.appearance));
  settingsItem.watch((v) => applyAppearance(root, withDefaults(v).appearance));
}
