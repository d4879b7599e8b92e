import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { firstContact, foldNeverSnoozes, WELCOME_PAGE } from '../../entrypoints/background/install';
import { toJson } from '../../lib/export';
import { checkImport } from '../../lib/journal/validate';
import { getSettings, restSite, setSiteOn, snoozesItem } from '../../lib/settings';
import { defaultSettings, SETTINGS_VERSION, siteIsOn, withSite } from '../../lib/settings-model';
import { createGenericAdapter } from '../../lib/sites/generic';
import { builtInSiteIds, customSiteId, siteGroups } from '../../lib/sites/groups';
import { sites } from '../../lib/sites/registry';
import { chosenSites, withChosenSites } from '../../lib/ui/welcome/choice';

const stored = async () => fakeBrowser.storage.local.get(['settings', 'settings$']);
const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => t.url?.endsWith(WELCOME_PAGE));

describe('the sites, in two groups', () => {
  it('every built-in site is in exactly one group, and nothing else is', () => {
    expect([...builtInSiteIds].sort()).toEqual(sites.map((s) => s.id).sort());
    expect(new Set(builtInSiteIds).size).toBe(builtInSiteIds.length);
    expect(siteGroups.find((g) => g.id === 'work')?.ids).toEqual(['gmail', 'slack', 'teams', 'linkedin']);
  });

  it('a person\'s own site has the id its content script uses', () => {
    expect(customSiteId('https://social.example:8443')).toBe(createGenericAdapter('https://social.example:8443').id);
  });
});

describe('first contact in the background', () => {
  it('on install: nothing is chosen, the choice is stored as such, and the welcome page opens', async () => {
    await firstContact(fakeBrowser, 'install');
    const s = await stored();
    expect(s['settings']).toEqual(defaultSettings);
    expect((s['settings'] as typeof defaultSettings).enabledSites).toEqual([]);
    expect(s['settings$']).toEqual({ v: SETTINGS_VERSION });
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('on update, someone who never saved a setting (nothing stored) keeps every site, and no page opens', async () => {
    await firstContact(fakeBrowser, 'update');
    expect((await getSettings()).enabledSites).toEqual([...builtInSiteIds]);
    expect((await stored())['settings$']).toEqual({ v: SETTINGS_VERSION });
    expect(await welcomeTabs()).toHaveLength(0);
  });

  it('on update, settings erased on purpose since version 4 stay erased: no site is chosen behind anyone\'s back', async () => {
    await fakeBrowser.storage.local.set({ settings$: { v: 4 } });
    await firstContact(fakeBrowser, 'update');
    expect((await stored())['settings']).toBeUndefined();
    expect((await getSettings()).enabledSites).toEqual([]);
  });

  it('on update, stored settings are left to their migration; the browser updating itself changes nothing', async () => {
    const mine = { ...defaultSettings, enabledSites: ['telegram'] };
    await fakeBrowser.storage.local.set({ settings: mine, settings$: { v: 4 } });
    await firstContact(fakeBrowser, 'update');
    await firstContact(fakeBrowser, 'browser_update');
    expect((await stored())['settings']).toEqual(mine);
    expect(await welcomeTabs()).toHaveLength(0);
  });

  it('an earlier "Not on this site" (a snooze for good) becomes the site turned off in the settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings, enabledSites: ['whatsapp', 'slack'] }, settings$: { v: 4 } });
    await snoozesItem.setValue({ whatsapp: 'never', slack: 5_000 });
    await foldNeverSnoozes();
    expect((await getSettings()).enabledSites).toEqual(['slack']);
    expect(await snoozesItem.getValue()).toEqual({ slack: 5_000 });
  });
});

describe('one list of sites, changed from everywhere', () => {
  it('"Not on this site" in the card turns the site off in the settings; a while only snoozes', async () => {
    await setSiteOn('whatsapp', true);
    await setSiteOn('slack', true);
    await restSite('whatsapp', 'never');
    expect((await getSettings()).enabledSites).toEqual(['slack']);
    expect(await snoozesItem.getValue()).toEqual({});
    await restSite('slack', 9_000);
    expect(await snoozesItem.getValue()).toEqual({ slack: 9_000 });
    expect(siteIsOn(await getSettings(), 'slack')).toBe(true);
  });

  it('the welcome page sets exactly the built-in sites ticked and keeps the person\'s own sites', () => {
    const s = { ...defaultSettings, enabledSites: ['gmail', 'custom:social.example'] };
    expect([...chosenSites(s)]).toEqual(['gmail']);
    expect(withChosenSites(s, new Set(['whatsapp', 'slack'])).enabledSites.sort()).toEqual(['custom:social.example', 'slack', 'whatsapp']);
    expect(withSite(withSite(s, 'x', true), 'x', true).enabledSites.filter((id) => id === 'x')).toHaveLength(1);
  });
});

describe('importing settings', () => {
  const file = (settings: unknown) => JSON.stringify({ ...(JSON.parse(toJson({ reflections: [], later: [] }, 0)) as object), settings });

  it('an export from before sites were chosen (disabledSites) keeps the sites it had on', () => {
    const { enabledSites: _none, ...old } = defaultSettings;
    const c = checkImport(file({ ...old, disabledSites: ['teams'], customSites: [{ origin: 'https://social.example' }] }));
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.file.settings?.enabledSites).toEqual([...builtInSiteIds.filter((id) => id !== 'teams'), 'custom:social.example']);
    expect(c.file.settings).not.toHaveProperty('disabledSites');
  });

  it('an export of today keeps its chosen sites as they are, none included', () => {
    const c = checkImport(file({ ...defaultSettings, enabledSites: ['slack'] }));
    expect(c.ok && c.file.settings?.enabledSites).toEqual(['slack']);
    const none = checkImport(file(defaultSettings));
    expect(none.ok && none.file.settings?.enabledSites).toEqual([]);
  });
});
