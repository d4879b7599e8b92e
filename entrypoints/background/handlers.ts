import * as v from 'valibot';
import type { JournalDb } from '../../lib/db';
import { addEvent } from '../../lib/db/events';
import { addLater, markDone, pendingLater, rescheduleLater } from '../../lib/db/later';
import { eraseJournal, eventsSince, importJournal } from '../../lib/db/journal';
import { deleteNudge, getNudge, listNudges, putNudge } from '../../lib/db/nudges';
import { builtInNudges } from '../../lib/nudges/catalogue';
import { addReflection, deleteReflection, getReflection, putReflection } from '../../lib/db/reflections';
import { JournalLock, LockedError, type LockSession } from '../../lib/db/lock';
import { decryptFile, encryptFile, WrongPassphraseError } from '../../lib/crypto/vault';
import { ReflectionCache } from '../../lib/db/reflection-cache';
import { describeStorageFault, isClosedConnection } from '../../lib/journal/faults';
import {
  checkImport,
  choice,
  ENCRYPTED_FORMAT,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  id,
  IMPORT_MAX_BYTES,
  NEEDS_PASSPHRASE,
  NUDGE_MAX_CHARS,
  readEncryptedFile,
  reflection,
  reflectionInput,
  settings as settingsSchema,
  text,
  time,
  webUrl,
} from '../../lib/journal/validate';
import { withDefaults, type Settings } from '../../lib/settings-model';
import { t } from '../../lib/i18n';
import type { Reflection } from '../../lib/db/schema';
import {
  classifySender,
  CodedError,
  type BackgroundApi,
  type RequestType,
  type Response,
  type SenderKind,
  type SenderLike,
} from '../../lib/messaging';

/** What the handlers need from the outside world; passed in so tests use fakes. */
export interface HandlerDeps {
  db: () => Promise<JournalDb>;
  /** Where the unlocked key waits between worker wake-ups (storage.session); in memory when not given (tests). */
  lockSession?: LockSession;
  /** PBKDF2 iterations for new keyrings (tests pass fewer; the product uses the default, 600,000). */
  lockIterations?: number;
  /** Called after each request from an extension page while the lock is on and open (restarts the idle timer). */
  touchLock?: () => void;
  /** Forgets the open connection, so the next db() opens a fresh one. */
  resetDb?: () => void;
  /** Settles once the person's language is known (messages are answered in it); tests leave it out (English). */
  localeReady?: () => Promise<unknown>;
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
  /** Writes the settings (an import that carries them). */
  saveSettings: (s: Settings) => Promise<void>;
  /** Forgets everything kept outside the journal: settings, marks, snoozes, unsaved words, alarms. */
  eraseOutside: () => Promise<void>;
  /** Quick hide: the card in the active tab and every open popup disappear. */
  quickHide?: () => Promise<void>;
  /** Tells open extension pages that the journal (or the nudges) changed: the popup and pause frames refresh. */
  notifyChanged: (what?: 'journal' | 'nudges') => void;
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
  v.regex(/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i, () => t('bg.siteAddress')),
);

/** A new passphrase: long enough to resist guessing, said kindly. */
const passphrase = v.pipe(
  v.string(),
  v.minLength(8, () => t('bg.passShort')),
  v.maxLength(1000),
);

const eventKind = v.picklist(['shown', 'ready', 'later', 'check-in', 'not-now', 'snoozed', 'sent', 'draft-kept']);
const limit = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500));
const query = v.strictObject({
  text: v.optional(text(500)),
  feeling: v.optional(id),
  site: v.optional(id),
  choice: v.optional(choice),
  from: v.optional(time),
  to: v.optional(time),
});

/** The kind, specific messages the schemas give (shown to the person as they are). */
const kindMessages = () => [t('bg.siteAddress'), t('bg.passShort'), t('bg.tooLarge'), t('bg.nudgeEmpty'), t('bg.nudgeLong', { max: NUDGE_MAX_CHARS })];

