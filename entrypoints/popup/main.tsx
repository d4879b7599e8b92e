import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/theme.css';
import './style.css';
import { followAppearance, followLanguage } from '../../lib/ui/appearance';
import type { ContentApi } from '../../lib/messaging';
import { visibleName } from '../../lib/discreet';
import { JOURNAL_CHANGED, QUICK_HIDE, sendToBackground } from '../../lib/messaging';
import { getSettings, marksItem, settingsItem, SETTINGS_KEY, snoozesItem, withDefaults, type Settings } from '../../lib/settings';
import { currentTabId } from '../../lib/ui/popup/current-tab';
import { askEarly, firstQuestions } from '../../lib/ui/popup/early';
import { PopupApp } from '../../lib/ui/popup/PopupApp';
import { saveFile } from '../../lib/ui/save-file';

followAppearance();

// Wiring only.

// Read the raw setting (not through the storage item, which first checks for migrations): the name shows in the
// very first frame.
const first = browser.storage.local
  .get(SETTINGS_KEY)
  .then((r) => withDefaults(r[SETTINGS_KEY] as Partial<Settings> | undefined))
  .catch(() => withDefaults(null));

// The first questions to the background go now, alongside the settings read and the first render.
const early = askEarly(sendToBackground, firstQuestions);

// Quick hide (the keyboard shortcut, or the Hide button): the popup closes at once. A changed journal makes any
// early answer not yet taken stale.
browser.runtime.onMessage.addListener((m: unknown) => {
  const type = (m as { type?: unknown } | null)?.type;
  if (type === QUICK_HIDE) window.close();
  if (type === JOURNAL_CHANGED) early.forget();
});

// Shown in the person's language, and shown again if it changes while open.
followLanguage(() => void first.then((s) => start(s.privacy.discreet)), first);

function start(discreet: boolean): void {
  document.title = visibleName(discreet);
  render(
    <PopupApp
      name={visibleName(discreet)}
      hide={() => {
        // Everything at once: the card in the tab (through the background) and this window.
        void sendToBackground('quick.hide', null).finally(() => window.close());
        setTimeout(() => window.close(), 150);
      }}
      api={early.api}
      onJournalChanged={(cb) => {
        const listener = (m: unknown) => {
          if ((m as { type?: unknown } | null)?.type === JOURNAL_CHANGED) cb();
        };
        browser.runtime.onMessage.addListener(listener);
        return () => browser.runtime.onMessage.removeListener(listener);
      }}
      openUrl={(url) => void browser.tabs.create({ url })}
      saveFile={saveFile}
      header={{
        current: async () => {
          const id = await currentTabId(browser);
          if (id === undefined) return null;
          try {
            return (await browser.tabs.sendMessage(id, { type: 'conversation.current' })) as ContentApi['conversation.current']['out'];
          } catch {
            return null; // Not a chat site Unhurried runs on.
          }
        },
        settings: { load: getSettings, save: (s) => settingsItem.setValue(s) },
        snoozes: { load: () => snoozesItem.getValue(), save: (v) => snoozesItem.setValue(v) },
        marks: { load: () => marksItem.getValue(), save: (v) => marksItem.setValue(v) },
      }}
    />,
    document.getElementById('app')!,
  );
}
