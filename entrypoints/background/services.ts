import type { JournalDb } from '../../lib/db';
import { JournalLock, type LockSession } from '../../lib/db/lock';
import { reflectionSource } from '../../lib/db/reflections';
import { ReflectionCache } from '../../lib/journal/reflection-cache';
import type { Settings } from '../../lib/settings-model';

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
  /**
   * "Move to chat": runs lib/sites/insert-text.ts in the page's own world of that tab and frame, with only the text;
   * true when an editable had focus there. Left out in tests that do not need it.
   */
  insertInPage?: (tabId: number, frameId: number, text: string) => Promise<boolean>;
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

/** The background's long-lived services: made once per worker, shared by every handler and by the alarms. */
export interface Services {
  deps: HandlerDeps;
  /** The one handle on the passphrase lock. */
  lock: JournalLock;
  /** The read model of the reflections (opened through the lock). */
  cache: ReflectionCache;
  /** Locks now, as "Lock now" does: the keys forgotten, the read model emptied, open pages told. */
  lockNow(): Promise<void>;
}

/** Builds the services from the outside world's dependencies. */
export function createServices(deps: HandlerDeps): Services {
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
  const cache = new ReflectionCache(reflectionSource(deps.db), (list) => lock.openReflections(list));
  return {
    deps,
    lock,
    cache,
    async lockNow() {
      await lock.lock();
      cache.reset();
      deps.notifyChanged();
      deps.notifyChanged('nudges');
    },
  };
}
