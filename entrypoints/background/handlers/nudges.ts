import * as v from 'valibot';
import { deleteNudge, getNudge, listNudges, putNudge } from '../../../lib/db/nudges';
import { t } from '../../../lib/i18n';
import { id } from '../../../lib/model/schemas';
import { NUDGE_MAX_CHARS } from '../../../lib/model';
import { builtInNudges } from '../../../lib/nudges/catalogue';
import type { Services } from '../services';
import type { Handlers, Schemas, SenderRules } from './types';

type Nudges = 'nudges.list' | 'nudges.save' | 'nudges.delete';

/** Payload schemas of the nudges' requests. */
export const nudgesSchemas = {
  'nudges.list': v.null(),
  'nudges.save': v.strictObject({
    id: v.optional(id),
    builtIn: v.boolean(),
    text: v.pipe(v.string(), v.trim(), v.minLength(1, () => t('bg.nudgeEmpty')), v.maxLength(NUDGE_MAX_CHARS, () => t('bg.nudgeLong', { max: NUDGE_MAX_CHARS }))),
  }),
  'nudges.delete': v.strictObject({ id }),
} satisfies Schemas<Nudges>;

/** The kind messages these schemas give (shown to the person as they are). */
export const nudgesKindMessages = () => [t('bg.nudgeEmpty'), t('bg.nudgeLong', { max: NUDGE_MAX_CHARS })];

/** Extension pages only (the pause frame reads them; the options page edits them). */
export const nudgesSenders: SenderRules<Nudges> = {
  'nudges.list': ['extension-page'],
  'nudges.save': ['extension-page'],
  'nudges.delete': ['extension-page'],
};

/** The nudges: the built-in ones in the person's words, and their own. */
export function nudgesHandlers({ deps, lock }: Services): Handlers<Nudges> {
  return {
    async 'nudges.list'() {
      // While locked, the person's words stay sealed and the card uses the built-in nudges.
      const all = await lock.openNudges(await listNudges(await deps.db()));
      return { nudges: all.map(({ id: nid, kind, text: words, builtIn }) => ({ id: nid, kind, text: words, builtIn })) };
    },
    async 'nudges.save'({ id: nid, builtIn, text: words }) {
      const db = await deps.db();
      const now = deps.now();
      let saved;
      if (builtIn) {
        const original = builtInNudges.find((b) => b.id === nid);
        if (!original) throw new Error(t('bg.notBuiltIn'));
        await lock.assertOpen();
        const before = await getNudge(db, original.id);
        saved = { id: original.id, kind: original.kind, text: words, builtIn: true, createdAt: before?.createdAt ?? now, updatedAt: now };
      } else {
        await lock.assertOpen();
        const before = nid ? await getNudge(db, nid) : undefined;
        if (nid && (!before || before.builtIn)) throw new Error(t('bg.nudgeGone'));
        saved = { id: before?.id ?? `own-${deps.newId()}`, kind: 'own', text: words, builtIn: false, createdAt: before?.createdAt ?? now, updatedAt: now };
      }
      await putNudge(db, await lock.sealNudge(saved));
      deps.notifyChanged('nudges');
      return { nudge: { id: saved.id, kind: saved.kind, text: saved.text, builtIn: saved.builtIn } };
    },
    async 'nudges.delete'({ id: nid }) {
      await deleteNudge(await deps.db(), nid);
      deps.notifyChanged('nudges');
      return null;
    },
  };
}
