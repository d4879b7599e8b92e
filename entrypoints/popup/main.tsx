import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/theme.css';
import './style.css';
import { followAppearance } from '../../lib/ui/appearance';
import type { ContentApi } from '../../lib/messaging';
import { JOURNAL_CHANGED, sendToBackground } from '../../lib/messaging';
import { getSettings, marksItem, settingsItem, snoozesItem } from '../../lib/settings';
import { currentTabId } from '../../lib/ui/popup/current-tab';
import { PopupApp } from '../../lib/ui/popup/PopupApp';
import { saveFile } from '../../lib/ui/save-file';

followAppearance();

// Wiring only.

render(
  <PopupApp
    api={sendToBackground}
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
