import { getLocale } from '../i18n';
import type { StoredReflection } from '../db/schema';
import type { Reflection } from '../model';
import { isFiltered, matches, searchableText, searchWords, type PageCursor, type ReflectionQuery } from './search';

/** Where the read model reads stored reflections from (the background passes the database's; tests a fake). */
export interface ReflectionSource {
  /** Every stored reflection, in any order. */
  all(): Promise<StoredReflection[]>;
  /** The newest `limit` stored reflections, and how many there are in all. */
  newest(limit: number): Promise<{ stored: StoredReflection[]; count: number }>;
  /** The sites that have reflections, sorted. */
  sites(): Promise<string[]>;
}

const newestFirst = (a: Reflection, b: Reflection) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * The background's read model of the reflections, for the popup's list and
 * search: loaded from the store (IndexedDB, through a ReflectionSource) with one getAll on first use, kept newest
 * first, and changed in place by every write the background makes (it is the
 * only writer). It is a cache only: when the worker stops it is simply
 * rebuilt, so nothing depends on it surviving. Searching 10,000 reflections
 * here takes a few milliseconds; the folded search text of each one is
 * computed once.
 */
export class ReflectionCache {
  private all: Reflection[] | null = null;
  private loading: Promise<Reflection[]> | null = null;
  private writesDuringLoad = 0;
  private text = new Map<string, string>();
  /** Entries that could not be opened (damaged), counted so the popup can say so. */
  private unreadable = 0;

  constructor(
    private readonly source: ReflectionSource,
    /** Opens stored reflections (decrypts them when the lock is on); throws when locked. */
    private readonly open: (list: StoredReflection[]) => Promise<{ items: Reflection[]; unreadable: number }> = async (list) => ({
      items: list as Reflection[],
      unreadable: 0,
    }),
  ) {}

  private async load(): Promise<Reflection[]> {
    if (this.all) return this.all;
    this.loading ??= (async () => {
      for (;;) {
        const before = this.writesDuringLoad;
        const stored = await this.source.all();
        const { items: rows, unreadable } = await this.open(stored);
        // A write that landed while reading might be missing: read again.
        if (before !== this.writesDuringLoad) continue;
        rows.sort(newestFirst);
        this.all = rows;
        this.unreadable = unreadable;
        return rows;
      }
    })().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** Forgets everything (after an import or erase); the next read loads afresh. */
  reset(): void {
    this.all = null;
    this.text.clear();
    this.writesDuringLoad++;
  }

  /** A reflection was added or replaced. */
  put(r: Reflection): void {
    this.writesDuringLoad++;
    this.text.delete(r.id);
    if (!this.all) return;
    const i = this.all.findIndex((x) => x.id === r.id);
    if (i >= 0) this.all.splice(i, 1);
    let at = this.all.findIndex((x) => newestFirst(r, x) < 0);
    if (at < 0) at = this.all.length;
    this.all.splice(at, 0, r);
  }

  /** A reflection was deleted. */
  remove(id: string): void {
    this.writesDuringLoad++;
    this.text.delete(id);
    if (!this.all) return;
    const i = this.all.findIndex((x) => x.id === id);
    if (i >= 0) this.all.splice(i, 1);
  }

  private textLocale = getLocale();

  private haystack(r: Reflection): string {
    // Feeling words and nudge text are searched in the person's language: a change of language starts afresh.
    if (this.textLocale !== getLocale()) {
      this.text.clear();
      this.textLocale = getLocale();
    }
    let t = this.text.get(r.id);
    if (t === undefined) {
      t = searchableText(r);
      this.text.set(r.id, t);
    }
    return t;
  }

  /** One page of matching reflections, newest first, after `cursor`; and how many match in all. */
  async query(
    q: ReflectionQuery,
    limit: number,
    cursor?: PageCursor,
  ): Promise<{ items: Reflection[]; total: number; unreadable: number }> {
    if (!this.all && !cursor && !isFiltered(q)) {
      // The popup's very first page: read it straight from the createdAt index, so the
      // popup shows quickly even with a cold cache, and warm the cache for what follows.
      const { stored, count } = await this.source.newest(limit);
      const { items, unreadable } = await this.open(stored);
      void this.load().catch(() => undefined);
      return { items, total: count - unreadable, unreadable };
    }
    const all = await this.load();
    const words = searchWords(q.text);
    const items: Reflection[] = [];
    let total = 0;
    for (const r of all) {
      if (!matches(r, q, words, () => this.haystack(r))) continue;
      total++;
      if (items.length < limit && (!cursor || r.createdAt < cursor.createdAt || (r.createdAt === cursor.createdAt && r.id < cursor.id))) {
        items.push(r);
      }
    }
    return { items, total, unreadable: this.unreadable };
  }

  /** Reflections since a time (for insights), oldest first. */
  async since(from: number): Promise<Reflection[]> {
    const all = await this.load();
    const out: Reflection[] = [];
    for (const r of all) {
      if (r.createdAt < from) break;
      out.push(r);
    }
    return out.reverse();
  }

  /** Which sites have reflections (for the site filter). */
  async sites(): Promise<string[]> {
    if (this.all) return [...new Set(this.all.map((r) => r.site))].sort();
    return this.source.sites();
  }
}
