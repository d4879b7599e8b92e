import { t } from '../../i18n';
import { rhythmSeconds, type BreathingRhythm } from '../../settings-model';

/** One step of a breath. */
export interface BreathPhase {
  step: 'in' | 'hold' | 'out';
  /** The step in the person's language. */
  label: string;
  seconds: number;
  /** Circle size at the end of the phase (0 small, 1 full). */
  to: 0 | 1;
}

/** The phases of one breath in a rhythm; holds of zero seconds are left out. */
export function breathPhases(pattern: BreathingRhythm): BreathPhase[] {
  const [inS, hold1, outS, hold2] = rhythmSeconds[pattern];
  const phase = (step: BreathPhase['step'], seconds: number, to: 0 | 1): BreathPhase => ({ step, label: t(`breath.${step}`), seconds, to });
  const phases: BreathPhase[] = [phase('in', inS, 1)];
  if (hold1 > 0) phases.push(phase('hold', hold1, 1));
  phases.push(phase('out', outS, 0));
  if (hold2 > 0) phases.push(phase('hold', hold2, 0));
  return phases;
}
