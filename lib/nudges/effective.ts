import type { AnyNudgeKind, NudgeWords } from '../model';
import type { BreathingPattern } from '../settings-model';
import { fitsBreathing } from './breath-fit';
import { builtInNudges, type Nudge } from './catalogue';

/**
 * The nudges the card chooses from: the built-in ones with the person's edits
 * applied (an edited nudge keeps its kind but drops its follow-up question,
 * which was written for the original words), then the person's own; minus
 * every nudge switched off. Kinds switched off are left to the picker.
 */
export function effectiveNudges(custom: readonly NudgeWords[], disabledNudges: readonly string[]): Nudge[] {
  const edits = new Map(custom.filter((c) => c.builtIn).map((c) => [c.id, c.text]));
  const off = new Set(disabledNudges);
  const out: Nudge[] = [];
  for (const b of builtInNudges) {
    if (off.has(b.id)) continue;
    const text = edits.get(b.id);
    out.push(text === undefined ? b : { id: b.id, kind: b.kind, text });
  }
  for (const c of custom) {
    if (c.builtIn || off.has(c.id)) continue;
    out.push({ id: c.id, kind: 'own' as AnyNudgeKind, text: c.text });
  }
  return out;
}

/**
 * The nudges the card may offer now: the effective ones, minus built-in words that would contradict the chosen
 * breathing (a "breathe out for six" over an even 4-4 guide, a "breathe with the guide" when it is off). The
 * person's own words, and their edits of built-in ones, are always offered: they are theirs.
 */
export function offeredNudges(custom: readonly NudgeWords[], disabledNudges: readonly string[], breathing: BreathingPattern): Nudge[] {
  return effectiveNudges(custom, disabledNudges).filter((x) => fitsBreathing(x.breath, breathing));
}
