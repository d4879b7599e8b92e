import type { Choice, Reflection } from '../model';
import { feelingLabel } from '../feelings';
import { nudgeById } from '../nudges/catalogue';

/** What the popup asks for: every field optional; all given ones must match. */
export interface ReflectionQuery {
  /** Words typed in "Search reflections": every word must appear somewhere. */
  text?: string;
  feeling?: string;
  site?: string;
  choice?: Choice;
  /** Local-day bounds as times: from (inclusive) and to (exclusive). */
  from?: number;
  to?: number;
}

/** Where the previous page ended: the last item's time and id (newest-first order). */
export interface PageCursor {
  createdAt: number;
  id: string;
}

/** Lower-cases and strips accents, so "cafe" finds "café" and "CALM" finds "calm". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The words typed into the search box, folded; empty when nothing is typed. */
export function searchWords(text: string | undefined): string[] {
  return text ? fold(text).split(/\s+/).filter(Boolean) : [];
}

/** Everything a search looks through: the note, "what else", feeling words and the nudge's text. */
export function searchableText(r: Reflection): string {
  const nudge = r.nudgeId ? nudgeById(r.nudgeId)?.text ?? '' : '';
  return fold([r.note, r.otherMind ?? '', r.feelings.map(feelingLabel).join(' '), nudge].join('\n'));
}

/** Whether a reflection matches the query, given its searchable text (computed once and cached). */
export function matches(r: Reflection, q: ReflectionQuery, words: string[], haystack: () => string): boolean {
  if (q.site && r.site !== q.site) return false;
  if (q.choice && r.choice !== q.choice) return false;
  if (q.feeling && !r.feelings.includes(q.feeling)) return false;
  if (q.from !== undefined && r.createdAt < q.from) return false;
  if (q.to !== undefined && r.createdAt >= q.to) return false;
  if (words.length === 0) return true;
  const h = haystack();
  return words.every((w) => h.includes(w));
}

/** Whether a query filters anything at all. */
export function isFiltered(q: ReflectionQuery): boolean {
  return Boolean(searchWords(q.text).length || q.feeling || q.site || q.choice || q.from !== undefined || q.to !== undefined);
}

/** Groups items (already newest first) by local day: [day start, items]. */
export function groupByDay<T extends { createdAt: number }>(items: T[]): Array<{ day: number; items: T[] }> {
  const out: Array<{ day: number; items: T[] }> = [];
  for (const it of items) {
    const d = new Date(it.createdAt);
    const day = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
    const last = out.at(-1);
    if (last && last.day === day) last.items.push(it);
    else out.push({ day, items: [it] });
  }
  return out;
}
