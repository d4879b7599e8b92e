import type { AnyNudgeKind } from '../model';
import type { Nudge } from './catalogue';

/** The recent past the picker avoids repeating (newest last). */
export interface PickHistory {
  ids: string[];
  kinds: AnyNudgeKind[];
}

/** A small seeded random (mulberry32) so picks are reproducible in tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Picks the next nudge: never the same nudge twice in a row, never the same kind
 * three times in a row, only from enabled kinds when any of them has a nudge.
 * Recently shown nudges (the last few) are less likely, so it never becomes wallpaper.
 */
export function pickNudge(
  nudges: readonly Nudge[],
  history: PickHistory,
  disabledKinds: readonly string[],
  random: () => number = Math.random,
): Nudge | undefined {
  if (nudges.length === 0) return undefined;
  const enabled = nudges.filter((x) => !disabledKinds.includes(x.kind));
  let pool = enabled.length > 0 ? enabled : [...nudges];
  const lastId = history.ids.at(-1);
  const [k1, k2] = history.kinds.slice(-2);
  const blockedKind = k1 !== undefined && k1 === k2 ? k1 : undefined;
  const strict = pool.filter((x) => x.id !== lastId && x.kind !== blockedKind);
  if (strict.length > 0) pool = strict;
  else pool = pool.filter((x) => x.id !== lastId).length > 0 ? pool.filter((x) => x.id !== lastId) : pool;
  const recent = new Set(history.ids.slice(-8));
  const fresh = pool.filter((x) => !recent.has(x.id));
  const from = fresh.length > 0 ? fresh : pool;
  return from[Math.floor(random() * from.length)] ?? from[0];
}

/** Adds a pick to the history, keeping only the recent past. */
export function remember(history: PickHistory, nudge: Nudge, keep = 12): PickHistory {
  return { ids: [...history.ids, nudge.id].slice(-keep), kinds: [...history.kinds, nudge.kind].slice(-keep) };
}
