import * as v from 'valibot';
import { decryptFile, encryptFile } from '../../../lib/crypto/vault';
import { eraseJournal, importJournal, readJournal } from '../../../lib/db/journal';
import { pendingLater } from '../../../lib/db/later';
import { t } from '../../../lib/i18n';
import {
  checkImport,
  ENCRYPTED_FORMAT,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  IMPORT_MAX_BYTES,
  NEEDS_PASSPHRASE,
  readEncryptedFile,
  settings as settingsSchema,
} from '../../../lib/journal/validate';
import { CodedError } from '../../../lib/protocol/to-background';
import { withDefaults } from '../../../lib/settings-model';
import type { Services } from '../services';
import type { Handlers, Schemas, SenderRules } from './types';

type Data = 'journal.import' | 'journal.export' | 'journal.export.encrypted' | 'journal.erase';

/** Payload schemas of the journal's import, export and erase. */
export const dataSchemas = {
  'journal.import': v.strictObject({
    text: v.pipe(v.string(), v.maxLength(IMPORT_MAX_BYTES + 1)),
    commit: v.boolean(),
    passphrase: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  }),
  'journal.export': v.null(),
  'journal.export.encrypted': v.strictObject({ passphrase: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)), settings: v.optional(settingsSchema) }),
  'journal.erase': v.strictObject({ confirm: v.literal('erase') }),
} satisfies Schemas<Data>;

/** Extension pages only (the options page). */
export const dataSenders: SenderRules<Data> = {
  'journal.import': ['extension-page'],
  'journal.export': ['extension-page'],
  'journal.export.encrypted': ['extension-page'],
  'journal.erase': ['extension-page'],
};

/** The whole journal at once: import (checked, then committed), export (plain or encrypted), erase. */
export function dataHandlers({ deps, lock, cache }: Services): Handlers<Data> {
  /** Everything an export carries, opened (the lock must be open). */
  const exportJournal = async () => {
    await lock.assertOpen();
    const { reflections, later, nudges } = await readJournal(await deps.db());
    const opened = await lock.openReflections(reflections);
    return { reflections: opened.items, later: await lock.openLater(later), nudges: await lock.openNudges(nudges) };
  };
  return {
    async 'journal.import'({ text: given, commit, passphrase }) {
      let fileText = given;
      const encrypted = readEncryptedFile(given);
      if (encrypted) {
        if (!passphrase) throw new CodedError(t('import.needsPassphrase'), NEEDS_PASSPHRASE);
        fileText = await decryptFile(encrypted, passphrase);
      }
      const checked = checkImport(fileText);
      if (!checked.ok) throw new Error(checked.reason);
      await lock.assertOpen();
      const file = commit && (await lock.status()).enabled
        ? {
            ...checked.file,
            reflections: await Promise.all(checked.file.reflections.map((r) => lock.sealReflection(r))),
            nudges: await Promise.all(checked.file.nudges.map((n) => lock.sealNudge(n))),
            later: await Promise.all(checked.file.later.map((l) => lock.sealLater(l))),
          }
        : checked.file;
      const { plan, addedLater } = await importJournal(await deps.db(), file, commit);
      if (commit) {
        cache.reset();
        const now = deps.now();
        for (const l of addedLater) {
          if (l.status === 'pending' && l.dueAt !== null && l.dueAt > now && !l.reminded) await deps.scheduleReminder(l.id, l.dueAt);
        }
        if (checked.file.settings) await deps.saveSettings(withDefaults(checked.file.settings));
        deps.notifyChanged();
        if (checked.file.nudges.length) deps.notifyChanged('nudges');
      }
      return { ...plan, settings: checked.file.settings !== undefined };
    },
    'journal.export': exportJournal,
    async 'journal.export.encrypted'({ passphrase, settings: chosen }) {
      await lock.assertOpen();
      if ((await lock.status()).enabled) await lock.verify(passphrase);
      const journal = await exportJournal();
      const plain = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(deps.now()).toISOString(), ...journal, settings: chosen });
      const sealed = await encryptFile(plain, passphrase, deps.lockIterations);
      return { text: JSON.stringify({ format: ENCRYPTED_FORMAT, version: 1, ...sealed }) };
    },
    async 'journal.erase'() {
      const pending = await pendingLater(await deps.db());
      await eraseJournal(await deps.db());
      cache.reset();
      await lock.lock();
      lock.forget();
      await Promise.all(pending.map((l) => deps.cancelReminder(l.id)));
      await deps.eraseOutside();
      deps.notifyChanged();
      deps.notifyChanged('nudges');
      return null;
    },
  };
}
