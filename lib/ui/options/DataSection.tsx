import { useEffect, useState } from 'preact/hooks';
import { exportFileName, toJson } from '../../export';
import { NEEDS_PASSPHRASE } from '../../journal/validate';
import type { BackgroundApi } from '../../messaging';
import type { Settings } from '../../settings-model';
import type { Api } from '../popup/types';

/** The word the person types before "Erase everything" works. */
export const ERASE_WORD = 'erase';

interface Props {
  s: Settings;
  api: Api;
  saveFile: (name: string, type: string, text: string) => void;
  storageUsed: () => Promise<number | null>;
  now?: () => number;
}

type Plan = BackgroundApi['journal.import']['out'];

/** Bytes in plain words: "about 2.4 MB". */
export function plainSize(bytes: number): string {
  if (bytes < 1024) return 'less than 1 KB';
  if (bytes < 1024 * 1024) return `about ${Math.round(bytes / 1024)} KB`;
  return `about ${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What an import would do, in words. */
export function describePlan(p: Plan): string {
  const parts: string[] = [];
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  if (p.reflections.add) parts.push(n(p.reflections.add, 'reflection', 'reflections'));
  if (p.later.add) parts.push(n(p.later.add, 'Later item', 'Later items'));
  if (p.nudges.add) parts.push(n(p.nudges.add, 'nudge of your own', 'nudges of your own'));
  const already = p.reflections.already + p.later.already + p.nudges.already;
  const adds = parts.length ? `This adds ${parts.join(', ')}.` : 'There is nothing new in this file to add.';
  const same = already ? ` ${n(already, 'entry is', 'entries are')} already here and stay as they are.` : '';
  const settings = p.settings ? ' Your settings will be replaced by the ones in the file.' : '';
  return adds + same + settings;
}

/** Options → Data: export everything, import (checked, then confirmed), erase everything, storage used. */
export function DataSection({ s, api, saveFile, storageUsed, now = Date.now }: Props) {
  const [used, setUsed] = useState<number | null>(null);
  const [pending, setPending] = useState<{ text: string; plan: Plan; name: string; passphrase?: string } | null>(null);
  const [locked, setLocked] = useState<{ text: string; name: string } | null>(null);
  const [filePass, setFilePass] = useState('');
  const [lockOn, setLockOn] = useState(false);
  const [exportPass, setExportPass] = useState('');
  const [msg, setMsg] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
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
        setMsg({ kind: 'ok', text: 'Your encrypted file is ready in your downloads. Importing it will ask for this passphrase.' });
        return;
      }
      const journal = await api('journal.export', null);
      saveFile(exportFileName('json', now()), 'application/json', toJson({ ...journal, settings: s }, now()));
      setMsg({ kind: 'ok', text: 'Your file is ready in your downloads. It holds your words: keep it somewhere private.' });
    } catch (err) {
      const reason = err instanceof Error && /passphrase|locked/i.test(err.message) ? `${err.message} ` : '';
      setMsg({ kind: 'error', text: `${reason}The export could not be made just now. Nothing was changed; you can try again.` });
    }
  }

  async function check(text: string, name: string, passphrase?: string) {
    try {
      const plan = await api('journal.import', { text, commit: false, ...(passphrase ? { passphrase } : {}) });
      setLocked(null);
      setPending({ text, plan, name, ...(passphrase ? { passphrase } : {}) });
    } catch (err) {
      if (err instanceof Error && err.message === NEEDS_PASSPHRASE) {
        setLocked({ text, name });
        setMsg({ kind: 'ok', text: NEEDS_PASSPHRASE });
        return;
      }
      setMsg({ kind: 'error', text: `${err instanceof Error ? err.message : 'This file could not be read.'} Nothing was changed.` });
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
      setMsg({ kind: 'ok', text: 'Imported. Everything from the file is now here.' });
      measure();
    } catch (err) {
      setMsg({ kind: 'error', text: `${err instanceof Error ? err.message : 'The import did not go through.'} Nothing was changed.` });
    } finally {
      setBusy(false);
    }
  }

  async function erase(e: Event) {
    e.preventDefault();
    if (word.trim().toLowerCase() !== ERASE_WORD) return;
    setBusy(true);
    try {
      await api('journal.erase', { confirm: 'erase' });
      setWord('');
      setMsg({ kind: 'ok', text: 'Everything is erased. Unhurried is as it was when first installed.' });
      measure();
    } catch {
      setMsg({ kind: 'error', text: 'Erasing did not finish just now. Nothing was lost; you can try again.' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p>{used === null ? 'Everything is kept on this device.' : `Unhurried uses ${plainSize(used)} on this device.`}</p>
      <h3>Export</h3>
      <p class="hint">One file with everything: settings, reflections, Later items and your own nudges. It can be imported again.</p>
      {lockOn ? (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            void exportAll();
          }}
        >
          <label for="export-pass">Your passphrase (the file is encrypted with it)</label>
          <input id="export-pass" type="password" autoComplete="current-password" value={exportPass} onInput={(e) => setExportPass(e.currentTarget.value)} />
          <button type="submit" disabled={!exportPass}>
            Export everything
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => void exportAll()}>
          Export everything
        </button>
      )}

      <h3>Import</h3>
      <label for="import-file">Choose an export file to import</label>
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
          <label for="file-pass">Passphrase for {locked.name}</label>
          <input id="file-pass" type="password" autoComplete="off" value={filePass} onInput={(e) => setFilePass(e.currentTarget.value)} />
          <button type="submit" disabled={!filePass}>
            Open the file
          </button>
        </form>
      )}
      {pending && (
        <div class="confirm-box" role="group" aria-labelledby="import-plan">
          <p id="import-plan">
            {pending.name}: {describePlan(pending.plan)}
          </p>
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void confirmImport()}>
              Import
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}

      <h3>Erase everything</h3>
      <form onSubmit={(e) => void erase(e)}>
        <p class="hint">
          This removes every reflection, Later item, reminder, your own nudges and your settings from this device. It cannot be
          undone. If you would like a copy, export first.
        </p>
        <label for="erase-word">To erase, type the word “{ERASE_WORD}”</label>
        <div class="row">
          <input id="erase-word" type="text" autoComplete="off" value={word} onInput={(e) => setWord(e.currentTarget.value)} />
          <button type="submit" class="danger" disabled={busy || word.trim().toLowerCase() !== ERASE_WORD}>
            Erase everything
          </button>
        </div>
      </form>
      {msg && (
        <p class={msg.kind === 'error' ? 'error' : 'confirm'} role={msg.kind === 'error' ? 'alert' : 'status'}>
          {msg.text}
        </p>
      )}
    </>
  );
}
