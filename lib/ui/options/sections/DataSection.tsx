import { useEffect, useState } from 'preact/hooks';
import { exportFileName, toJson } from '../../../export';
import { NEEDS_PASSPHRASE } from '../../../journal/validate';
import { errorCode, errorWords, type BackgroundApi, type BackgroundCaller } from '../../../protocol/to-background';
import { intlLocale, t, tn } from '../../../i18n';
import type { Settings } from '../../../settings-model';
import { Notice, type NoticeMessage } from '../Notice';

/** The word the person types before "Erase everything" works, in their language ("erase", "borrar", "löschen"). */
export const eraseWord = (): string => t('data.eraseWord');

interface Props {
  s: Settings;
  api: BackgroundCaller;
  saveFile: (name: string, type: string, text: string) => void;
  storageUsed: () => Promise<number | null>;
  now?: () => number;
}

type Plan = BackgroundApi['journal.import']['out'];

/** Whether the person typed the confirmation word (any case, accents optional: "loschen" counts for "löschen"). */
export function isEraseWord(typed: string): boolean {
  const fold = (s: string) => s.trim().normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  return fold(typed) !== '' && fold(typed) === fold(eraseWord());
}

/** Bytes in plain words: "about 2.4 MB". */
export function plainSize(bytes: number): string {
  if (bytes < 1024) return t('data.size.tiny');
  if (bytes < 1024 * 1024) return t('data.size.kb', { n: Math.round(bytes / 1024).toLocaleString(intlLocale()) });
  return t('data.size.mb', { n: (bytes / 1024 / 1024).toLocaleString(intlLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
}

/** What an import would do, in words. */
export function describePlan(p: Plan): string {
  const parts: string[] = [];
  if (p.reflections.add) parts.push(tn('data.plan.reflections', p.reflections.add));
  if (p.later.add) parts.push(tn('data.plan.later', p.later.add));
  if (p.nudges.add) parts.push(tn('data.plan.nudges', p.nudges.add));
  const already = p.reflections.already + p.later.already + p.nudges.already;
  const list = new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(parts);
  const sentences = [parts.length ? t('data.plan.adds', { list }) : t('data.plan.nothing')];
  if (already) sentences.push(tn('data.plan.already', already));
  if (p.settings) sentences.push(t('data.plan.settings'));
  return sentences.join(' ');
}

/** Options → Data: export everything, import (checked, then confirmed), erase everything, storage used. */
export function DataSection({ s, api, saveFile, storageUsed, now = Date.now }: Props) {
  const [used, setUsed] = useState<number | null>(null);
  const [pending, setPending] = useState<{ text: string; plan: Plan; name: string; passphrase?: string } | null>(null);
  const [locked, setLocked] = useState<{ text: string; name: string } | null>(null);
  const [filePass, setFilePass] = useState('');
  const [lockOn, setLockOn] = useState(false);
  const [exportPass, setExportPass] = useState('');
  const [msg, setMsg] = useState<NoticeMessage>(null);
  const [word, setWord] = useState('');
  const [busy, setBusy] = useState(false);

  const measure = () => void storageUsed().then(setUsed).catch(() => setUsed(null));
  useEffect(measure, []);
  useEffect(() => {
    api('lock.status', null).then((st) => setLockOn(st.enabled), () => undefined);
  }, []);

  async function exportAll() {
    try {
      if (lockOn) {
        // With the lock on, the file is encrypted with the passphrase; importing it asks for it.
        const { text } = await api('journal.export.encrypted', { passphrase: exportPass, settings: s });
        setExportPass('');
        saveFile(exportFileName('json', now()), 'application/json', text);
        setMsg({ kind: 'ok', text: t('data.exportedEncrypted') });
        return;
      }
      const journal = await api('journal.export', null);
      saveFile(exportFileName('json', now()), 'application/json', toJson({ ...journal, settings: s }, now()));
      setMsg({ kind: 'ok', text: t('data.exported') });
    } catch (err) {
      const code = errorCode(err);
      const reason = err instanceof Error && (code === 'wrong-passphrase' || code === 'locked') ? `${err.message} ` : '';
      setMsg({ kind: 'error', text: `${reason}${t('data.exportFailed')}` });
    }
  }

  async function check(text: string, name: string, passphrase?: string) {
    try {
      const plan = await api('journal.import', { text, commit: false, ...(passphrase ? { passphrase } : {}) });
      setLocked(null);
      setPending({ text, plan, name, ...(passphrase ? { passphrase } : {}) });
    } catch (err) {
      if (errorCode(err) === NEEDS_PASSPHRASE && err instanceof Error) {
        setLocked({ text, name });
        setMsg({ kind: 'ok', text: err.message });
        return;
      }
      setMsg({ kind: 'error', text: `${errorWords(err, t('data.unreadable'))} ${t('common.nothingChanged')}` });
    }
  }

  async function choose(file: File | undefined) {
    setMsg(null);
    setPending(null);
    setLocked(null);
    if (!file) return;
    await check(await file.text(), file.name);
  }

  async function confirmImport() {
    if (!pending) return;
    setBusy(true);
    try {
      await api('journal.import', { text: pending.text, commit: true, ...(pending.passphrase ? { passphrase: pending.passphrase } : {}) });
      setPending(null);
      setMsg({ kind: 'ok', text: t('data.imported') });
      measure();
    } catch (err) {
      setMsg({ kind: 'error', text: `${errorWords(err, t('data.importFailed'))} ${t('common.nothingChanged')}` });
    } finally {
      setBusy(false);
    }
  }

  async function erase(e: Event) {
    e.preventDefault();
    if (!isEraseWord(word)) return;
    setBusy(true);
    try {
      await api('journal.erase', { confirm: 'erase' });
      setWord('');
      setMsg({ kind: 'ok', text: t('data.erased') });
      measure();
    } catch {
      setMsg({ kind: 'error', text: t('data.eraseFailed') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p>{used === null ? t('data.local') : t('data.used', { size: plainSize(used) })}</p>
      <h3>{t('data.export')}</h3>
      <p class="hint">{t('data.exportHint')}</p>
      {lockOn ? (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            void exportAll();
          }}
        >
          <label for="export-pass">{t('data.exportPass')}</label>
          <input id="export-pass" type="password" autoComplete="current-password" value={exportPass} onInput={(e) => setExportPass(e.currentTarget.value)} />
          <button type="submit" disabled={!exportPass}>
            {t('data.exportAll')}
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => void exportAll()}>
          {t('data.exportAll')}
        </button>
      )}

      <h3>{t('data.import')}</h3>
      <label for="import-file">{t('data.chooseFile')}</label>
      <input id="import-file" type="file" accept="application/json,.json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      {locked && (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            const p = filePass;
            setFilePass('');
            void check(locked.text, locked.name, p);
          }}
        >
          <label for="file-pass">{t('data.filePass', { file: locked.name })}</label>
          <input id="file-pass" type="password" autoComplete="off" value={filePass} onInput={(e) => setFilePass(e.currentTarget.value)} />
          <button type="submit" disabled={!filePass}>
            {t('data.openFile')}
          </button>
        </form>
      )}
      {pending && (
        <div class="confirm-box" role="group" aria-labelledby="import-plan">
          <p id="import-plan">
            {t('data.plan.file', { file: pending.name, plan: describePlan(pending.plan) })}
          </p>
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void confirmImport()}>
              {t('data.import')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}

      <h3>{t('data.erase')}</h3>
      <form onSubmit={(e) => void erase(e)}>
        <p class="hint">{t('data.eraseHint')}</p>
        <label for="erase-word">{t('data.eraseLabel', { word: eraseWord() })}</label>
        <div class="row">
          <input id="erase-word" type="text" autoComplete="off" value={word} onInput={(e) => setWord(e.currentTarget.value)} />
          <button type="submit" class="danger" disabled={busy || !isEraseWord(word)}>
            {t('data.erase')}
          </button>
        </div>
      </form>
      <Notice msg={msg} />
    </>
  );
}
