import { rhythmSeconds, type BreathingPattern } from '../settings-model';

/**
 * What a nudge's words say about breathing, where a rhythm could contradict them (each part is optional):
 * - guide: the words speak of the breathing guide on the card, so they need one (not "off");
 * - longerOut: they ask for a breath out longer than the breath in;
 * - counts: they name the seconds of the breath in and out, with no holding.
 * With the guide off, only `guide` can be contradicted: the person breathes as the words say, with nothing beside them.
 */
export interface BreathClaim {
  guide?: true;
  longerOut?: true;
  counts?: { in: number; out: number };
}

/** Whether words that claim this fit the chosen breathing pattern (no claim fits every pattern). */
export function fitsBreathing(claim: BreathClaim | undefined, pattern: BreathingPattern): boolean {
  if (!claim) return true;
  if (pattern === 'off') return !claim.guide;
  const [inS, holdIn, outS, holdOut] = rhythmSeconds[pattern];
  if (claim.longerOut && outS <= inS) return false;
  if (claim.counts && (claim.counts.in !== inS || claim.counts.out !== outS || holdIn + holdOut > 0)) return false;
  return true;
}
