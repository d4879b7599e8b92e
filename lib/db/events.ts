import type { JournalDb } from './index';
import type { PauseEvent } from '../model';

/** Records one pause event (no text). */
export async function addEvent(db: JournalDb, e: PauseEvent): Promise<void> {
  await db.add('events', e);
}

