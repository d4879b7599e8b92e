import { t } from '../i18n';
import {
  createKeyring,
  fromB64,
  importPublicKey,
  openKeyring,
  openSealed,
  rewrap,
  sealToPublic,
  sealWithKey,
  toB64,
  unlock as unlockKeyring,
  DEFAULT_ITERATIONS,
  type Keyring,
  type OpenKeys,
} from '../crypto/vault';
import type { JournalDb } from './index';
import type { CustomNudge, LaterItem, PrivateFields, Reflection } from '../model';
import type { StoredLater, StoredNudge, StoredReflection } from './schema';
import {
  isSealedLater,
  isSealedNudge,
  isSealedReflection,
  laterSealedWithKey,
  nudgeAad,
  openLaterWith,
  reflectionAad,
  sealedWithKey,
  splitReflection,
} from './sealing';

/** Where the key-encryption key's bytes wait while unlocked: storage.session (memory only, trusted contexts only). */
export interface LockSession {
  get(): Promise<string | undefined>;
  set(kek: string): Promise<void>;
  clear(): Promise<void>;
}

/** The journal is locked: private data needs the passphrase first. */
export class LockedError extends Error {
  constructor() {
    super(t('bg.locked'));
    this.name = 'LockedError';
  }
}

/**
 * The passphrase lock (optional). Off: entries are stored as they are. On: each reflection's private fields,
 * each own nudge's words and each Later item's label are sealed — with the data key while unlocked, or to the sealing public key while
 * locked (the Pause card keeps working; those words open only after unlock). See lib/crypto/vault.ts.
 *
 * Nothing here depends on the worker staying alive: the keyring lives in IndexedDB, the unlocked state in
 * storage.session, and the open keys are re-derived from those when a fresh worker needs them.
 */
export class JournalLock {
  private keyring: Keyring | null | undefined;
  private keys: OpenKeys | null = null;
  private publicKey: CryptoKey | null = null;

  constructor(
    private readonly db: () => Promise<JournalDb>,
    private readonly session: LockSession,
    private readonly iterations = DEFAULT_ITERATIONS,
  ) {}

  private async currentKeyring(): Promise<Keyring | null> {
    if (this.keyring === undefined) this.keyring = (await (await this.db()).get('meta', 'keyring'))?.keyring ?? null;
    return this.keyring;
  }

  /** Forgets what this worker remembered (after an erase or an import); everything is read again. */
  forget(): void {
    this.keyring = undefined;
    this.keys = null;
    this.publicKey = null;
  }

  /** The open keys, or null when the lock is off or the journal is locked. */
  private async openKeys(): Promise<OpenKeys | null> {
    if (this.keys) return this.keys;
    const keyring = await this.currentKeyring();
    if (!keyring) return null;
    const kek = await this.session.get();
    if (!kek) return null;
    try {
      this.keys = await openKeyring(keyring, fromB64(kek));
    } catch {
      await this.session.clear();
      return null;
    }
    return this.keys;
  }

  /** Whether the lock is on, and whether the journal is locked now. */
  async status(): Promise<{ enabled: boolean; locked: boolean }> {
    const keyring = await this.currentKeyring();
    if (!keyring) return { enabled: false, locked: false };
    return { enabled: true, locked: (await this.openKeys()) === null };
  }

  /** Throws LockedError when the lock is on and the journal is locked. */
  async assertOpen(): Promise<void> {
    if ((await this.status()).locked) throw new LockedError();
  }

  /** A reflection as it should be stored now. */
  async sealReflection(r: Reflection): Promise<StoredReflection> {
    const keyring = await this.currentKeyring();
    if (!keyring) return r;
    const keys = await this.openKeys();
    if (keys) return sealedWithKey(keys.dataKey, r);
    const { open, priv } = splitReflection(r);
    this.publicKey ??= await importPublicKey(keyring.publicKey);
    return { ...open, sealed: await sealToPublic(this.publicKey, priv, reflectionAad(r.id)) };
  }

