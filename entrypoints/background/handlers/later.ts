import * as v from 'valibot';
import { addLater, getLater, markDone, pendingLater, putLater, rescheduleLater, withLabel } from '../../../lib/db/later';
import { t } from '../../../lib/i18n';
import { id, laterLabel, time, webUrl } from '../../../lib/model/schemas';
import type { Services } from '../services';
import type { Handlers, Schemas, SenderRules } from './types';

type Later = 'later.add' | 'later.list' | 'later.done' | 'later.reschedule' | 'later.label';

/** Payload schemas of the "Later" list's requests. */
export const laterSchemas = {
  'later.add': v.strictObject({
    site: id,
    url: webUrl,
    dueAt: v.nullable(time),
  }),
  'later.list': v.null(),
  'later.done': v.strictObject({ id }),
  'later.reschedule': v.strictObject({ id, dueAt: v.nullable(time) }),
  'later.label': v.strictObject({ id, label: laterLabel }),
} satisfies Schemas<Later>;

/** Extension pages only. */
export const laterSenders: SenderRules<Later> = {
  'later.add': ['extension-page'],
  'later.list': ['extension-page'],
  'later.done': ['extension-page'],
  'later.reschedule': ['extension-page'],
  'later.label': ['extension-page'],
};

/** "Reply later": the items, their reminders and their private labels (opened and sealed through the lock). */
export function laterHandlers({ deps, lock }: Services): Handlers<Later> {
  return {
    async 'later.add'(p) {
      const item = {
        id: deps.newId(),
        createdAt: deps.now(),
        ...p,
        status: 'pending' as const,
        reminded: false,
      };
      await addLater(await deps.db(), item);
      if (item.dueAt !== null) await deps.scheduleReminder(item.id, item.dueAt);
      return { id: item.id };
    },
    async 'later.list'() {
      return { items: await lock.openLater(await pendingLater(await deps.db())) };
    },
    async 'later.done'({ id: lid }) {
      if (!(await markDone(await deps.db(), lid))) throw new Error(t('bg.itemGone'));
      await deps.cancelReminder(lid);
      return null;
    },
    async 'later.reschedule'({ id: lid, dueAt }) {
      const item = await rescheduleLater(await deps.db(), lid, dueAt);
      if (!item) throw new Error(t('bg.itemGone'));
      await deps.cancelReminder(lid);
      if (dueAt !== null) await deps.scheduleReminder(lid, dueAt);
      return { item: (await lock.openLater([item]))[0]! };
    },
    async 'later.label'({ id: lid, label }) {
      // The person's own words: written only while the journal is open, sealed when the lock is on.
      await lock.assertOpen();
      const db = await deps.db();
      const stored = await getLater(db, lid);
      if (!stored) throw new Error(t('bg.itemGone'));
      const item = withLabel(stored, label);
      await putLater(db, await lock.sealLater(item));
      return { item };
    },
  };
}
