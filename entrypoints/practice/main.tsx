import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/theme.css';
import '../../assets/page-hide.css';
import './style.css';
import { sendToBackground } from '../../lib/protocol/to-background';
import { onPageBroadcast } from '../../lib/protocol/to-pages';
import { getSettings, settingsItem, withDefaults } from '../../lib/settings';
import { followAppearance, followLanguage } from '../../lib/ui/shared/appearance';
import { hideEverything, leavePage, tabExit } from '../../lib/ui/shared/leave-page';
import { followPageTitle } from '../../lib/ui/shared/page-title';
import { PracticeApp } from '../../lib/ui/practice/PracticeApp';

followAppearance();
const showTitle = followPageTitle('practice');
// Quick hide (the shortcut, or Hide on any page of Unhurried): this tab closes at once.
onPageBroadcast(browser.runtime, ['pages.hide'], () => void leavePage(tabExit(browser)));

// Wiring only.
followLanguage(() => {
  showTitle();
  render(
    <PracticeApp
      pauseUrl={browser.runtime.getURL('/pause.html')}
      settings={getSettings}
      watchSettings={(fn) => settingsItem.watch((v) => fn(withDefaults(v)))}
      hide={() => void hideEverything(tabExit(browser), () => sendToBackground('quick.hide', null))}
    />,
    document.getElementById('app')!,
  );
});
