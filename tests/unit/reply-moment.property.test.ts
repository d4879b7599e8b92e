import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { PauseMode } from '../../lib/settings-model';
import { action, CLOSE_START, play } from './reply-sessions';

const modes = fc.constantFrom<PauseMode>('start', 'send', 'both');

describe('a pause belongs to a reply (properties over random sessions, the real controller)', () => {
  it('never two cards for one reply, never a trapped keystroke, whatever the rest between pauses', () => {
    fc.assert(
      fc.property(modes, fc.constantFrom(0, 10), fc.array(action, { maxLength: 60 }), fc.boolean(), (mode, rest, actions, refuses) =>
        play(mode, rest, actions, refuses),
      ),
      { numRuns: 300 },
    );
  });

  it('with "No rest", each new reply pauses again (after a send, an empty composer left, another conversation)', () => {
    fc.assert(
      fc.property(modes, fc.array(action, { maxLength: 60 }), fc.boolean(), (mode, actions, refuses) => play(mode, 0, actions, refuses)),
      { numRuns: 300 },
    );
  });

  it('the bug this fixes: with "No rest", after "Not now" every key reaches the composer; a send lets the next reply pause', () => {
    play('start', 0, [
      { do: 'type', ch: 'h' },
      { do: 'close', how: CLOSE_START.indexOf('not-now') },
      ...[...'hello'].map((ch) => ({ do: 'type' as const, ch })),
      { do: 'enter' },
      { do: 'type', ch: 'n' },
    ]);
  });
});
