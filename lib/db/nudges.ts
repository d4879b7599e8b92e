import type { JournalDb } from './index';
import type { StoredNudge } from './schema';

/** Every edit and own nudge, as stored. */
export function listNudges(db: JournalDb): Promise<StoredNudge[]> {
  return db.getAll('nudges');
}

/** Adds or replaces one. */
export async function putNudge(db: JournalDb, n: StoredNudge): Promise<void> {
  await db.put('nudges', n);
}

/** One by id. */
export function getNudge(db: JournalDb, id: string): Promise<StoredNudge | undefined> {
  return db.get('nudges', id);
}

/** Deletes one (an own nudge, or an edit: the built-in text comes back). */
export async function deleteNudge(db: JournalDb, id: string): Promise<void> {
  await db.delete('nudges', id);
}
