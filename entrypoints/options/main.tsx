import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/theme.css';
import '../../assets/breathing.css';
import './style.css';
import { followAppearance, followLanguage } from '../../lib/ui/shared/appearance';
import { t } from '../../lib/i18n';
import { QUICK_HIDE_COMMAND } from '../../lib/protocol/commands';
import { sendToBackground } from '../../lib/protocol/to-background';
import { getSettings, settingsItem, withDefaults } from '../../lib/settings';
import { OptionsApp } from '../../lib/ui/options/OptionsApp';
import { saveFile } from '../../lib/ui/shared/save-file';

followAppearance();

// Wiring only.
followLanguage(() => {
  document.title = t('opt.title');
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
    />,
    document.getElementById('app')!,
  );
});
