import { browserLanguage, loadLocale, resolveLocale, setLocale, type LanguageChoice } from '../../i18n';
import { getSettings, settingsItem, withDefaults, type Settings } from '../../settings';

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

/**
 * Speaks the person's language on this page: sets it, then calls `show` (which renders the page and its title);
 * when the language setting changes, sets it again and calls `show` once more, so every open page follows without
 * a reload. `first` lets a page pass settings it already read (the popup reads them raw for its first frame).
 */
export function followLanguage(show: () => void, first?: Promise<Settings>): void {
  let choice: LanguageChoice | undefined;
  const apply = async (next: LanguageChoice) => {
    if (next === choice) return;
    choice = next;
    // Words that cannot be loaded (an update replaced the files under an open page): English stands in.
    await loadLocale(resolveLocale(next, browserLanguage())).catch(() => undefined);
    // A newer choice arrived while these words were loading: that one speaks and shows, not this one.
    if (choice !== next) return;
    setLocale(next);
    show();
  };
  void (first ?? getSettings()).then(
    (s) => apply(s.appearance.language),
    () => apply('auto'),
  );
  settingsItem.watch((v) => void apply(withDefaults(v).appearance.language));
}
