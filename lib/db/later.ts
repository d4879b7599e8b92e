import type { JournalDb } from './index';
import type { LaterItem } from '../model';
import type { StoredLater } from './schema';

/** Stores a new Later item (as the lock wants it stored: lib/db/lock.ts seals a label). */
export async function addLater(db: JournalDb, item: StoredLater): Promise<void> {
  await db.add('later', item);
}

/** One Later item by id, as stored (a label may be sealed). */
export function getLater(db: JournalDb, id: string): Promise<StoredLater | undefined> {
  return db.get('later', id);
}

/** Pending items, soonest first, as stored. */
export async function pendingLater(db: JournalDb): Promise<StoredLater[]> {
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

/** Moves an item's reminder (null: no reminder); returns the updated item as stored, or undefined when gone. */
export async function rescheduleLater(db: JournalDb, id: string, dueAt: number | null): Promise<StoredLater | undefined> {
  const tx = db.transaction('later', 'readwrite');
  const item = await tx.store.get(id);
  const next = item ? { ...item, dueAt, reminded: false, status: 'pending' as const } : undefined;
  if (next) await tx.store.put(next);
  await tx.done;
  return next;
}

/** An item with a new label ('' removes it), its other fields as stored; plain, for the lock to seal before `putLater`. */
export function withLabel(item: StoredLater, label: string): LaterItem {
  const { label: _old, ...rest } = item as LaterItem;
  const { sealed: _sealed, ...open } = rest as LaterItem & { sealed?: unknown };
  return label ? { ...open, label } : open;
}

/** Writes a Later item back (a new label, sealed or plain). */
export async function putLater(db: JournalDb, item: StoredLater): Promise<void> {
  await db.put('later', item);
}
