/** The reply-later choices. */
export type LaterChoice = 'hour' | 'evening' | 'morning' | 'none';

/** Local hours used for "this evening" and "tomorrow morning". */
export const EVENING_HOUR = 19;
export const MORNING_HOUR = 9;
/** Before this hour, "tomorrow morning" means the coming morning (it is still night). */
export const NIGHT_ENDS_HOUR = 5;

function atLocal(base: Date, dayOffset: number, hour: number): number {
  // Date arithmetic in local fields stays right across daylight-saving changes.
  const d = new Date(base.getFullYear(), base.getMonth(), base.getDate() + dayOffset, hour, 0, 0, 0);
  return d.getTime();
}

/**
 * When a reminder rings, in local time:
 * - "In 1 hour": now + 60 minutes.
 * - "This evening": today 19:00; once 19:00 has passed, tomorrow 19:00.
 * - "Tomorrow morning": tomorrow 09:00; between midnight and 05:00, today 09:00.
 * - "No reminder": null.
 */
export function dueAt(choice: LaterChoice, now: number): number | null {
  const d = new Date(now);
  switch (choice) {
    case 'hour':
      return now + 60 * 60_000;
    case 'evening': {
      const today = atLocal(d, 0, EVENING_HOUR);
      return now < today ? today : atLocal(d, 1, EVENING_HOUR);
    }
    case 'morning':
      return d.getHours() < NIGHT_ENDS_HOUR ? atLocal(d, 0, MORNING_HOUR) : atLocal(d, 1, MORNING_HOUR);
    case 'none':
      return null;
  }
}
