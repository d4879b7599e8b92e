import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/theme.css';
import '../../assets/page-hide.css';
import './style.css';
import { sendToBackground } from '../../lib/protocol/to-background';
import { onPageBroadcast } from '../../lib/protocol/to-pages';
import { getSettings, settingsItem } from '../../lib/settings';
import { followAppearance, followLanguage } from '../../lib/ui/shared/appearance';
import { hideEverything, leavePage, tabExit } from '../../lib/ui/shared/leave-page';
import { followPageTitle } from '../../lib/ui/shared/page-title';
import { WelcomeApp } from '../../lib/ui/welcome/WelcomeApp';

followAppearance();
// The title follows discreet mode ("Notes" when it is on), so nothing telling reaches the history.
const showTitle = followPageTitle('welcome');
// Quick hide (the shortcut, or Hide on any page of Unhurried): this tab closes at once.
onPageBroadcast(browser.runtime, ['pages.hide'], () => void leavePage(tabExit(browser)));

// Wiring only.
followLanguage(() => {
  showTitle();
  render(
    <WelcomeApp
      load={getSettings}
      save={(s) => settingsItem.setValue(s)}
      links={{ practice: 'practice.html', safety: 'options.html#privacy', support: 'options.html#support' }}
      hide={() => void hideEverything(tabExit(browser), () => sendToBackground('quick.hide', null))}
    />,
    document.getElementById('app')!,
  );
});
