import type { JournalDb } from './index';
import type { Reflection } from './schema';

/** Stores a new reflection. */
export async function addReflection(db: JournalDb, r: Reflection): Promise<void> {
  await db.add('reflections', r);
}

/** Reflections newest first, `limit` at a time, starting before `before` (createdAt, exclusive). */
export async function listReflections(
  db: JournalDb,
  opts: { limit: number; before?: number },
): Promise<Reflection[]> {
  const range = opts.before === undefined ? undefined : IDBKeyRange.upperBound(opts.before, true);
  const out: Reflection[] = [];
  let cursor = await db.transaction('reflections').store.index('createdAt').openCursor(range, 'prev');
  while (cursor && out.length < opts.limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

/** Changes a reflection's note and feelings; returns the updated one, or undefined when it is gone. */
export async function updateReflection(
  db: JournalDb,
  id: string,
  change: { note: string; feelings: string[]; updatedAt: number },
): Promise<Reflection | undefined> {
  const tx = db.transaction('reflections', 'readwrite');
  const current = await tx.store.get(id);
  const next = current ? { ...current, ...change } : undefined;
  if (next) await tx.store.put(next);
  await tx.done;
  return next;
}

/** Deletes a reflection and returns it (for "Undo"), or undefined when it was already gone. */
export async function deleteReflection(db: JournalDb, id: string): Promise<Reflection | undefined> {
  const tx = db.transaction('reflections', 'readwrite');
  const current = await tx.store.get(id);
  if (current) await tx.store.delete(id);
  await tx.done;
  return current;
}

/** Puts a reflection back exactly as it was (same id, same times). */
export async function restoreReflection(db: JournalDb, r: Reflection): Promise<void> {
  await db.put('reflections', r);
}

/** The sites that have reflections, read from the site index (one step per site, not per reflection). */
export async function distinctSites(db: JournalDb): Promise<string[]> {
  const out: string[] = [];
  let cursor = await db.transaction('reflections').store.index('site').openKeyCursor(null, 'nextunique');
  while (cursor) {
    out.push(cursor.key);
    cursor = await cursor.continue();
  }
  return out;
}
