import { useEffect, useState } from 'preact/hooks';
import { t, tAround } from '../../../i18n';
import type { BackgroundCaller } from '../../../protocol/to-background';
import { Switch } from '../Switch';
import { LockSection } from './LockSection';
import type { SettingsProps } from './props';

interface Props extends SettingsProps {
  api: BackgroundCaller;
  /** The quick-hide keyboard shortcut as the browser has it now ("" when none is set). */
  hideShortcut: () => Promise<string>;
}

/** Options → Privacy and safety: discreet mode, the passphrase lock, how to hide everything at once. */
export function PrivacySection({ s, update, api, hideShortcut }: Props) {
  const [shortcut, setShortcut] = useState('');
  useEffect(() => void hideShortcut().then(setShortcut, () => undefined), []);

  return (
    <>
      <div class="row">
        <Switch checked={s.privacy.discreet} onToggle={() => update({ ...s, privacy: { ...s.privacy, discreet: !s.privacy.discreet } })}>
          {t('opt.discreet')}
        </Switch>
      </div>
      <p class="hint">{t('opt.discreetHint', { name: t('name.discreet') })}</p>
      <h3>{t('opt.lockHeading')}</h3>
      <LockSection s={s} update={update} api={api} />
      <h3>{t('opt.hideHeading')}</h3>
      <p>
        {t('opt.hideText')}
        {shortcut ? (
          <>
            {' '}
            {tAround('opt.hideShortcut', 'keys')[0]}
            <kbd>{shortcut}</kbd>
            {tAround('opt.hideShortcut', 'keys')[1]}
          </>
        ) : null}
      </p>
      <p class="hint">
        {shortcut ? t('opt.hideChange') : t('opt.hideNone')} {t('opt.hideKept')}
      </p>
    </>
  );
}
