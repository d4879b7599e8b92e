import { describe, expect, it } from 'vitest';
import { friendlyDue } from '../../lib/later/friendly';

const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();

describe('friendly due times', () => {
  const now = at(27, 18, 20);
  it('speaks in minutes, today, tomorrow, a weekday, or a date', () => {
    expect(friendlyDue(now + 40 * 60_000, now)).toBe('In 40 minutes');
    expect(friendlyDue(now + 30_000, now)).toBe('In 1 minute');
    expect(friendlyDue(at(27, 21), now)).toMatch(/^Today at (9:00 PM|21:00)$/);
    expect(friendlyDue(at(28, 9), now)).toMatch(/^Tomorrow at 0?9:00/);
    expect(friendlyDue(at(30, 9), now)).toMatch(/^On Monday at/);
    expect(friendlyDue(at(27 + 10, 9), now)).toMatch(/ at /);
  });
  it('never calls a passed time late, and says when there is no reminder', () => {
    expect(friendlyDue(now - 3 * 3_600_000, now)).toBe('Whenever you are ready');
    expect(friendlyDue(null, now)).toBe('No reminder set');
  });
});
