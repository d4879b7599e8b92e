import * as v from 'valibot';
import type { JournalDb } from '../../lib/db';
import { addEvent } from '../../lib/db/events';
import { addLater, markDone, pendingLater } from '../../lib/db/later';
import {
  addReflection,
  deleteReflection,
  listReflections,
  restoreReflection,
  updateReflection,
} from '../../lib/db/reflections';
import type { Reflection } from '../../lib/db/schema';
import {
  classifySender,
  type BackgroundApi,
  type RequestType,
  type Response,
  type SenderKind,
  type SenderLike,
} from '../../lib/messaging';

/** What the handlers need from the outside world; passed in so tests use fakes. */
export interface HandlerDeps {
  db: () => Promise<JournalDb>;
  now: () => number;
  newId: () => string;
  ownId: string;
  ownBaseUrl: string;
  /** storage.session (trusted contexts only). */
  session: {
    get(key: string): Promise<unknown>;
    set(key: string, value: unknown): Promise<void>;
  };
  scheduleReminder: (id: string, dueAt: number) => Promise<void>;
  cancelReminder: (id: string) => Promise<void>;
  /** The person's own sites: permission check, script registration, settings. */
  customSites: {
    hasPermission(origin: string): Promise<boolean>;
    register(origin: string): Promise<void>;
    unregister(origin: string): Promise<void>;
  };
}

/** A site's origin ("https://host[:port]"), as the person added it. */
const origin = v.pipe(
  v.string(),
  v.maxLength(300),
  v.regex(/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i, 'Use the address of a site, like https://social.example'),
);

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const choice = v.picklist(['ready', 'later', 'not-now', 'check-in', 'sent', 'draft-kept']);
const eventKind = v.picklist(['shown', 'ready', 'later', 'check-in', 'not-now', 'snoozed', 'sent', 'draft-kept']);

const reflectionInput = {
  site: id,
  conversation: v.optional(id),
  nudgeId: v.optional(id),
  nudgeKind: v.optional(id),
  choice,
  feelings: v.pipe(v.array(text(40)), v.maxLength(40)),
  intensity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  note: text(20_000),
  otherMind: v.optional(text(20_000)),
  win: v.boolean(),
};
const time = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Payload schemas: every request is validated before a handler sees it. */
const schemas = {
  'frame.register': v.strictObject({ token: v.pipe(v.string(), v.minLength(16), v.maxLength(100)) }),
  'frame.token': v.null(),
  'pause.shown': v.strictObject({ key: id }),
  'pause.recent': v.null(),
  'event.add': v.strictObject({
    site: id,
    kind: eventKind,
    nudgeId: v.optional(id),
    durationMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(86_400_000))),
  }),
  'reflection.add': v.strictObject(reflectionInput),
  'reflection.update': v.strictObject({ id, note: text(20_000), feelings: v.pipe(v.array(text(40)), v.maxLength(40)) }),
  'reflection.delete': v.strictObject({ id }),
  'reflection.restore': v.strictObject({
    reflection: v.strictObject({ id, createdAt: time, updatedAt: time, ...reflectionInput }),
  }),
  'reflections.list': v.strictObject({
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)),
    before: v.optional(v.number()),
  }),
  'later.list': v.null(),
  'journal.export': v.null(),
  'later.done': v.strictObject({ id }),
  'sites.custom.add': v.strictObject({ origin }),
  'sites.custom.remove': v.strictObject({ origin }),
  'later.add': v.strictObject({
    site: id,
    url: v.pipe(v.string(), v.url(), v.maxLength(4000)),
    dueAt: v.nullable(v.number()),
  }),
} satisfies { [K in RequestType]: v.GenericSchema<unknown, BackgroundApi[K]['in']> };

/** Which senders may make each request. Content scripts get the narrowest set. */
const allowed: { [K in RequestType]: readonly SenderKind[] } = {
  'frame.register': ['content-script'],
  'frame.token': ['extension-page'],
  'pause.shown': ['content-script'],
  'pause.recent': ['content-script'],
  'event.add': ['extension-page'],
  'reflection.add': ['extension-page'],
  'reflections.list': ['extension-page'],
  'reflection.update': ['extension-page'],
  'reflection.delete': ['extension-page'],
  'reflection.restore': ['extension-page'],
  'later.add': ['extension-page'],
  'sites.custom.add': ['extension-page'],
  'sites.custom.remove': ['extension-page'],
  'later.list': ['extension-page'],
  'journal.export': ['extension-page'],
  'later.done': ['extension-page'],
};