/** Payload schemas: every request is validated before a handler sees it. */
const schemas = {
  'frame.register': v.strictObject({ token: v.pipe(v.string(), v.minLength(16), v.maxLength(100)) }),
  'frame.token': v.null(),
  'frame.state.get': v.strictObject({ key: v.picklist(['pauseDrafts', 'nudgeHistory']) }),
  'frame.state.set': v.strictObject({
    key: v.picklist(['pauseDrafts', 'nudgeHistory']),
    value: v.pipe(
      v.unknown(),
      v.check((x) => JSON.stringify(x ?? null).length <= 200_000, () => t('bg.tooLarge')),
    ),
  }),
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
    reflection,
  }),
  'reflections.query': v.strictObject({
    query,
    limit,
    after: v.optional(v.strictObject({ createdAt: time, id })),
  }),
  'reflections.sites': v.null(),
  'insights.data': v.strictObject({ from: time }),
  'later.reschedule': v.strictObject({ id, dueAt: v.nullable(time) }),
  'journal.import': v.strictObject({
    text: v.pipe(v.string(), v.maxLength(IMPORT_MAX_BYTES + 1)),
    commit: v.boolean(),
    passphrase: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  }),
  'journal.erase': v.strictObject({ confirm: v.literal('erase') }),
  'quick.hide': v.null(),
  'lock.status': v.null(),
  'lock.enable': v.strictObject({ passphrase }),
  'lock.unlock': v.strictObject({ passphrase: v.pipe(v.string(), v.maxLength(1000)) }),
  'lock.lock': v.null(),
  'lock.change': v.strictObject({ passphrase: v.pipe(v.string(), v.maxLength(1000)), next: passphrase }),
  'lock.disable': v.strictObject({ passphrase: v.pipe(v.string(), v.maxLength(1000)) }),
  'journal.export.encrypted': v.strictObject({ passphrase: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)), settings: v.optional(settingsSchema) }),
  'nudges.list': v.null(),
  'nudges.save': v.strictObject({
    id: v.optional(id),
    builtIn: v.boolean(),
    text: v.pipe(v.string(), v.trim(), v.minLength(1, () => t('bg.nudgeEmpty')), v.maxLength(NUDGE_MAX_CHARS, () => t('bg.nudgeLong', { max: NUDGE_MAX_CHARS }))),
  }),
  'nudges.delete': v.strictObject({ id }),
  'later.list': v.null(),
  'journal.export': v.null(),
  'later.done': v.strictObject({ id }),
  'sites.custom.add': v.strictObject({ origin }),
  'sites.custom.remove': v.strictObject({ origin }),
  'later.add': v.strictObject({
    site: id,
    url: webUrl,
    dueAt: v.nullable(time),
  }),
} satisfies { [K in RequestType]: v.GenericSchema<unknown, BackgroundApi[K]['in']> };

