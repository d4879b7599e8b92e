import * as v from 'valibot';
import { addEvent } from '../../../lib/db/events';
import { eventKind, id } from '../../../lib/model/schemas';
import type { Services } from '../services';
import type { Handlers, Schemas, SenderRules } from './types';

type Pause = 'pause.shown' | 'pause.recent' | 'event.add' | 'quick.hide' | 'draft.insert';

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
  // The draft's words, passed on at once to the tab's page and kept nowhere (the card's own limit is far below this).
  'draft.insert': v.strictObject({ text: v.pipe(v.string(), v.minLength(1), v.maxLength(100_000)) }),
} satisfies Schemas<Pause>;

/** The content script marks and reads recent pauses; the rest comes from extension pages. */
export const pauseSenders: SenderRules<Pause> = {
  'pause.shown': ['content-script'],
  'pause.recent': ['content-script'],
  'event.add': ['extension-page'],
  'quick.hide': ['extension-page'],
  'draft.insert': ['content-script'],
};

/** The Pause card: which messages were paused on lately, its events (no text), quick hide, and "Move to chat". */
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
    async 'draft.insert'({ text }, sender) {
      // Only into the sender's own tab and frame (the router checked it is a content script of a tab).
      const tab = sender.tab?.id;
      if (tab === undefined || !deps.insertInPage) return { done: false };
      return { done: await deps.insertInPage(tab, sender.frameId ?? 0, text).catch(() => false) };
    },
  };
}