  /** A stored reflection, readable; null when it cannot be opened (damaged, or moved from another record). */
  async openReflection(s: StoredReflection): Promise<Reflection | null> {
    if (!isSealedReflection(s)) return s;
    const keys = await this.openKeys();
    if (!keys) throw new LockedError();
    try {
      const priv = await openSealed<PrivateFields>(keys, s.sealed, reflectionAad(s.id));
      const { sealed: _sealed, ...open } = s;
      return { ...open, ...priv } as Reflection;
    } catch {
      return null;
    }
  }

  /** Many at once; the ones that cannot be opened are counted, never thrown. */
  async openReflections(list: StoredReflection[]): Promise<{ items: Reflection[]; unreadable: number }> {
    const items: Reflection[] = [];
    let unreadable = 0;
    for (const s of list) {
      const r = await this.openReflection(s);
      if (r) items.push(r);
      else unreadable++;
    }
    return { items, unreadable };
  }

  /** An own nudge as it should be stored now (only while unlocked, when the lock is on). */
  async sealNudge(n: CustomNudge): Promise<StoredNudge> {
    if (!(await this.currentKeyring())) return n;
    const keys = await this.openKeys();
    if (!keys) throw new LockedError();
    const { text, ...open } = n;
    return { ...open, sealed: await sealWithKey(keys.dataKey, text, nudgeAad(n.id)) };
  }

  /** Own nudges, readable; while locked, none (the card uses the built-in ones). */
  async openNudges(list: StoredNudge[]): Promise<CustomNudge[]> {
    const sealed = list.some(isSealedNudge);
    const keys = sealed ? await this.openKeys() : null;
    const out: CustomNudge[] = [];
    for (const n of list) {
      if (!isSealedNudge(n)) out.push(n);
      else if (keys) {
        try {
          const { sealed: box, ...open } = n;
          out.push({ ...open, text: await openSealed<string>(keys, box, nudgeAad(n.id)) });
        } catch {
          // Damaged: left out.
        }
      }
    }
    return out;
  }

  /** A Later item as it should be stored now: its label sealed when the lock is on (only while unlocked). */
  async sealLater(item: LaterItem): Promise<StoredLater> {
    if (item.label === undefined || !(await this.currentKeyring())) return item;
    const keys = await this.openKeys();
    if (!keys) throw new LockedError();
    return laterSealedWithKey(keys.dataKey, item);
  }

  /**
   * Later items, readable. While locked their sealed labels are left out (the list, its times and its reminders
   * keep working; the person's words wait for the passphrase); a label that cannot be opened is left out too.
   */
  async openLater(list: StoredLater[]): Promise<LaterItem[]> {
    const keys = list.some(isSealedLater) ? await this.openKeys() : null;
    return Promise.all(list.map((item) => openLaterWith(keys, item)));
  }

  /** Turns the lock on: a new keyring, and everything private sealed, in one transaction. */
  async enable(passphrase: string): Promise<void> {
    if (await this.currentKeyring()) throw new Error(t('bg.lockAlreadyOn'));
    const { keyring, keys, kek } = await createKeyring(passphrase, this.iterations);
    const db = await this.db();
    const [reflections, nudges, later] = await Promise.all([db.getAll('reflections'), db.getAll('nudges'), db.getAll('later')]);
    const sealedL = await Promise.all(later.filter((l) => !isSealedLater(l) && l.label !== undefined).map((l) => laterSealedWithKey(keys.dataKey, l as LaterItem)));
    const sealedR = await Promise.all(
      reflections.map((r) => (isSealedReflection(r) ? r : sealedWithKey(keys.dataKey, r))),
    );
    const sealedN = await Promise.all(
      nudges.map(async (n) => {
        if (isSealedNudge(n)) return n;
        const { text, ...open } = n;
        return { ...open, sealed: await sealWithKey(keys.dataKey, text, nudgeAad(n.id)) };
      }),
    );
    const tx = db.transaction(['reflections', 'nudges', 'later', 'meta'], 'readwrite');
    await Promise.all([
      ...sealedR.map((r) => tx.objectStore('reflections').put(r)),
      ...sealedN.map((n) => tx.objectStore('nudges').put(n)),
      ...sealedL.map((l) => tx.objectStore('later').put(l)),
      tx.objectStore('meta').put({ id: 'keyring', keyring }),
      tx.done,
    ]);
    this.keyring = keyring;
    this.keys = keys;
    await this.session.set(toB64(kek));
    await this.sealLeftovers();
  }