/** Which senders may make each request. Content scripts get the narrowest set. */
const allowed: { [K in RequestType]: readonly SenderKind[] } = {
  'frame.register': ['content-script'],
  'frame.token': ['extension-page'],
  'frame.state.get': ['extension-page'],
  'frame.state.set': ['extension-page'],
  'pause.shown': ['content-script'],
  'pause.recent': ['content-script'],
  'event.add': ['extension-page'],
  'reflection.add': ['extension-page'],
  'reflections.query': ['extension-page'],
  'reflections.sites': ['extension-page'],
  'insights.data': ['extension-page'],
  'later.reschedule': ['extension-page'],
  'journal.import': ['extension-page'],
  'journal.erase': ['extension-page'],
  'quick.hide': ['extension-page'],
  'lock.status': ['extension-page'],
  'lock.enable': ['extension-page'],
  'lock.unlock': ['extension-page'],
  'lock.lock': ['extension-page'],
  'lock.change': ['extension-page'],
  'lock.disable': ['extension-page'],
  'journal.export.encrypted': ['extension-page'],
  'nudges.list': ['extension-page'],
  'nudges.save': ['extension-page'],
  'nudges.delete': ['extension-page'],
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
  let memoryKek: string | undefined;
  const lock = new JournalLock(
    deps.db,
    deps.lockSession ?? {
      get: async () => memoryKek,
      set: async (k) => void (memoryKek = k),
      clear: async () => void (memoryKek = undefined),
    },
    deps.lockIterations,
  );
  const cache = new ReflectionCache(deps.db, (list) => lock.openReflections(list));

  const handlers: { [K in RequestType]: Handler<K> } = {
    async 'frame.register'({ token }, sender) {
      await deps.session.set(tokenKey(sender), token);
      return null;
    },
    async 'frame.state.get'({ key }) {
      return { value: (await deps.session.get(key)) ?? null };
    },
    async 'frame.state.set'({ key, value }) {
      await deps.session.set(key, value);
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
      const reflection = { ...current, note, feelings, updatedAt: deps.now() };
      await putReflection(db, await lock.sealReflection(reflection));
      cache.put(reflection);
      return { reflection };
    },
    async 'reflection.delete'({ id: rid }) {
      await lock.assertOpen();
      const stored = await deleteReflection(await deps.db(), rid);
      if (!stored) throw new Error(t('bg.reflectionGone'));
      cache.remove(rid);
      const reflection = await lock.openReflection(stored);
      if (!reflection) throw new Error(t('bg.reflectionUnreadable'));
      return { reflection };
    },
    async 'reflection.restore'({ reflection }) {
      await lock.assertOpen();
      await putReflection(await deps.db(), await lock.sealReflection(reflection));
      cache.put(reflection);
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
    async 'later.reschedule'({ id: lid, dueAt }) {
      const item = await rescheduleLater(await deps.db(), lid, dueAt);
      if (!item) throw new Error(t('bg.itemGone'));
      await deps.cancelReminder(lid);
      if (dueAt !== null) await deps.scheduleReminder(lid, dueAt);
      return { item };
    },
    async 'journal.import'({ text: given, commit, passphrase }) {
      let fileText = given;
      const encrypted = readEncryptedFile(given);
      if (encrypted) {
        if (!passphrase) throw new CodedError(t('import.needsPassphrase'), NEEDS_PASSPHRASE);
        fileText = await decryptFile(encrypted, passphrase);
      }
      const checked = checkImport(fileText);
      if (!checked.ok) throw new Error(checked.reason);
      await lock.assertOpen();
      const file = commit && (await lock.status()).enabled
        ? {
            ...checked.file,
            reflections: await Promise.all(checked.file.reflections.map((r) => lock.sealReflection(r))),
            nudges: await Promise.all(checked.file.nudges.map((n) => lock.sealNudge(n))),
          }
        : checked.file;
      const { plan, addedLater } = await importJournal(await deps.db(), file, commit);
      if (commit) {
        cache.reset();
        const now = deps.now();
        for (const l of addedLater) {
          if (l.status === 'pending' && l.dueAt !== null && l.dueAt > now && !l.reminded) await deps.scheduleReminder(l.id, l.dueAt);
        }
        if (checked.file.settings) await deps.saveSettings(withDefaults(checked.file.settings));
        deps.notifyChanged();
        if (checked.file.nudges.length) deps.notifyChanged('nudges');
      }
      return { ...plan, settings: checked.file.settings !== undefined };
    },
    async 'lock.status'() {
      return lock.status();
    },
    async 'lock.enable'({ passphrase }) {
      await lock.enable(passphrase);
      cache.reset();
      deps.notifyChanged('nudges');
      return null;
    },
    async 'lock.unlock'({ passphrase }) {
      await lock.unlock(passphrase);
      cache.reset();
      deps.notifyChanged('nudges');
      return null;
    },
    async 'lock.lock'() {
      await lock.lock();
      cache.reset();
      deps.notifyChanged();
      deps.notifyChanged('nudges');
      return null;
    },
    async 'lock.change'({ passphrase, next }) {
      await lock.change(passphrase, next);
      return null;
    },
    async 'lock.disable'({ passphrase }) {
      await lock.disable(passphrase);
      cache.reset();
      deps.notifyChanged('nudges');
      return null;
    },
    async 'journal.export.encrypted'({ passphrase, settings: chosen }) {
      await lock.assertOpen();
      if ((await lock.status()).enabled) await lock.verify(passphrase);
      const journal = await handlers['journal.export'](null, {});
      const plain = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(deps.now()).toISOString(), ...journal, settings: chosen });
      const sealed = await encryptFile(plain, passphrase, deps.lockIterations);
      return { text: JSON.stringify({ format: ENCRYPTED_FORMAT, version: 1, ...sealed }) };
    },
    async 'quick.hide'() {
      await deps.quickHide?.();
      return null;
    },
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
    async 'journal.erase'() {
      const pending = await pendingLater(await deps.db());
      await eraseJournal(await deps.db());
      cache.reset();
      await lock.lock();
      lock.forget();
      await Promise.all(pending.map((l) => deps.cancelReminder(l.id)));
      await deps.eraseOutside();
      deps.notifyChanged();
      deps.notifyChanged('nudges');
      return null;
    },
    async 'journal.export'() {
      await lock.assertOpen();
      const db = await deps.db();
      const tx = db.transaction(['reflections', 'later', 'nudges']);
      const [reflections, later, nudges] = await Promise.all([
        tx.objectStore('reflections').getAll(),
        tx.objectStore('later').getAll(),
        tx.objectStore('nudges').getAll(),
      ]);
      const opened = await lock.openReflections(reflections);
      return { reflections: opened.items, later, nudges: await lock.openNudges(nudges) };
    },
    async 'later.list'() {
      return { items: await pendingLater(await deps.db()) };
    },
    async 'later.done'({ id }) {
      if (!(await markDone(await deps.db(), id))) throw new Error(t('bg.itemGone'));
      await deps.cancelReminder(id);
      return null;
    },
    async 'sites.custom.add'({ origin }) {
      if (!(await deps.customSites.hasPermission(origin))) {
        throw new Error(t('bg.siteNotAllowed'));
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
    await deps.localeReady?.().catch(() => undefined);
    if (typeof message !== 'object' || message === null) return { ok: false, error: 'Unknown message' };
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) {
      return { ok: false, error: 'Unknown message' };
    }
    const rt = type as RequestType;
    const kind = classifySender(sender, deps.ownId, deps.ownBaseUrl);
    if (!allowed[rt].includes(kind)) return { ok: false, error: 'Not allowed from this sender' };
    const parsed = v.safeParse(schemas[rt], payload ?? null);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      // Our own kind messages (a short passphrase, a site address) speak for themselves; anything else names where.
      if (kindMessages().includes(issue.message)) return { ok: false, error: issue.message };
      return { ok: false, error: t('bg.invalid', { where: path ? ` (${path})` : '', detail: issue.message }) };
    }
    const handler = handlers[rt] as Handler<RequestType>;
    if (kind === 'extension-page' && deps.touchLock && rt !== 'lock.lock') {
      void lock.status().then((st) => st.enabled && !st.locked && deps.touchLock?.(), () => undefined);
    }
    try {
      try {
        return { ok: true, value: await handler(parsed.output as never, sender) };
      } catch (err) {
        // A connection closed under us (an upgrade elsewhere, the browser): nothing was
        // written, so one more try on a fresh connection is safe.
        if (!isClosedConnection(err) || !deps.resetDb) throw err;
        deps.resetDb();
        return { ok: true, value: await handler(parsed.output as never, sender) };
      }
    } catch (err) {
      if (err instanceof LockedError) return { ok: false, error: err.message, code: 'locked' };
      if (err instanceof WrongPassphraseError) return { ok: false, error: err.message, code: 'wrong-passphrase' };
      if (err instanceof CodedError) return { ok: false, error: err.message, code: err.code };
      const fault = describeStorageFault(err);
      if (fault) return { ok: false, error: fault, code: 'storage' };
      return { ok: false, error: err instanceof Error ? err.message : t('bg.somethingWrong') };
    }
  };
}
