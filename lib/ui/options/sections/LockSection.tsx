import { errorWords, type BackgroundCaller } from '../../../protocol/to-background';
import { t, tn } from '../../../i18n';
import { useEffect, useState } from 'preact/hooks';
import { UnlockForm } from '../../shared/UnlockForm';
import { Notice, type NoticeMessage } from '../Notice';
import type { SettingsProps } from './props';

interface Props extends SettingsProps {
  api: BackgroundCaller;
}

/** Options → Privacy and safety → the passphrase lock: turn on, lock after, lock now, change, turn off, forgot. */
export function LockSection({ s, update, api }: Props) {
  const [status, setStatus] = useState<{ enabled: boolean; locked: boolean } | null>(null);
  const [msg, setMsg] = useState<NoticeMessage>(null);
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
      setMsg({ kind: 'error', text: errorWords(err, t('common.didNotWorkNothingChanged')) });
    } finally {
      setBusy(false);
    }
  }

  const message = <Notice msg={msg} />;

  if (!status) return <p class="hint">{t('common.opening')}</p>;

  if (!status.enabled) {
    return (
      <form
        class="lock-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (a !== b) {
            setMsg({ kind: 'error', text: t('lock.notSame') });
            return;
          }
          void run(() => api('lock.enable', { passphrase: a }), t('lock.turnedOn'));
        }}
      >
        <p>{t('lock.intro')}</p>
        <p class="hint">{t('lock.remember')}</p>
        <label for="lock-new">{t('lock.passphrase')}</label>
        <input id="lock-new" type="password" autoComplete="new-password" value={a} onInput={(e) => setA(e.currentTarget.value)} />
        <label for="lock-repeat">{t('lock.repeat')}</label>
        <input id="lock-repeat" type="password" autoComplete="new-password" value={b} onInput={(e) => setB(e.currentTarget.value)} />
        <button type="submit" disabled={busy || !a || !b}>
          {busy ? t('lock.encrypting') : t('lock.turnOn')}
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
      <p>{t('lock.isOn')}</p>
      <label class="row">
        <span>{t('lock.after')}</span>
        <select
          value={String(s.privacy.lockAfterMinutes)}
          onChange={(e) => update({ ...s, privacy: { ...s.privacy, lockAfterMinutes: Number(e.currentTarget.value) } })}
        >
          {[5, 15, 30, 60, 240].map((m) => (
            <option key={m} value={m}>
              {m < 60 ? tn('lock.afterMinutes', m) : tn('lock.afterHours', m / 60)}
            </option>
          ))}
          <option value="0">{t('lock.onClose')}</option>
        </select>
      </label>
      <p class="hint">{t('lock.alsoHint')}</p>
      <button type="button" onClick={() => void run(() => api('lock.lock', null), t('lock.locked'))}>
        {t('lock.lockNow')}
      </button>

      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (b !== c) {
            setMsg({ kind: 'error', text: t('lock.newNotSame') });
            return;
          }
          void run(() => api('lock.change', { passphrase: a, next: b }), t('lock.changed'));
        }}
      >
        <h4>{t('lock.changeHeading')}</h4>
        <label for="lock-current">{t('lock.current')}</label>
        <input id="lock-current" type="password" autoComplete="current-password" value={a} onInput={(e) => setA(e.currentTarget.value)} />
        <label for="lock-next">{t('lock.new')}</label>
        <input id="lock-next" type="password" autoComplete="new-password" value={b} onInput={(e) => setB(e.currentTarget.value)} />
        <label for="lock-next-repeat">{t('lock.newRepeat')}</label>
        <input id="lock-next-repeat" type="password" autoComplete="new-password" value={c} onInput={(e) => setC(e.currentTarget.value)} />
        <div class="actions">
          <button type="submit" disabled={busy || !a || !b || !c}>
            {t('lock.change')}
          </button>
          <button
            type="button"
            class="quiet"
            disabled={busy || !a}
            onClick={() => void run(() => api('lock.disable', { passphrase: a }), t('lock.turnedOff'))}
          >
            {t('lock.turnOff')}
          </button>
        </div>
      </form>
      {message}
    </div>
  );
}
