import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../settings-model';
import type { Api } from '../popup/types';
import { UnlockForm } from '../UnlockForm';

interface Props {
  s: Settings;
  update: (next: Settings) => void;
  api: Api;
}

type Msg = { kind: 'error' | 'ok'; text: string } | null;

/** Options → Privacy and safety → the passphrase lock: turn on, lock after, lock now, change, turn off, forgot. */
export function LockSection({ s, update, api }: Props) {
  const [status, setStatus] = useState<{ enabled: boolean; locked: boolean } | null>(null);
  const [msg, setMsg] = useState<Msg>(null);
  const [busy, setBusy] = useState(false);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [c, setC] = useState('');
  const refresh = () => api('lock.status', null).then(setStatus, () => setStatus({ enabled: false, locked: false }));
  useEffect(() => void refresh(), []);

  async function run(action: () => Promise<unknown>, ok: string) {
    setBusy(true);
    setMsg(null);
    try {
      await action();
      setA('');
      setB('');
      setC('');
      setMsg({ kind: 'ok', text: ok });
      await refresh();
    } catch (err) {
      setMsg({ kind: 'error', text: err instanceof Error ? err.message : 'That did not work just now. Nothing changed.' });
    } finally {
      setBusy(false);
    }
  }

  const message = msg && (
    <p class={msg.kind === 'error' ? 'error' : 'confirm'} role={msg.kind === 'error' ? 'alert' : 'status'}>
      {msg.text}
    </p>
  );

  if (!status) return <p class="hint">Opening…</p>;

  if (!status.enabled) {
    return (
      <form
        class="lock-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (a !== b) {
            setMsg({ kind: 'error', text: 'The two passphrases are not the same yet. Nothing changed.' });
            return;
          }
          void run(() => api('lock.enable', { passphrase: a }), 'The lock is on. Your reflections and your own nudges are now encrypted on this device.');
        }}
      >
        <p>
          With a passphrase, your reflections and your own nudges are encrypted on this device, and the toolbar window asks for
          the passphrase before showing them. The Pause card keeps working while locked: what you write then opens only after
          you unlock.
        </p>
        <p class="hint">
          Choose something you will remember: it cannot be recovered. If it is ever lost, the only way out is to erase
          everything.
        </p>
        <label for="lock-new">Passphrase</label>
        <input id="lock-new" type="password" autoComplete="new-password" value={a} onInput={(e) => setA(e.currentTarget.value)} />
        <label for="lock-repeat">The same passphrase again</label>
        <input id="lock-repeat" type="password" autoComplete="new-password" value={b} onInput={(e) => setB(e.currentTarget.value)} />
        <button type="submit" disabled={busy || !a || !b}>
          {busy ? 'Encrypting…' : 'Turn on the lock'}
        </button>
        {message}
      </form>
    );
  }

  if (status.locked) {
    return (
      <>
        <UnlockForm idPrefix="options-unlock" unlock={async (p) => void (await api('lock.unlock', { passphrase: p }), await refresh())} />
        {message}
      </>
    );
  }

  return (
    <div class="lock-form">
      <p>The lock is on. Your reflections and your own nudges are encrypted on this device.</p>
      <label class="row">
        <span>Lock again after</span>
        <select
          value={String(s.privacy.lockAfterMinutes)}
          onChange={(e) => update({ ...s, privacy: { ...s.privacy, lockAfterMinutes: Number(e.currentTarget.value) } })}
        >
          {[5, 15, 30, 60, 240].map((m) => (
            <option key={m} value={m}>
              {m < 60 ? `${m} minutes` : `${m / 60} hour${m > 60 ? 's' : ''}`} without use
            </option>
          ))}
          <option value="0">Only when the browser closes</option>
        </select>
      </label>
      <p class="hint">It also locks whenever the browser closes, and when you choose “Lock now”.</p>
      <button type="button" onClick={() => void run(() => api('lock.lock', null), 'Locked.')}>
        Lock now
      </button>

      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (b !== c) {
            setMsg({ kind: 'error', text: 'The two new passphrases are not the same yet. Nothing changed.' });
            return;
          }
          void run(() => api('lock.change', { passphrase: a, next: b }), 'Your passphrase is changed. Use the new one from now on.');
        }}
      >
        <h4>Change the passphrase</h4>
        <label for="lock-current">Current passphrase</label>
        <input id="lock-current" type="password" autoComplete="current-password" value={a} onInput={(e) => setA(e.currentTarget.value)} />
        <label for="lock-next">New passphrase</label>
        <input id="lock-next" type="password" autoComplete="new-password" value={b} onInput={(e) => setB(e.currentTarget.value)} />
        <label for="lock-next-repeat">The new passphrase again</label>
        <input id="lock-next-repeat" type="password" autoComplete="new-password" value={c} onInput={(e) => setC(e.currentTarget.value)} />
        <div class="actions">
          <button type="submit" disabled={busy || !a || !b || !c}>
            Change passphrase
          </button>
          <button
            type="button"
            class="quiet"
            disabled={busy || !a}
            onClick={() => void run(() => api('lock.disable', { passphrase: a }), 'The lock is off. Everything is stored as before, unencrypted.')}
          >
            Turn off the lock (uses the current passphrase)
          </button>
        </div>
      </form>
      {message}
    </div>
  );
}
