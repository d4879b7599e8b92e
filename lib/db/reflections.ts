import type { JournalDb } from './index';
import type { StoredReflection } from './schema';

/** Stores a new reflection (plain, or sealed by lib/db/lock.ts). */
export async function addReflection(db: JournalDb, r: StoredReflection): Promise<void> {
  await db.add('reflections', r);
}

/** Reflections newest first, `limit` at a time, starting before `before` (createdAt, exclusive). */
export async function listReflections(db: JournalDb, opts: { limit: number; before?: number }): Promise<StoredReflection[]> {
  const range = opts.before === undefined ? undefined : IDBKeyRange.upperBound(opts.before, true);
  const out: StoredReflection[] = [];
  let cursor = await db.transaction('reflections').store.index('createdAt').openCursor(range, 'prev');
  while (cursor && out.length < opts.limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

/** One reflection as stored. */
export function getReflection(db: JournalDb, id: string): Promise<StoredReflection | undefined> {
  return db.get('reflections', id);
}

/** Replaces a reflection (an edit, or "Undo" putting one back exactly as it was). */
export async function putReflection(db: JournalDb, r: StoredReflection): Promise<void> {
  await db.put('reflections', r);
}

/** Deletes a reflection and returns it as it was stored (for "Undo"), or undefined when it was already gone. */
export async function deleteReflection(db: JournalDb, id: string): Promise<StoredReflection | undefined> {
  const tx = db.transaction('reflections', 'readwrite');
  const current = await tx.store.get(id);
  if (current) await tx.store.delete(id);
  await tx.done;
  return current;
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

/** The reflections as the read model (lib/journal/reflection-cache) reads them. */
export function reflectionSource(db: () => Promise<JournalDb>): {
  all(): Promise<StoredReflection[]>;
  newest(limit: number): Promise<{ stored: StoredReflection[]; count: number }>;
  sites(): Promise<string[]>;
} {
  return {
    all: async () => (await db()).getAll('reflections'),
    newest: async (limit) => {
      const d = await db();
      const [stored, count] = await Promise.all([listReflections(d, { limit }), d.count('reflections')]);
      return { stored, count };
    },
    sites: async () => distinctSites(await db()),
  };
}
