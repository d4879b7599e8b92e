import * as v from 'valibot';
import { eventsSince } from '../../../lib/db/journal';
import { addReflection, deleteReflection, getReflection, putReflection } from '../../../lib/db/reflections';
import type { Reflection } from '../../../lib/model';
import { t } from '../../../lib/i18n';
import { choice, id, reflection, reflectionInput, text, time } from '../../../lib/model/schemas';
import type { Services } from '../services';
import type { Handlers, Schemas, SenderRules } from './types';

type Journal =
  | 'reflection.add'
  | 'reflection.update'
  | 'reflection.delete'
  | 'reflection.restore'
  | 'reflections.query'
  | 'reflections.sites'
  | 'insights.data';

const limit = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500));
const query = v.strictObject({
  text: v.optional(text(500)),
  feeling: v.optional(id),
  site: v.optional(id),
  choice: v.optional(choice),
  from: v.optional(time),
  to: v.optional(time),
});

/** Payload schemas of the reflections' requests. */
export const journalSchemas = {
  'reflection.add': reflectionInput,
  'reflection.update': v.strictObject({ id, note: text(20_000), feelings: v.pipe(v.array(text(40)), v.maxLength(40)) }),
  'reflection.delete': v.strictObject({ id }),
  'reflection.restore': v.strictObject({
    reflection,
  }),
  'reflections.query': v.strictObject({
    query,
    limit,
    after: v.optional(v.strictObject({ createdAt: time, id })),
  }),
  'reflections.sites': v.null(),
  'insights.data': v.strictObject({ from: time }),
} satisfies Schemas<Journal>;

/** Extension pages only (the pause frame saves; the popup reads). */
export const journalSenders: SenderRules<Journal> = {
  'reflection.add': ['extension-page'],
  'reflection.update': ['extension-page'],
  'reflection.delete': ['extension-page'],
  'reflection.restore': ['extension-page'],
  'reflections.query': ['extension-page'],
  'reflections.sites': ['extension-page'],
  'insights.data': ['extension-page'],
};

/** The reflections: saved, edited, deleted and put back; searched and summed up through the read model. */
export function journalHandlers({ deps, lock, cache }: Services): Handlers<Journal> {
  let lastCreated = 0;
  return {
    async 'reflection.add'(p) {
      // Strictly increasing times, so paging by createdAt ("Show older") never skips a tie.
      const now = Math.max(deps.now(), lastCreated + 1);
      lastCreated = now;
      const r: Reflection = { id: deps.newId(), createdAt: now, updatedAt: now, ...p };
      // With the lock on, sealed: with the data key when unlocked, else to the public key (readable after unlock).
      await addReflection(await deps.db(), await lock.sealReflection(r));
      if ((await lock.status()).locked) cache.reset();
      else cache.put(r);
      deps.notifyChanged();
      return { id: r.id };
    },
    async 'reflection.update'({ id: rid, note, feelings }) {
      await lock.assertOpen();
      const db = await deps.db();
      const stored = await getReflection(db, rid);
      const current = stored && (await lock.openReflection(stored));
      if (!current) throw new Error(t('bg.reflectionGone'));
      const updated = { ...current, note, feelings, updatedAt: deps.now() };
      await putReflection(db, await lock.sealReflection(updated));
      cache.put(updated);
      return { reflection: updated };
    },
    async 'reflection.delete'({ id: rid }) {
      await lock.assertOpen();
      const stored = await deleteReflection(await deps.db(), rid);
      if (!stored) throw new Error(t('bg.reflectionGone'));
      cache.remove(rid);
      const removed = await lock.openReflection(stored);
      if (!removed) throw new Error(t('bg.reflectionUnreadable'));
      return { reflection: removed };
    },
    async 'reflection.restore'({ reflection: r }) {
      await lock.assertOpen();
      await putReflection(await deps.db(), await lock.sealReflection(r));
      cache.put(r);
      return null;
    },
    async 'reflections.query'({ query: q, limit: n, after }) {
      await lock.assertOpen();
      return cache.query(q, n, after);
    },
    async 'reflections.sites'() {
      await lock.assertOpen();
      return { sites: await cache.sites() };
    },
    async 'insights.data'({ from }) {
      await lock.assertOpen();
      const [events, reflections] = await Promise.all([eventsSince(await deps.db(), from), cache.since(from)]);
      return {
        events: events.map((e) => ({ at: e.at, kind: e.kind })),
        reflections: reflections.map((r) => ({
          createdAt: r.createdAt,
          choice: r.choice,
          feelings: r.feelings,
          ...(r.intensity ? { intensity: r.intensity } : {}),
          win: r.win,
        })),
      };
    },
  };
}
