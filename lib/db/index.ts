import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { journalNotOpened } from './faults';
import { DB_NAME, DB_VERSION, type JournalSchema } from './schema';

/** An open journal database. */
export type JournalDb = IDBPDatabase<JournalSchema>;

type UpgradeTx = IDBPTransaction<JournalSchema, StoreNames<JournalSchema>[], 'versionchange'>;

/**
 * Numbered, cumulative schema steps. Step N runs when upgrading from any
 * version below N; never edit a step once released, add the next one.
 */
export const migrations: ReadonlyArray<(db: IDBPDatabase<JournalSchema>, tx: UpgradeTx) => void> = [
  // 1: the three stores.
  (db) => {
    const reflections = db.createObjectStore('reflections', { keyPath: 'id' });
    reflections.createIndex('createdAt', 'createdAt');
    reflections.createIndex('site', 'site');
    reflections.createIndex('choice', 'choice');
    const later = db.createObjectStore('later', { keyPath: 'id' });
    later.createIndex('dueAt', 'dueAt');
    later.createIndex('status', 'status');
    const events = db.createObjectStore('events', { keyPath: 'id' });
    events.createIndex('at', 'at');
  },
  // 2: the person's own nudges and their edits of built-in ones.
  (db) => {
    db.createObjectStore('nudges', { keyPath: 'id' });
  },
  // 3: the meta store (the keyring, when the passphrase lock is on).
  (db) => {
    db.createObjectStore('meta', { keyPath: 'id' });
  },
];

/**
 * Opens (and upgrades) the journal. Only the background calls this. When a newer
 * version of the extension asks for an upgrade, this connection closes itself so
 * nobody hangs; `onClose` lets the owner open a fresh one on next use.
 */
export async function openJournal(
  opts: { name?: string; version?: number; onClose?: () => void; steps?: typeof migrations } = {},
): Promise<JournalDb> {
  const version = opts.version ?? DB_VERSION;
  const steps = opts.steps ?? migrations;
  let db: JournalDb;
  try {
    db = await openDB<JournalSchema>(opts.name ?? DB_NAME, version, {
      upgrade(up, oldVersion, _newVersion, tx) {
        // One versionchange transaction: if any step fails, all of it is rolled back
        // and the journal stays exactly as it was, at its old version.
        tx.done.catch(() => undefined); // The failure is reported once, by openDB below.
        for (let v = oldVersion; v < version; v++) steps[v]?.(up, tx);
      },
      blocking() {
        db.close();
        opts.onClose?.();
      },
      terminated() {
        opts.onClose?.();
      },
    });
  } catch (err) {
    throw new JournalUnavailableError(err);
  }
  return db;
}

/** The journal could not be opened (upgrade failed, storage unavailable): nothing in it was changed. */
export class JournalUnavailableError extends Error {
  constructor(override readonly cause: unknown) {
    super(journalNotOpened());
    this.name = 'JournalUnavailableError';
  }
}
