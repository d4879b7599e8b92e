import type { JournalDb } from './index';
import type { LaterItem } from '../model';

/** Stores a new Later item. */
export async function addLater(db: JournalDb, item: LaterItem): Promise<void> {
  await db.add('later', item);
}

/** One Later item by id. */
export function getLater(db: JournalDb, id: string): Promise<LaterItem | undefined> {
  return db.get('later', id);
}

/** Pending items, soonest first. */
export async function pendingLater(db: JournalDb): Promise<LaterItem[]> {
  const all = await db.getAllFromIndex('later', 'status', 'pending');
  return all.sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity));
}

/** Marks an item as reminded. */
export async function markReminded(db: JournalDb, id: string): Promise<void> {
  const tx = db.transaction('later', 'readwrite');
  const item = await tx.store.get(id);
  if (item) await tx.store.put({ ...item, reminded: true });
  await tx.done;
}

/** Marks an item done; returns false when there was no such item. */
export async function markDone(db: JournalDb, id: string): Promise<boolean> {
  const tx = db.transaction('later', 'readwrite');
  const item = await tx.store.get(id);
  if (item) await tx.store.put({ ...item, status: 'done' });
  await tx.done;
  return item !== undefined;
}

/** Moves an item's reminder (null: no reminder); returns the updated item, or undefined when gone. */
export async function rescheduleLater(db: JournalDb, id: string, dueAt: number | null): Promise<LaterItem | undefined> {
  const tx = db.transaction('later', 'readwrite');
  const item = await tx.store.get(id);
  const next = item ? { ...item, dueAt, reminded: false, status: 'pending' as const } : undefined;
  if (next) await tx.store.put(next);
  await tx.done;
  return next;
}
