import type { BreathingPattern } from '../settings-model';

/** One step of a breath. */
export interface BreathPhase {
  label: 'Breathe in' | 'Hold' | 'Breathe out';
  seconds: number;
  /** Circle size at the end of the phase (0 small, 1 full). */
  to: 0 | 1;
}

const patterns: Record<BreathingPattern, [number, number, number, number]> = {
  even: [4, 0, 4, 0],
  box: [4, 4, 4, 4],
  'long-out': [4, 0, 6, 0],
  '4-7-8': [4, 7, 8, 0],
};

/** The phases of one breath in a pattern; holds of zero seconds are left out. */
export function breathPhases(pattern: BreathingPattern): BreathPhase[] {
  const [inS, hold1, outS, hold2] = patterns[pattern];
  const phases: BreathPhase[] = [{ label: 'Breathe in', seconds: inS, to: 1 }];
  if (hold1 > 0) phases.push({ label: 'Hold', seconds: hold1, to: 1 });
  phases.push({ label: 'Breathe out', seconds: outS, to: 0 });
  if (hold2 > 0) phases.push({ label: 'Hold', seconds: hold2, to: 0 });
  return phases;
}
