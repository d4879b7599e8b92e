/** Words for how the body feels, offered as toggles in the check-in. Ids are stable. */
export const feelings = [
  { id: 'tense', label: 'Tense' },
  { id: 'calm', label: 'Calm' },
  { id: 'numb', label: 'Numb' },
  { id: 'racing', label: 'Racing' },
  { id: 'heavy', label: 'Heavy' },
  { id: 'open', label: 'Open' },
  { id: 'safe', label: 'Safe' },
  { id: 'unsure', label: 'Unsure' },
  { id: 'angry', label: 'Angry' },
  { id: 'sad', label: 'Sad' },
  { id: 'hopeful', label: 'Hopeful' },
  { id: 'tired', label: 'Tired' },
] as const;

/** The label of a feeling id (the id itself for unknown ones). */
export function feelingLabel(id: string): string {
  return feelings.find((f) => f.id === id)?.label ?? id;
}
