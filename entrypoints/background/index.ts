import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openJournal, type JournalDb } from '../../lib/db';
import { QUICK_HIDE_COMMAND } from '../../lib/protocol/commands';
import { broadcastToPages } from '../../lib/protocol/to-pages';
import { applyDiscreet, plainIconUrl, type ActionLike } from '../../lib/discreet';
import { getLocale, setLocale } from '../../lib/i18n';
import { provideAllCatalogues } from '../../lib/i18n/all';
import { getSettings, MARKS_KEY, SETTINGS_KEY, settingsItem, SNOOZES_KEY, withDefaults, type Settings } from '../../lib/settings';
import { createCustomSites } from './custom-sites';
import { insertInPage } from '../../lib/sites/insert-text';
import { createBackground } from './handlers';
import { attachToOpenTabs, ensureSalt, firstContact } from './install';
import { quickHide } from './quick-hide';
import { createReminders } from './reminders';

// Wiring only. Every listener is registered synchronously at start so a
// stopped service worker is woken by the event it missed.
export default defineBackground(() => {
  let dbPromise: Promise<JournalDb> | undefined;
  const db = (): Promise<JournalDb> => {
    dbPromise ??= openJournal({ onClose: () => (dbPromise = undefined) }).catch((err: unknown) => {
      dbPromise = undefined;
      throw err;
    });
    return dbPromise;
  };

  // Every language at hand: the worker answers at once in whichever is chosen (and may not load code later).
  provideAllCatalogues();
  // The person's language: messages, reminders and the toolbar title speak it. Read at every start, followed on change.
  // The raw key (one storage read; the storage item's migration check is not needed for this one field), so a worker
  // woken by a message answers without waiting longer than that.
  const localeReady = browser.storage.local
    .get(SETTINGS_KEY)
    .then((r) => setLocale(withDefaults(r[SETTINGS_KEY] as Partial<Settings> | undefined).appearance.language))
    .catch(() => setLocale('auto'));

  const reminders = createReminders(browser, db, async () => {
    const s = await getSettings();
    setLocale(s.appearance.language);
    return { show: s.reminders.notifications, iconUrl: s.privacy.discreet ? await plainIconUrl() : undefined };
  });
  const customSites = createCustomSites(browser);
  const { route, services } = createBackground({
    db,
    resetDb: () => (dbPromise = undefined),
    localeReady: () => localeReady,
    // The unlocked key waits in memory-only session storage (trusted contexts only), never on disk.
    lockSession: {
      get: async () => (await browser.storage.session.get(LOCK_KEY))[LOCK_KEY] as string | undefined,
      set: (kek) => browser.storage.session.set({ [LOCK_KEY]: kek }),
      clear: () => browser.storage.session.remove(LOCK_KEY),
    },
    touchLock: () =>
      void getSettings().then(async (s) => {
        if (s.privacy.lockAfterMinutes > 0) await browser.alarms.create(AUTOLOCK_ALARM, { delayInMinutes: s.privacy.lockAfterMinutes });
        else await browser.alarms.clear(AUTOLOCK_ALARM);
      }),
    quickHide: () => quickHide(browser),
    // "Move to chat": the draft goes in from the page's own world (a paste built in a content script reaches Firefox
    // pages empty); only the text is passed, at that moment (docs/THREAT-MODEL.md).
    insertInPage: (tabId, frameId, text) =>
      browser.scripting
        .executeScript({ target: { tabId, frameIds: [frameId] }, world: 'MAIN', func: insertInPage, args: [text] })
        .then((results) => results[0]?.result === true),
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    ownId: browser.runtime.id,
    ownBaseUrl: browser.runtime.getURL('/'),
    session: {
      get: async (key) => (await browser.storage.session.get(key))[key],
      set: (key, value) => browser.storage.session.set({ [key]: value }),
    },
    scheduleReminder: reminders.schedule,
    cancelReminder: reminders.cancel,
    customSites,
    saveSettings: (s) => settingsItem.setValue(s),
    eraseOutside: async () => {
      const { customSites: own } = await getSettings();
      await Promise.all(own.map((c) => customSites.unregister(c.origin).catch(() => undefined)));
      await browser.storage.local.remove([SETTINGS_KEY, SNOOZES_KEY, MARKS_KEY]);
      await browser.storage.session.remove(['pauseDrafts', 'nudgeHistory', 'recentPauses']);
    },
    notifyChanged: (what = 'journal') => {
      // Extension pages only (runtime messages never reach content scripts); nobody listening is fine.
      broadcastToPages(browser.runtime, what === 'nudges' ? 'nudges.changed' : 'journal.changed');
    },
  });

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTOLOCK_ALARM) {
      // Idle for the chosen minutes: lock, as "Lock now" does (through the lock service itself).
      void services.lockNow().catch(() => undefined);
      return;
    }
    void reminders.ring(alarm.name);
  });
  browser.notifications.onClicked.addListener((id) => void reminders.open(id));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void ensureSalt();
    // First contact: a new person chooses where a pause is welcome (nothing pauses until then); an update keeps
    // everyone's sites.
    void firstContact(browser, reason).catch(() => undefined);
    // Chat tabs opened before this install or update still run the old (now silent) script:
    // attach the new one. The old one steps aside when it sees the new one start.
    void attachToOpenTabs(browser);
  });
  browser.runtime.onStartup.addListener(() => void reminders.rebuild());
  browser.commands.onCommand.addListener((command) => {
    if (command === QUICK_HIDE_COMMAND) void quickHide(browser);
  });
  void reminders.rebuild();
  void ensureSalt();
  // Discreet mode: the toolbar button's name and icon follow the setting (and are set again at each start).
  // Its neutral name is in the person's language, so a change of language applies it again.
  let applied: string | undefined;
  const followDiscreet = (on: boolean) => {
    const key = `${on}:${getLocale()}`;
    if (key === applied) return;
    applied = key;
    void applyDiscreet(browser.action as unknown as ActionLike, on).catch(() => undefined);
  };
  void localeReady.then(() => getSettings()).then((s) => followDiscreet(s.privacy.discreet));
  settingsItem.watch((v) => {
    const s = withDefaults(v);
    setLocale(s.appearance.language);
    followDiscreet(s.privacy.discreet);
  });
});

const LOCK_KEY = 'lockKek';
const AUTOLOCK_ALARM = 'autolock';
