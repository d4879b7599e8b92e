import type { Choice, EventKind } from '../model';

/** What the popup's insights are made of: counts and feeling words, never a note. */
export interface InsightsData {
  events: Array<{ at: number; kind: EventKind }>;
  reflections: Array<{ createdAt: number; choice: Choice; feelings: string[]; intensity?: number; win: boolean }>;
}

/** One week, Monday to Sunday in local time. */
export interface WeekInsight {
  start: number;
  pauses: number;
  later: number;
  checkIns: number;
  /** Average strength of feeling noted that week (1–5), or null when none was noted. */
  intensity: number | null;
  wins: number;
}

/** The gentle picture the Insights tab draws. */
export interface Insights {
  /** Oldest first; the last is this week. */
  weeks: WeekInsight[];
  /** The mix of choices over all the weeks. */
  choices: { ready: number; later: number; notNow: number };
  /** The feelings most present over all the weeks, most first (ties by name). */
  feelings: Array<{ id: string; count: number }>;
  wins: number;
}

/** How many weeks the Insights tab looks back (this week included). */
export const INSIGHT_WEEKS = 8;

/** Monday 00:00 local time of the week holding `t`; local fields keep it right across daylight-saving changes. */
export function weekStart(t: number): number {
  const d = new Date(t);
  const back = (d.getDay() + 6) % 7;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - back).getTime();
}

/** The start of the insights window: Monday of the week `weeks - 1` weeks before this one. */
export function insightsFrom(now: number, weeks = INSIGHT_WEEKS): number {
  const d = new Date(weekStart(now));
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - 7 * (weeks - 1)).getTime();
}

const readyKinds: ReadonlySet<string> = new Set(['ready', 'sent']);
const notNowKinds: ReadonlySet<string> = new Set(['not-now', 'draft-kept']);

/** Counts by week; events and reflections outside the window are ignored. */
export function computeInsights(data: InsightsData, now: number, weeks = INSIGHT_WEEKS): Insights {
  const starts: number[] = [];
  const first = new Date(insightsFrom(now, weeks));
  for (let i = 0; i < weeks; i++) starts.push(new Date(first.getFullYear(), first.getMonth(), first.getDate() + 7 * i).getTime());
  const end = new Date(first.getFullYear(), first.getMonth(), first.getDate() + 7 * weeks).getTime();
  const rows: WeekInsight[] = starts.map((start) => ({ start, pauses: 0, later: 0, checkIns: 0, intensity: null, wins: 0 }));
  const strength = starts.map(() => ({ sum: 0, n: 0 }));
  const weekOf = (t: number): number => {
    if (t < starts[0]! || t >= end) return -1;
    let i = starts.length - 1;
    while (i > 0 && t < starts[i]!) i--;
    return i;
  };
  const choices = { ready: 0, later: 0, notNow: 0 };
  for (const e of data.events) {
    const i = weekOf(e.at);
    if (i < 0) continue;
    if (e.kind === 'shown') rows[i]!.pauses++;
    if (e.kind === 'later') {
      rows[i]!.later++;
      choices.later++;
    }
    if (readyKinds.has(e.kind)) choices.ready++;
    if (notNowKinds.has(e.kind)) choices.notNow++;
  }
  const feelingCounts = new Map<string, number>();
  let wins = 0;
  for (const r of data.reflections) {
    const i = weekOf(r.createdAt);
    if (i < 0) continue;
    rows[i]!.checkIns++;
    if (r.win) {
      rows[i]!.wins++;
      wins++;
    }
    if (r.intensity) {
      strength[i]!.sum += r.intensity;
      strength[i]!.n++;
    }
    for (const f of new Set(r.feelings)) feelingCounts.set(f, (feelingCounts.get(f) ?? 0) + 1);
  }
  rows.forEach((row, i) => {
    const s = strength[i]!;
    row.intensity = s.n ? Math.round((s.sum / s.n) * 10) / 10 : null;
  });
  const feelings = [...feelingCounts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, 5);
  return { weeks: rows, choices, feelings, wins };
}
