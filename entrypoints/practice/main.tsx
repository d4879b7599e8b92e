import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/theme.css';
import './style.css';
import { getSettings, settingsItem, withDefaults } from '../../lib/settings';
import { followAppearance } from '../../lib/ui/appearance';
import { PracticeApp } from '../../lib/ui/practice/PracticeApp';

followAppearance();

// Wiring only.
render(
  <PracticeApp
    pauseUrl={browser.runtime.getURL('/pause.html')}
    settings={getSettings}
    watchSettings={(fn) => settingsItem.watch((v) => fn(withDefaults(v)))}
  />,
  document.getElementById('app')!,
);
