import type { AnyNudgeKind, NudgeWords } from '../model';
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
