import type { JournalDb } from './index';
import type { LaterItem, PauseEvent, Reflection } from './schema';

/** What an import would add, and what it already holds (same id: kept as it is). */
export interface ImportPlan {
  reflections: { add: number; already: number };
  later: { add: number; already: number };
}

/**
 * Adds everything in one transaction: all of it lands, or (on any failure,
 * including a full disk) none of it does. Entries whose id is already stored
 * are left untouched, so importing the same file twice adds nothing.
 * With `commit: false` it only counts, and the transaction is read-only.
 */
export async function importJournal(
  db: JournalDb,
  file: { reflections: Reflection[]; later: LaterItem[] },
  commit: boolean,
): Promise<{ plan: ImportPlan; addedLater: LaterItem[]; addedReflections: Reflection[] }> {
  const read = db.transaction(['reflections', 'later']);
  const [rKeys, lKeys] = await Promise.all([read.objectStore('reflections').getAllKeys(), read.objectStore('later').getAllKeys(), read.done]);
  const haveR = new Set(rKeys);
  const haveL = new Set(lKeys);
  let newR = file.reflections.filter((r) => !haveR.has(r.id));
  let newL = file.later.filter((l) => !haveL.has(l.id));
  if (commit) {
    const tx = db.transaction(['reflections', 'later'], 'readwrite');
    const rs = tx.objectStore('reflections');
    const ls = tx.objectStore('later');
    // Ids are checked again inside the writing transaction (something may have been saved meanwhile).
    const [rNow, lNow] = await Promise.all([rs.getAllKeys(), ls.getAllKeys()]);
    const r2 = new Set(rNow);
    const l2 = new Set(lNow);
    newR = newR.filter((r) => !r2.has(r.id));
    newL = newL.filter((l) => !l2.has(l.id));
    // Queue every write, then wait: one failure aborts the whole transaction.
    await Promise.all([...newR.map((r) => rs.add(r)), ...newL.map((l) => ls.add(l)), tx.done]);
  }
  return {
    plan: {
      reflections: { add: newR.length, already: file.reflections.length - newR.length },
      later: { add: newL.length, already: file.later.length - newL.length },
    },
    addedLater: newL,
    addedReflections: newR,
  };
}

/** Empties every store in one transaction. */
export async function eraseJournal(db: JournalDb): Promise<void> {
  const tx = db.transaction(['reflections', 'later', 'events'], 'readwrite');
  await Promise.all([tx.objectStore('reflections').clear(), tx.objectStore('later').clear(), tx.objectStore('events').clear(), tx.done]);
}

/** Pause events since a time (no text is ever in them), oldest first. */
export function eventsSince(db: JournalDb, from: number): Promise<PauseEvent[]> {
  return db.getAllFromIndex('events', 'at', IDBKeyRange.lowerBound(from));
}
