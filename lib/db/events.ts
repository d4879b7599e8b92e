import type { JournalDb } from './index';
import type { PauseEvent } from './schema';

/** Records one pause event (no text). */
export async function addEvent(db: JournalDb, e: PauseEvent): Promise<void> {
  await db.add('events', e);
}

/** Events between two times, oldest first. */
export function eventsBetween(db: JournalDb, from: number, to: number): Promise<PauseEvent[]> {
  return db.getAllFromIndex('events', 'at', IDBKeyRange.bound(from, to));
}
