import type { JournalDb } from './index';
import type { LaterItem, PauseEvent } from '../model';
import type { StoredNudge, StoredReflection } from './schema';

/** What an import would add, and what it already holds (same id: kept as it is). */
export interface ImportPlan {
  reflections: { add: number; already: number };
  later: { add: number; already: number };
  nudges: { add: number; already: number };
}

/**
 * Adds everything in one transaction: all of it lands, or (on any failure,
 * including a full disk) none of it does. Entries whose id is already stored
 * are left untouched, so importing the same file twice adds nothing.
 * With `commit: false` it only counts, and the transaction is read-only.
 */
export async function importJournal(
  db: JournalDb,
  file: { reflections: StoredReflection[]; later: LaterItem[]; nudges: StoredNudge[] },
  commit: boolean,
): Promise<{ plan: ImportPlan; addedLater: LaterItem[]; addedReflections: StoredReflection[] }> {
  const stores = ['reflections', 'later', 'nudges'] as const;
  const read = db.transaction([...stores]);
  const [rKeys, lKeys, nKeys] = await Promise.all([
    read.objectStore('reflections').getAllKeys(),
    read.objectStore('later').getAllKeys(),
    read.objectStore('nudges').getAllKeys(),
    read.done,
  ]);
  const fresh = <T extends { id: string }>(items: T[], have: string[]) => {
    const s = new Set(have);
    return items.filter((x) => !s.has(x.id));
  };
  let newR = fresh(file.reflections, rKeys);
  let newL = fresh(file.later, lKeys);
  let newN = fresh(file.nudges, nKeys);
  if (commit) {
    const tx = db.transaction([...stores], 'readwrite');
    const rs = tx.objectStore('reflections');
    const ls = tx.objectStore('later');
    const ns = tx.objectStore('nudges');
    // Ids are checked again inside the writing transaction (something may have been saved meanwhile).
    const [r2, l2, n2] = await Promise.all([rs.getAllKeys(), ls.getAllKeys(), ns.getAllKeys()]);
    newR = fresh(newR, r2);
    newL = fresh(newL, l2);
    newN = fresh(newN, n2);
    // Queue every write, then wait: one failure aborts the whole transaction.
    await Promise.all([...newR.map((r) => rs.add(r)), ...newL.map((l) => ls.add(l)), ...newN.map((n) => ns.add(n)), tx.done]);
  }
  return {
    plan: {
      reflections: { add: newR.length, already: file.reflections.length - newR.length },
      later: { add: newL.length, already: file.later.length - newL.length },
      nudges: { add: newN.length, already: file.nudges.length - newN.length },
    },
    addedLater: newL,
    addedReflections: newR,
  };
}

/** Empties every store in one transaction. */
export async function eraseJournal(db: JournalDb): Promise<void> {
  const tx = db.transaction(['reflections', 'later', 'events', 'nudges', 'meta'], 'readwrite');
  await Promise.all([
    tx.objectStore('meta').clear(),
    tx.objectStore('reflections').clear(),
    tx.objectStore('later').clear(),
    tx.objectStore('events').clear(),
    tx.objectStore('nudges').clear(),
    tx.done,
  ]);
}

/** Every reflection, later item and nudge as stored, read in one transaction (one consistent snapshot, for an export). */
export async function readJournal(db: JournalDb): Promise<{ reflections: StoredReflection[]; later: LaterItem[]; nudges: StoredNudge[] }> {
  const tx = db.transaction(['reflections', 'later', 'nudges']);
  const [reflections, later, nudges] = await Promise.all([
    tx.objectStore('reflections').getAll(),
    tx.objectStore('later').getAll(),
    tx.objectStore('nudges').getAll(),
    tx.done,
  ]);
  return { reflections, later, nudges };
}

/** Pause events since a time (no text is ever in them), oldest first. */
export function eventsSince(db: JournalDb, from: number): Promise<PauseEvent[]> {
  return db.getAllFromIndex('events', 'at', IDBKeyRange.lowerBound(from));
}
