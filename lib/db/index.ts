import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
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
];

/**
 * Opens (and upgrades) the journal. Only the background calls this. When a newer
 * version of the extension asks for an upgrade, this connection closes itself so
 * nobody hangs; `onClose` lets the owner open a fresh one on next use.
 */
export async function openJournal(
  opts: { name?: string; version?: number; onClose?: () => void } = {},
): Promise<JournalDb> {
  const version = opts.version ?? DB_VERSION;
  const db: JournalDb = await openDB<JournalSchema>(opts.name ?? DB_NAME, version, {
    upgrade(up, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < version; v++) migrations[v]?.(up, tx);
    },
    blocking() {
      db.close();
      opts.onClose?.();
    },
    terminated() {
      opts.onClose?.();
    },
  });
  return db;
}
