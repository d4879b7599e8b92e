import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/theme.css';
import './style.css';
import { followAppearance, followLanguage } from '../../lib/ui/shared/appearance';
import { visibleName } from '../../lib/discreet';
import { sendToBackground } from '../../lib/protocol/to-background';
import { onPageBroadcast } from '../../lib/protocol/to-pages';
import { askTab } from '../../lib/protocol/to-tab';
import { getSettings, marksItem, settingsItem, SETTINGS_KEY, snoozesItem, withDefaults, type Settings } from '../../lib/settings';
import { currentTabId } from '../../lib/current-tab';
import { askEarly, firstQuestions } from '../../lib/ui/popup/early';
import { PopupApp } from '../../lib/ui/popup/PopupApp';
import { saveFile } from '../../lib/ui/shared/save-file';

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
onPageBroadcast(browser.runtime, ['pages.hide', 'journal.changed'], (type) => (type === 'pages.hide' ? window.close() : early.forget()));

// Shown in the person's language, and shown again if it changes while open.
followLanguage(() => void first.then((s) => start(s.privacy.discreet)), first);

function start(discreet: boolean): void {
  document.title = visibleName(discreet);
  render(
    <PopupApp
      name={visibleName(discreet)}
      discreet={discreet}
      openSettings={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      hide={() => {
        // Everything at once: the card in the tab (through the background) and this window.
        void sendToBackground('quick.hide', null).finally(() => window.close());
        setTimeout(() => window.close(), 150);
      }}
      api={early.api}
      onJournalChanged={(cb) => onPageBroadcast(browser.runtime, ['journal.changed'], cb)}
      openUrl={(url) => void browser.tabs.create({ url })}
      saveFile={saveFile}
      header={{
        current: async () => {
          const id = await currentTabId(browser);
          if (id === undefined) return null;
          // Nothing answers on a site Unhurried does not run on.
          return (await askTab(browser.tabs, id, 'tab.conversation')) ?? null;
        },
        settings: { load: getSettings, save: (s) => settingsItem.setValue(s) },
        snoozes: { load: () => snoozesItem.getValue(), save: (v) => snoozesItem.setValue(v) },
        marks: { load: () => marksItem.getValue(), save: (v) => marksItem.setValue(v) },
        chooseSites: () => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }),
      }}
    />,
    document.getElementById('app')!,
  );
}
