import { errorWords } from '../../protocol/to-background';
import { t } from '../../i18n';
import { useState } from 'preact/hooks';

interface Props {
  unlock: (passphrase: string) => Promise<void>;
  /** Where to read more (the options page's privacy section), if anywhere. */
  idPrefix?: string;
  /** Other words for "locked" and the forgotten-passphrase text (the popup's neutral ones in discreet mode). */
  words?: { locked: string; forgot: string };
}

/** Locked: only this is shown. One field, one button, and the plain truth about a forgotten passphrase. */
export function UnlockForm({ unlock, idPrefix = 'unlock', words }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="unlock"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setError('');
        unlock(passphrase).then(
          () => setPassphrase(''),
          (err: unknown) => {
            setError(errorWords(err, t('common.didNotWork')));
            setBusy(false);
          },
        );
      }}
    >
      <p>{words?.locked ?? t('unlock.locked')}</p>
      <label for={`${idPrefix}-passphrase`}>{t('unlock.passphrase')}</label>
      <input autocomplete="off"
        id={`${idPrefix}-passphrase`}
        type="password"
        autoComplete="current-password"
        value={passphrase}
        autoFocus
        onInput={(e) => setPassphrase(e.currentTarget.value)}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy || !passphrase}>
        {busy ? t('unlock.unlocking') : t('unlock.unlock')}
      </button>
      <details class="forgot">
        <summary>{t('unlock.forgot')}</summary>
        <p>{words?.forgot ?? t('unlock.forgotText')}</p>
      </details>
    </form>
  );
}
