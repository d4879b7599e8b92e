import { useState } from 'preact/hooks';

interface Props {
  unlock: (passphrase: string) => Promise<void>;
  /** Where to read more (the options page's privacy section), if anywhere. */
  idPrefix?: string;
}

/** Locked: only this is shown. One field, one button, and the plain truth about a forgotten passphrase. */
export function UnlockForm({ unlock, idPrefix = 'unlock' }: Props) {
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
            setError(err instanceof Error ? err.message : 'That did not work just now.');
            setBusy(false);
          },
        );
      }}
    >
      <p>Your reflections are locked.</p>
      <label for={`${idPrefix}-passphrase`}>Passphrase</label>
      <input
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
        {busy ? 'Unlocking…' : 'Unlock'}
      </button>
      <details class="forgot">
        <summary>Can’t recall your passphrase?</summary>
        <p>
          It cannot be recovered: your reflections are encrypted with it, and it is stored nowhere. The only way out is to
          erase everything (Settings → Your data), which starts Unhurried afresh. The Pause card keeps working meanwhile.
        </p>
      </details>
    </form>
  );
}
