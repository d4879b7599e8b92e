import * as v from 'valibot';
import { addEvent } from '../../../lib/db/events';
import { eventKind, id } from '../../../lib/model/schemas';
import type { Services } from '../services';
import type { Handlers, Schemas, SenderRules } from './types';

type Pause = 'pause.shown' | 'pause.recent' | 'event.add' | 'quick.hide';

const RECENT_KEY = 'recentPauses';
const RECENT_KEEP_MS = 24 * 60 * 60_000;


/** Payload schemas of the Pause card's requests. */
export const pauseSchemas = {
  'pause.shown': v.strictObject({ key: id }),
  'pause.recent': v.null(),
  'event.add': v.strictObject({
    site: id,
    kind: eventKind,
    nudgeId: v.optional(id),
    durationMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(86_400_000))),
  }),
  'quick.hide': v.null(),
} satisfies Schemas<Pause>;

/** The content script marks and reads recent pauses; the rest comes from extension pages. */
export const pauseSenders: SenderRules<Pause> = {
  'pause.shown': ['content-script'],
  'pause.recent': ['content-script'],
  'event.add': ['extension-page'],
  'quick.hide': ['extension-page'],
};

/** The Pause card: which messages were paused on lately, its events (no text), and quick hide. */
export function pauseHandlers({ deps }: Services): Handlers<Pause> {
  return {
    async 'pause.shown'({ key }) {
      const now = deps.now();
      const recent = ((await deps.session.get(RECENT_KEY)) ?? {}) as Record<string, number>;
      const kept = Object.fromEntries(Object.entries(recent).filter(([, t]) => now - t < RECENT_KEEP_MS));
      kept[key] = now;
      await deps.session.set(RECENT_KEY, kept);
      return null;
    },
    async 'pause.recent'() {
      const recent = ((await deps.session.get(RECENT_KEY)) ?? {}) as Record<string, number>;
      return { recent: Object.entries(recent) };
    },
    async 'event.add'(p) {
      await addEvent(await deps.db(), { id: deps.newId(), at: deps.now(), ...p });
      return null;
    },
    async 'quick.hide'() {
      await deps.quickHide?.();
      return null;
    },
  };
}
