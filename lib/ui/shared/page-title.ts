import { plainIconUrl, visibleName } from '../../discreet';
import { t, type TextKey } from '../../i18n';
import { getSettings, settingsItem, withDefaults, type Settings } from '../../settings';

/**
 * The pages of Unhurried with a title of their own: the settings, the practice chat, the welcome page, and the
 * card's frame (its name for screen readers, which the chat page's frame element takes).
 */
export type PageKind = 'options' | 'practice' | 'welcome' | 'card';

const titles: Record<PageKind, TextKey> = {
  options: 'opt.title',
  practice: 'practice.title',
  welcome: 'page.welcome',
  card: 'name.frame',
};

/**
 * The one place a page's title comes from. Outside discreet mode it names the page ("Unhurried settings"); in
 * discreet mode every page has only the neutral name ("Notes", in the person's language), so no tab, window list
 * or history entry tells what the page is. Pages do not set document.title themselves: they call followPageTitle.
 */
export function pageTitle(kind: PageKind, discreet: boolean): string {
  return discreet ? visibleName(true) : t(titles[kind]);
}

/** Where followPageTitle reads the settings (passed in for tests). */
export interface SettingsSource {
  load: () => Promise<Settings>;
  watch: (fn: (s: Settings) => void) => void;
}

const storedSettings: SettingsSource = {
  load: getSettings,
  watch: (fn) => void settingsItem.watch((v) => fn(withDefaults(v))),
};

/**
 * Keeps a page's title (and, in discreet mode, its tab icon) as pageTitle says: once the settings are read, and
 * again whenever discreet mode is turned on or off. Until the settings are read the title stays as the HTML left it
 * (empty: the static HTML titles carry no name). Returns `apply`, for the page to call after a language change.
 */
export function followPageTitle(kind: PageKind, doc: Document = document, settings: SettingsSource = storedSettings): () => void {
  let discreet: boolean | undefined;
  let plainIcon: Promise<string> | undefined;
  const apply = () => {
    if (discreet !== undefined) doc.title = pageTitle(kind, discreet);
  };
  // In discreet mode the tab shows the plain icon, not the extension's own (which the browser shows by default).
  const showIcon = async () => {
    const want = discreet;
    const url = want ? await (plainIcon ??= plainIconUrl(32).catch(() => 'data:,')) : '';
    if (want !== discreet) return;
    doc.getElementById('plain-icon')?.remove();
    if (!want) return;
    const link = doc.createElement('link');
    link.id = 'plain-icon';
    link.rel = 'icon';
    link.href = url;
    doc.head.append(link);
  };
  const take = (s: Settings) => {
    const changed = s.privacy.discreet !== discreet;
    discreet = s.privacy.discreet;
    apply();
    if (changed) void showIcon();
  };
  // Settings that cannot be read: the neutral name, the safe side.
  const unknown = withDefaults(null);
  void settings.load().then(take, () => take({ ...unknown, privacy: { ...unknown.privacy, discreet: true } }));
  settings.watch(take);
  return apply;
}
