import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueAt } from '../../lib/later/due';

// A zone with daylight-saving changes: 2026-03-29 (clocks forward) and 2026-10-25 (back).
const savedTz = process.env['TZ'];
beforeAll(() => {
  process.env['TZ'] = 'Europe/Berlin';
});
afterAll(() => {
  process.env['TZ'] = savedTz;
});

const local = (y: number, mo: number, d: number, h: number, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const hm = (t: number | null) => {
  const d = new Date(t!);
  return `${d.getMonth() + 1}-${d.getDate()} ${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`;
};

describe('reply-later due times (local time)', () => {
  it('"In 1 hour" is sixty minutes from now, also across a clock change', () => {
    const now = local(2026, 3, 29, 1, 30);
    expect(dueAt('hour', now)! - now).toBe(3_600_000);
  });
  it('"This evening" is 19:00 today, or tomorrow once 19:00 has passed', () => {
    expect(hm(dueAt('evening', local(2026, 11, 27, 14)))).toBe('11-27 19:00');
    expect(hm(dueAt('evening', local(2026, 11, 27, 19)))).toBe('11-28 19:00');
    expect(hm(dueAt('evening', local(2026, 11, 27, 23, 30)))).toBe('11-28 19:00');
  });
  it('"Tomorrow morning" is 9:00 tomorrow; in the small hours, the coming 9:00', () => {
    expect(hm(dueAt('morning', local(2026, 11, 27, 14)))).toBe('11-28 9:00');
    expect(hm(dueAt('morning', local(2026, 11, 27, 2)))).toBe('11-27 9:00');
    expect(hm(dueAt('morning', local(2026, 12, 31, 22)))).toBe('1-1 9:00');
  });
  it('stays at the wall-clock hour across daylight-saving changes', () => {
    expect(hm(dueAt('morning', local(2026, 3, 28, 22)))).toBe('3-29 9:00');
    expect(hm(dueAt('evening', local(2026, 10, 25, 0, 30)))).toBe('10-25 19:00');
    expect(dueAt('morning', local(2026, 10, 24, 22))! - local(2026, 10, 24, 22)).toBe(12 * 3_600_000);
  });
  it('"No reminder" has no time', () => {
    expect(dueAt('none', Date.now())).toBeNull();
  });
});
