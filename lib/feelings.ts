import { t, type TextKey } from './i18n';
import { FEELING_IDS as ids } from './model';

/**
 * Words for how the body feels, offered as toggles in the check-in. Ids are stable; each label is read in the
 * person's language when it is used (a getter).
 */
export const feelings: ReadonlyArray<{ readonly id: (typeof ids)[number]; readonly label: string }> = ids.map((id) =>
  Object.defineProperty({ id } as { id: (typeof ids)[number]; label: string }, 'label', {
    enumerable: true,
    get: () => t(`feeling.${id}` as TextKey),
  }),
);

/** The label of a feeling id (the id itself for unknown ones). */
export function feelingLabel(id: string): string {
  return feelings.find((f) => f.id === id)?.label ?? id;
}
