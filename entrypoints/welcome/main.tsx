import { render } from 'preact';
import '../../assets/theme.css';
import './style.css';
import { followAppearance, followLanguage } from '../../lib/ui/shared/appearance';
import { visibleName } from '../../lib/discreet';
import { t } from '../../lib/i18n';
import { getSettings, settingsItem } from '../../lib/settings';
import { WelcomeApp } from '../../lib/ui/welcome/WelcomeApp';

followAppearance();

// Wiring only. The static title is the neutral one (as the popup's), so nothing telling flashes in discreet mode.
followLanguage(() => {
  void getSettings().then((s) => {
    document.title = s.privacy.discreet ? visibleName(true) : t('welcome.title', { name: t('name.product') });
  });
  render(
    <WelcomeApp
      load={getSettings}
      save={(s) => settingsItem.setValue(s)}
      links={{ practice: 'practice.html', safety: 'options.html#privacy', support: 'options.html#support' }}
    />,
    document.getElementById('app')!,
  );
});
