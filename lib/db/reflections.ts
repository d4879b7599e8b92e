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

/** Counts all reflections. */
export function countReflections(db: JournalDb): Promise<number> {
  return db.count('reflections');
}
