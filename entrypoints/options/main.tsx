import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/theme.css';
import '../../assets/breathing.css';
import '../../assets/page-hide.css';
import './style.css';
import { followAppearance, followLanguage } from '../../lib/ui/shared/appearance';
import { QUICK_HIDE_COMMAND } from '../../lib/protocol/commands';
import { sendToBackground } from '../../lib/protocol/to-background';
import { onPageBroadcast } from '../../lib/protocol/to-pages';
import { getSettings, settingsItem, withDefaults } from '../../lib/settings';
import { OptionsApp } from '../../lib/ui/options/OptionsApp';
import { hideEverything, leavePage, tabExit } from '../../lib/ui/shared/leave-page';
import { followPageTitle } from '../../lib/ui/shared/page-title';
import { saveFile } from '../../lib/ui/shared/save-file';

followAppearance();
const showTitle = followPageTitle('options');
// Quick hide (the shortcut, or Hide on any page of Unhurried): this tab closes at once.
onPageBroadcast(browser.runtime, ['pages.hide'], () => void leavePage(tabExit(browser)));

// Wiring only.
followLanguage(() => {
  showTitle();
  render(
    <OptionsApp
      load={getSettings}
      save={(s) => settingsItem.setValue(s)}
      watch={(fn) => settingsItem.watch((v) => fn(withDefaults(v)))}
      requestHost={(origin) => browser.permissions.request({ origins: [`${origin}/*`] })}
      api={sendToBackground}
      pauseUrl={browser.runtime.getURL('/pause.html')}
      practiceUrl={browser.runtime.getURL('/practice.html')}
      saveFile={saveFile}
      storageUsed={async () => (await navigator.storage?.estimate?.())?.usage ?? null}
      hideShortcut={async () => (await browser.commands.getAll()).find((c) => c.name === QUICK_HIDE_COMMAND)?.shortcut ?? ''}
      hide={() => void hideEverything(tabExit(browser), () => sendToBackground('quick.hide', null))}
      landOn={decodeURIComponent(location.hash.slice(1))}
    />,
    document.getElementById('app')!,
  );
});