type Handler<K extends RequestType> = (
  payload: BackgroundApi[K]['in'],
  sender: SenderLike,
) => Promise<BackgroundApi[K]['out']>;

const RECENT_KEY = 'recentPauses';
const RECENT_KEEP_MS = 24 * 60 * 60_000;

/** Builds the router the background's onMessage listener calls. */
export function createRouter(deps: HandlerDeps) {
  const tokenKey = (sender: SenderLike) => `frameToken:${sender.tab?.id ?? 'none'}`;
  let lastCreated = 0;

  const handlers: { [K in RequestType]: Handler<K> } = {
    async 'frame.register'({ token }, sender) {
      await deps.session.set(tokenKey(sender), token);
      return null;
    },
    async 'frame.token'(_p, sender) {
      const token = (await deps.session.get(tokenKey(sender))) as string | undefined;
      return { token: token ?? null };
    },
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
    async 'reflection.add'(p) {
      // Strictly increasing times, so paging by createdAt ("Show older") never skips a tie.
      const now = Math.max(deps.now(), lastCreated + 1);
      lastCreated = now;
      const r: Reflection = { id: deps.newId(), createdAt: now, updatedAt: now, ...p };
      await addReflection(await deps.db(), r);
      return { id: r.id };
    },
    async 'reflection.update'({ id: rid, note, feelings }) {
      const reflection = await updateReflection(await deps.db(), rid, { note, feelings, updatedAt: deps.now() });
      if (!reflection) throw new Error('That reflection is no longer here.');
      return { reflection };
    },
    async 'reflection.delete'({ id: rid }) {
      const reflection = await deleteReflection(await deps.db(), rid);
      if (!reflection) throw new Error('That reflection is no longer here.');
      return { reflection };
    },
    async 'reflection.restore'({ reflection }) {
      await restoreReflection(await deps.db(), reflection);
      return null;
    },
    async 'reflections.list'(p) {
      return { items: await listReflections(await deps.db(), p) };
    },
    async 'journal.export'() {
      const db = await deps.db();
      const tx = db.transaction(['reflections', 'later']);
      const [reflections, later] = await Promise.all([tx.objectStore('reflections').getAll(), tx.objectStore('later').getAll()]);
      return { reflections, later };
    },
    async 'later.list'() {
      return { items: await pendingLater(await deps.db()) };
    },
    async 'later.done'({ id }) {
      if (!(await markDone(await deps.db(), id))) throw new Error('That item is no longer on the list.');
      await deps.cancelReminder(id);
      return null;
    },
    async 'sites.custom.add'({ origin }) {
      if (!(await deps.customSites.hasPermission(origin))) {
        throw new Error('The browser has not allowed Unhurried on this site, so nothing changed.');
      }
      await deps.customSites.register(origin);
      return { origin };
    },
    async 'sites.custom.remove'({ origin }) {
      await deps.customSites.unregister(origin);
      return null;
    },
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
  };

  /** Validates, checks the sender and runs the handler; never throws. */
  return async function route(message: unknown, sender: SenderLike): Promise<Response> {
    if (typeof message !== 'object' || message === null) return { ok: false, error: 'Unknown message' };
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) {
      return { ok: false, error: 'Unknown message' };
    }
    const t = type as RequestType;
    const kind = classifySender(sender, deps.ownId, deps.ownBaseUrl);
    if (!allowed[t].includes(kind)) return { ok: false, error: 'Not allowed from this sender' };
    const parsed = v.safeParse(schemas[t], payload ?? null);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return { ok: false, error: `Invalid payload${path ? ` at ${path}` : ''}: ${issue.message}` };
    }
    try {
      const handler = handlers[t] as Handler<RequestType>;
      return { ok: true, value: await handler(parsed.output as never, sender) };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : 'Something went wrong' };
    }
  };
}
