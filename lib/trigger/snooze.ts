/** How long to pause less on a site. */
export type SnoozeChoice = 'hour' | 'today' | 'never';

/** Until when pauses rest: a time, or "never" for "not on this site" (until turned back on). */
export function snoozeUntil(choice: SnoozeChoice, now: number): number | 'never' {
  if (choice === 'never') return 'never';
  if (choice === 'hour') return now + 60 * 60_000;
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, 0, 0, 0).getTime();
}
