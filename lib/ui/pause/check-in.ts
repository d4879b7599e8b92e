import type { ReflectionInput } from '../../model';
import type { Nudge } from '../../nudges/catalogue';

/** What the check-in form holds. */
export interface CheckInValue {
  feelings: string[];
  intensity?: number;
  note: string;
  otherMind: string;
  win: boolean;
}

/** True once the person has put anything into the check-in. */
export function hasWords(v: CheckInValue): boolean {
  return v.feelings.length > 0 || v.note.trim() !== '' || v.otherMind.trim() !== '' || v.win || v.intensity !== undefined;
}

/** An empty check-in. */
export const emptyCheckIn: CheckInValue = { feelings: [], note: '', otherMind: '', win: false };

/** Where the card was shown, as far as a saved check-in needs to know. */
export interface CheckInPlace {
  site: string;
  /** Hashed conversation, when known. */
  conversation: string | null;
}

/**
 * The one place a check-in becomes a reflection for the background. Optional fields are left out
 * (not sent empty), so the journal only holds what the person actually gave.
 */
export function checkInToReflectionInput(
  value: CheckInValue,
  place: CheckInPlace,
  nudge?: Pick<Nudge, 'id' | 'kind'>,
): ReflectionInput {
  const input: ReflectionInput = {
    site: place.site,
    choice: 'check-in',
    feelings: value.feelings,
    note: value.note,
    win: value.win,
  };
  if (place.conversation) input.conversation = place.conversation;
  if (nudge) {
    input.nudgeId = nudge.id;
    input.nudgeKind = nudge.kind;
  }
  if (value.intensity) input.intensity = value.intensity;
  if (value.otherMind.trim()) input.otherMind = value.otherMind;
  return input;
}
