import type { browser as Browser } from 'wxt/browser';
import { getSettings, settingsItem, withSite } from '../../lib/settings';
import { customSiteId } from '../../lib/sites/groups';

const scriptId = (origin: string) => `custom:${origin}`;
const pattern = (origin: string) => `${origin}/*`;

/**
 * The person's own sites. The options page asks the browser for the one host
 * (permissions.request must come from their click); the background then
 * registers the content script there and remembers the site. Removing it
 * unregisters the script and gives the permission back.
 */
export function createCustomSites(browser: typeof Browser) {
  return {
    hasPermission: (origin: string) => browser.permissions.contains({ origins: [pattern(origin)] }),
    async register(origin: string): Promise<void> {
      const existing = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(origin)] });
      if (existing.length === 0) {
        await browser.scripting.registerContentScripts([
          {
            id: scriptId(origin),
            matches: [pattern(origin)],
            js: ['content-scripts/custom.js'],
            runAt: 'document_idle',
            persistAcrossSessions: true,
          },
        ]);
      }
      const s = await getSettings();
      if (!s.customSites.some((c) => c.origin === origin)) {
        // Adding a site is choosing it: it is on from the start, and can be turned off like any other.
        await settingsItem.setValue(withSite({ ...s, customSites: [...s.customSites, { origin }] }, customSiteId(origin), true));
      }
    },
    async unregister(origin: string): Promise<void> {
      await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] }).catch(() => undefined);
      const s = await getSettings();
      await settingsItem.setValue(withSite({ ...s, customSites: s.customSites.filter((c) => c.origin !== origin) }, customSiteId(origin), false));
      await browser.permissions.remove({ origins: [pattern(origin)] }).catch(() => false);
    },
  };
}
