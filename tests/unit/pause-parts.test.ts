import { describe, expect, it } from 'vitest';
import { snoozeUntil } from '../../lib/trigger/snooze';
import { breathPhases } from '../../lib/ui/shared/breathing';

describe('breathing patterns', () => {
  const shape = (p: Parameters<typeof breathPhases>[0]) => breathPhases(p).map((x) => `${x.label}:${x.seconds}`);
  it('follows each pattern, leaving out empty holds', () => {
    expect(shape('even')).toEqual(['Breathe in:4', 'Breathe out:4']);
    expect(shape('box')).toEqual(['Breathe in:4', 'Hold:4', 'Breathe out:4', 'Hold:4']);
    expect(shape('long-out')).toEqual(['Breathe in:4', 'Breathe out:6']);
    expect(shape('4-7-8')).toEqual(['Breathe in:4', 'Hold:7', 'Breathe out:8']);
  });
  it('lets the circle grow on the in-breath and settle on the out-breath', () => {
    expect(breathPhases('box').map((x) => x.to)).toEqual([1, 1, 0, 0]);
  });
});

describe('pause less here', () => {
  const now = new Date(2026, 10, 27, 15, 30).getTime();
  it('rests for an hour, for today (until the next 05:00, so a late evening rests through the night), or until turned back on', () => {
    expect(snoozeUntil('hour', now)).toBe(now + 3_600_000);
    expect(snoozeUntil('today', now)).toBe(new Date(2026, 10, 28, 5, 0).getTime());
    expect(snoozeUntil('today', new Date(2026, 10, 27, 23, 50).getTime())).toBe(new Date(2026, 10, 28, 5, 0).getTime());
    expect(snoozeUntil('today', new Date(2026, 10, 28, 1, 10).getTime())).toBe(new Date(2026, 10, 28, 5, 0).getTime());
    expect(snoozeUntil('today', new Date(2026, 10, 28, 5, 0).getTime())).toBe(new Date(2026, 10, 29, 5, 0).getTime());
    expect(snoozeUntil('never', now)).toBe('never');
  });
});
