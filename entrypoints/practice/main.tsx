import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/theme.css';
import './style.css';
import { getSettings, settingsItem, withDefaults } from '../../lib/settings';
import { followAppearance, followLanguage } from '../../lib/ui/shared/appearance';
import { t } from '../../lib/i18n';
import { PracticeApp } from '../../lib/ui/practice/PracticeApp';

followAppearance();

// Wiring only.
followLanguage(() => {
  document.title = t('practice.title');
  render(
    <PracticeApp
      pauseUrl={browser.runtime.getURL('/pause.html')}
      settings={getSettings}
      watchSettings={(fn) => settingsItem.watch((v) => fn(withDefaults(v)))}
    />,
    document.getElementById('app')!,
  );
});
