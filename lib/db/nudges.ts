import type { JournalDb } from './index';
import type { CustomNudge } from './schema';

/** Every edit and own nudge. */
export function listNudges(db: JournalDb): Promise<CustomNudge[]> {
  return db.getAll('nudges');
}

/** Adds or replaces one. */
export async function putNudge(db: JournalDb, n: CustomNudge): Promise<void> {
  await db.put('nudges', n);
}

/** One by id. */
export function getNudge(db: JournalDb, id: string): Promise<CustomNudge | undefined> {
  return db.get('nudges', id);
}

/** Deletes one (an own nudge, or an edit: the built-in text comes back). */
export async function deleteNudge(db: JournalDb, id: string): Promise<void> {
  await db.delete('nudges', id);
}
