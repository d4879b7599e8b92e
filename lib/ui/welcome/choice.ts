import { withSite, type Settings } from '../../settings-model';
import { builtInSiteIds } from '../../sites/groups';

/** The built-in sites chosen in these settings (what the checkboxes show: none on a fresh install). */
export function chosenSites(s: Settings): Set<string> {
  return new Set(builtInSiteIds.filter((id) => s.enabledSites.includes(id)));
}

/** The settings with exactly these built-in sites chosen; the person's own sites stay as they are. */
export function withChosenSites(s: Settings, chosen: ReadonlySet<string>): Settings {
  return builtInSiteIds.reduce((next, id) => withSite(next, id, chosen.has(id)), s);
}
