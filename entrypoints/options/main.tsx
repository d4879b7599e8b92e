import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/theme.css';
import './style.css';
import { sendToBackground } from '../../lib/messaging';
import { getSettings, settingsItem, withDefaults } from '../../lib/settings';
import { OptionsApp } from '../../lib/ui/options/OptionsApp';

// Wiring only.
render(
  <OptionsApp
    load={getSettings}
    save={(s) => settingsItem.setValue(s)}
    watch={(fn) => settingsItem.watch((v) => fn(withDefaults(v)))}
    requestHost={(origin) => browser.permissions.request({ origins: [`${origin}/*`] })}
    api={sendToBackground}
  />,
  document.getElementById('app')!,
);