  /** Seals anything still stored plain (a check-in or a label that landed while the lock was being turned on). */
  async sealLeftovers(): Promise<void> {
    const keys = await this.openKeys();
    if (!keys) return;
    const db = await this.db();
    const plain = (await db.getAll('reflections')).filter((r) => !isSealedReflection(r)) as Reflection[];
    const labelled = (await db.getAll('later')).filter((l) => !isSealedLater(l) && l.label !== undefined) as LaterItem[];
    if (!plain.length && !labelled.length) return;
    const sealed = await Promise.all(plain.map((r) => sealedWithKey(keys.dataKey, r)));
    const sealedL = await Promise.all(labelled.map((l) => laterSealedWithKey(keys.dataKey, l)));
    const tx = db.transaction(['reflections', 'later'], 'readwrite');
    await Promise.all([...sealed.map((r) => tx.objectStore('reflections').put(r)), ...sealedL.map((l) => tx.objectStore('later').put(l)), tx.done]);
  }

  /** Checks a passphrase against the stored keyring (by unwrapping); throws WrongPassphraseError. */
  private async check(passphrase: string): Promise<{ keys: OpenKeys; kek: Uint8Array<ArrayBuffer> }> {
    const keyring = await this.currentKeyring();
    if (!keyring) throw new Error(t('bg.lockNotOn'));
    return unlockKeyring(keyring, passphrase);
  }

  /** Checks the passphrase without changing anything (before an encrypted export). */
  async verify(passphrase: string): Promise<void> {
    await this.check(passphrase);
  }

  /** Unlocks with the passphrase. */
  async unlock(passphrase: string): Promise<void> {
    const { keys, kek } = await this.check(passphrase);
    this.keys = keys;
    await this.session.set(toB64(kek));
    await this.sealLeftovers();
  }

  /** Locks now: the keys are forgotten here and in the session. */
  async lock(): Promise<void> {
    this.keys = null;
    await this.session.clear();
  }

  /** A new passphrase: the same keys re-wrapped, written in one put (all or nothing). */
  async change(oldPassphrase: string, newPassphrase: string): Promise<void> {
    const keyring = await this.currentKeyring();
    if (!keyring) throw new Error(t('bg.lockNotOn'));
    const next = await rewrap(keyring, oldPassphrase, newPassphrase, Math.max(keyring.kdf.iterations, this.iterations));
    const db = await this.db();
    await db.put('meta', { id: 'keyring', keyring: next.keyring });
    this.keyring = next.keyring;
    await this.session.set(toB64(next.kek));
  }

  /** Turns the lock off: everything opened and stored plain again, and the keyring removed, in one transaction. */
  async disable(passphrase: string): Promise<void> {
    const { keys } = await this.check(passphrase);
    this.keys = keys;
    const db = await this.db();
    const [reflections, nudges, later] = await Promise.all([db.getAll('reflections'), db.getAll('nudges'), db.getAll('later')]);
    const openR: Reflection[] = [];
    for (const r of reflections) {
      const o = await this.openReflection(r);
      if (!o) throw new Error(t('bg.lockStays'));
      openR.push(o);
    }
    const openN = await this.openNudges(nudges);
    const openL = await this.openLater(later.filter(isSealedLater));
    const tx = db.transaction(['reflections', 'nudges', 'later', 'meta'], 'readwrite');
    await Promise.all([
      ...openR.map((r) => tx.objectStore('reflections').put(r)),
      ...openN.map((n) => tx.objectStore('nudges').put(n)),
      ...openL.map((l) => tx.objectStore('later').put(l)),
      tx.objectStore('meta').delete('keyring'),
      tx.done,
    ]);
    this.keyring = null;
    this.keys = null;
    await this.session.clear();
  }
}
