/** How long to pause less on a site (or, from the popup, everywhere). */
export type SnoozeChoice = 'hour' | 'today' | 'never';

/**
 * The hour "today" ends for "For today": 05:00 local time, so resting late in the evening lasts through the night
 * instead of ending at midnight (as "Tomorrow morning" in Reply later counts the small hours as the evening before).
 */
export const DAY_ENDS_AT_HOUR = 5;

/** Until when pauses rest: a time, or "never" for "until turned back on". "today": the next 05:00. */
export function snoozeUntil(choice: SnoozeChoice, now: number): number | 'never' {
  if (choice === 'never') return 'never';
  if (choice === 'hour') return now + 60 * 60_000;
  const d = new Date(now);
  const nextDay = d.getHours() < DAY_ENDS_AT_HOUR ? 0 : 1;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + nextDay, DAY_ENDS_AT_HOUR, 0, 0, 0).getTime();
}

/** Whether pauses rest now under a snooze (a time still ahead, or "never"). */
export function isResting(until: number | 'never' | undefined, now: number): boolean {
  return until === 'never' || (typeof until === 'number' && until > now);
}
