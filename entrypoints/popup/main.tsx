import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/theme.css';
import './style.css';
import type { ContentApi } from '../../lib/messaging';
import { sendToBackground } from '../../lib/messaging';
import { getSettings, marksItem, settingsItem, snoozesItem } from '../../lib/settings';
import { PopupApp } from '../../lib/ui/popup/PopupApp';

// Wiring only.

/** The chat tab the popup is about: the active tab of the last focused normal window. */
async function currentTab(): Promise<number | undefined> {
  const [focused] = await browser.tabs.query({ active: true, lastFocusedWindow: true, windowType: 'normal' });
  if (focused?.id !== undefined) return focused.id;
  // Opened in its own window (keyboard users, screen magnifiers): any normal window's active tab.
  const [any] = await browser.tabs.query({ active: true, windowType: 'normal' });
  return any?.id;
}

render(
  <PopupApp
    api={sendToBackground}
    openUrl={(url) => void browser.tabs.create({ url })}
    saveFile={(name, type, text) => {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }}
    header={{
      current: async () => {
        const id = await currentTab();
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
