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

/** What discreet mode cannot reach, said plainly (keys of opt.discreetLimit.*). */
const discreetLimits = [
  'opt.discreetLimit.extensions',
  'opt.discreetLimit.address',
  'opt.discreetLimit.before',
  'opt.discreetLimit.notifications',
  'opt.discreetLimit.card',
] as const;

/** Options → Privacy and safety: discreet mode (and what it cannot change), the passphrase lock, how to hide everything at once. */
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
      <p class="hint limits-intro" id="discreet-limits">
        {t('opt.discreetLimits')}
      </p>
      <ul class="hint limits" aria-labelledby="discreet-limits">
        {discreetLimits.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
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
