import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openJournal, type JournalDb } from '../../lib/db';
import { JOURNAL_CHANGED, NUDGES_CHANGED } from '../../lib/messaging';
import { getSettings, MARKS_KEY, saltItem, SETTINGS_KEY, settingsItem, SNOOZES_KEY } from '../../lib/settings';
import { allMatches } from '../../lib/sites/registry';
import { createCustomSites } from './custom-sites';
import { createRouter } from './handlers';
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

  const reminders = createReminders(browser, db, async () => (await getSettings()).reminders.notifications);
  const customSites = createCustomSites(browser);
  const route = createRouter({
    db,
    resetDb: () => (dbPromise = undefined),
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
      browser.runtime.sendMessage({ type: what === 'nudges' ? NUDGES_CHANGED : JOURNAL_CHANGED }).catch(() => undefined);
    },
  });

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.alarms.onAlarm.addListener((alarm) => void reminders.ring(alarm.name));
  browser.notifications.onClicked.addListener((id) => void reminders.open(id));
  browser.runtime.onInstalled.addListener(() => {
    void ensureSalt();
    // Chat tabs opened before this install or update still run the old (now silent) script:
    // attach the new one. The old one steps aside when it sees the new one start.
    void attachToOpenTabs();
  });
  browser.runtime.onStartup.addListener(() => void reminders.rebuild());
  void reminders.rebuild();
  void ensureSalt();
});

async function attachToOpenTabs(): Promise<void> {
  const file = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  if (!file) return;
  const tabs = await browser.tabs.query({ url: allMatches() });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [`/${file}` as '/content-scripts/messaging.js'] }).catch(() => undefined),
    ),
  );
}

async function ensureSalt(): Promise<void> {
  if (await saltItem.getValue()) return;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  await saltItem.setValue(Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''));
}
