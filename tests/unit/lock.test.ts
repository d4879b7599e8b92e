import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground, type HandlerDeps } from '../../entrypoints/background/handlers';
import { senders, testDeps } from './router-deps';
import { openJournal, type JournalDb } from '../../lib/db';
import { createKeyring, DEFAULT_ITERATIONS, fromB64, openSealed, rewrap, sealWithKey, toB64, unlock, WrongPassphraseError } from '../../lib/crypto/vault';
import { NEEDS_PASSPHRASE } from '../../lib/journal/validate';

const { page, frame, content } = senders;
const check = (note: string) => ({ site: 'whatsapp', choice: 'check-in' as const, feelings: ['tense'], intensity: 4, note, win: true });
const FAST = 1_000; // PBKDF2 iterations in these tests only; the product stores at least 600,000

let n = 0;
async function setup(opts: { faultyMetaPut?: () => boolean; deps?: Partial<HandlerDeps> } = {}) {
  const real = await openJournal({ name: `lock-${++n}` });
  const db: JournalDb = opts.faultyMetaPut
    ? new Proxy(real, {
        get(target, prop, receiver) {
          if (prop === 'put') {
            return (store: string, value: unknown) =>
              store === 'meta' && opts.faultyMetaPut!() ? Promise.reject(new DOMException('disk', 'UnknownError')) : target.put(store as never, value as never);
          }
          const value = Reflect.get(target, prop, receiver) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      })
    : real;
  let id = 0;
  const { route, services } = createBackground(
    testDeps(async () => db, {
      now: () => 1_700_000_000_000 + ++id,
      newId: () => `r${++id}`,
      lockSession: {
        get: async () => (await fakeBrowser.storage.session.get('lockKek'))['lockKek'] as string | undefined,
        set: (k) => fakeBrowser.storage.session.set({ lockKek: k }),
        clear: () => fakeBrowser.storage.session.remove('lockKek'),
      },
      lockIterations: FAST,
      ...opts.deps,
    }),
  );
  const ask = async <T = unknown>(type: string, payload: unknown = null, sender: object = page) => (await route({ type, payload }, sender)) as { ok: boolean; value: T; error: string; code?: string };
  return { route, ask, real, services };
}
const notes = async (ask: Awaited<ReturnType<typeof setup>>['ask']) =>
  ((await ask<{ items: Array<{ note: string }> }>('reflections.query', { query: {}, limit: 50 })).value?.items ?? []).map((r) => r.note).sort();

describe('the vault', () => {
  it('stores its parameters: PBKDF2-SHA-256, at least 600,000 iterations, a 16-byte salt; keys non-extractable', async () => {
    const { keyring, keys } = await createKeyring('correct horse battery staple');
    expect(keyring.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256' });
    expect(keyring.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(DEFAULT_ITERATIONS).toBe(600_000);
    expect(fromB64(keyring.kdf.salt)).toHaveLength(16);
    expect([keys.dataKey.extractable, keys.privateKey.extractable]).toEqual([false, false]);
    expect(JSON.stringify(keyring)).not.toContain('correct horse');
  }, 20_000);

  it('uses a fresh 96-bit IV for every write', async () => {
    const { keys } = await createKeyring('a passphrase', FAST);
    const ivs = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const box = await sealWithKey(keys.dataKey, { note: 'same words' }, 'reflection:same');
      expect(fromB64(box.iv)).toHaveLength(12);
      ivs.add(box.iv);
    }
    expect(ivs.size).toBe(500);
  });

  it('binds each entry to its id, refuses a wrong passphrase, and re-wraps under a new one', async () => {
    const { keyring, keys } = await createKeyring('first passphrase', FAST);
    const box = await sealWithKey(keys.dataKey, 'words', 'reflection:a');
    await expect(openSealed(keys, box, 'reflection:b')).rejects.toThrow();
    await expect(unlock(keyring, 'not it')).rejects.toBeInstanceOf(WrongPassphraseError);
    const next = await rewrap(keyring, 'first passphrase', 'second passphrase', FAST);
    await expect(unlock(next.keyring, 'first passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    const reopened = await unlock(next.keyring, 'second passphrase');
    expect(await openSealed(reopened.keys, box, 'reflection:a')).toBe('words');
  });
});

describe('the passphrase lock, through the background', () => {
  it('encrypts everything private at rest when turned on; a check-in saved while locked opens only after unlock', async () => {
    const { ask, real } = await setup();
    await ask('reflection.add', check('before the lock'), frame);
    await ask('nudges.save', { builtIn: false, text: 'My own words about the lake.' });
    expect(await ask('lock.enable', { passphrase: 'short' })).toMatchObject({ ok: false });
    expect(await ask('lock.enable', { passphrase: 'a long passphrase' })).toMatchObject({ ok: true });
    expect((await ask('lock.status')).value).toEqual({ enabled: true, locked: false });
    const raw = JSON.stringify([await real.getAll('reflections'), await real.getAll('nudges'), await real.getAll('meta')]);
    for (const secret of ['before the lock', 'tense', 'My own words', 'a long passphrase']) expect(raw).not.toContain(secret);

    await ask('lock.lock');
    expect((await ask('lock.status')).value).toEqual({ enabled: true, locked: true });
    // Locked: the card still saves; private reads are refused kindly; the card's nudge list has no own words.
    expect(await ask('reflection.add', check('written while locked'), frame)).toMatchObject({ ok: true });
    const refused = await ask('reflections.query', { query: {}, limit: 5 });
    expect(refused).toMatchObject({ ok: false });
    expect(refused.error).toMatch(/locked/);
    expect(await ask('journal.export')).toMatchObject({ ok: false });
    expect((await ask<{ nudges: unknown[] }>('nudges.list', null, frame)).value.nudges).toEqual([]);
    expect(JSON.stringify(await real.getAll('reflections'))).not.toContain('written while locked');

    expect((await ask('lock.unlock', { passphrase: 'wrong passphrase' })).error).toMatch(/did not unlock/);
    expect(await ask('lock.unlock', { passphrase: 'a long passphrase' })).toMatchObject({ ok: true });
    expect(await notes(ask)).toEqual(['before the lock', 'written while locked']);
    expect((await ask<{ nudges: Array<{ text: string }> }>('nudges.list')).value.nudges.map((x) => x.text)).toEqual(['My own words about the lake.']);
  });

  it('a flipped byte makes only that entry unreadable, and says how many', async () => {
    const { ask, real } = await setup();
    for (const w of ['one', 'two', 'three']) await ask('reflection.add', check(w), frame);
    await ask('lock.enable', { passphrase: 'a long passphrase' });
    const [first] = (await real.getAll('reflections')) as Array<{ id: string; sealed: { ct: string } }>;
    const bytes = fromB64(first!.sealed.ct);
    bytes[3]! ^= 0x01;
    await real.put('reflections', { ...first, sealed: { ...first!.sealed, ct: toB64(bytes) } } as never);
    await ask('lock.lock');
    await ask('lock.unlock', { passphrase: 'a long passphrase' });
    const res = await ask<{ items: unknown[]; total: number; unreadable: number }>('reflections.query', { query: {}, limit: 10 });
    expect(res.value.items).toHaveLength(2);
    expect(res.value.unreadable).toBe(1);
  });

  it('changes the passphrase in one write: a fault leaves the old one working', async () => {
    let fail = false;
    const { ask } = await setup({ faultyMetaPut: () => fail });
    await ask('reflection.add', check('kept'), frame);
    await ask('lock.enable', { passphrase: 'old passphrase' });
    fail = true;
    expect(await ask('lock.change', { passphrase: 'old passphrase', next: 'new passphrase' })).toMatchObject({ ok: false });
    fail = false;
    await ask('lock.lock');
    expect(await ask('lock.unlock', { passphrase: 'new passphrase' })).toMatchObject({ ok: false });
    expect(await ask('lock.unlock', { passphrase: 'old passphrase' })).toMatchObject({ ok: true });
    expect(await ask('lock.change', { passphrase: 'old passphrase', next: 'new passphrase' })).toMatchObject({ ok: true });
    await ask('lock.lock');
    expect(await ask('lock.unlock', { passphrase: 'new passphrase' })).toMatchObject({ ok: true });
    expect(await notes(ask)).toEqual(['kept']);
  });

  it('the idle alarm locks through the lock service (no message to itself): locked, read model emptied, open pages told', async () => {
    const told: string[] = [];
    const { ask, services } = await setup({ deps: { notifyChanged: (what = 'journal') => void told.push(what) } });
    await ask('lock.enable', { passphrase: 'a long passphrase' });
    await ask('reflection.add', check('read before the alarm'), frame);
    expect(await notes(ask)).toEqual(['read before the alarm']);
    const emptied = vi.spyOn(services.cache, 'reset');
    told.length = 0;
    await services.lockNow();
    expect(await services.lock.status()).toEqual({ enabled: true, locked: true });
    expect((await ask('lock.status')).value).toEqual({ enabled: true, locked: true });
    expect(await ask('reflections.query', { query: {}, limit: 5 })).toMatchObject({ ok: false, code: 'locked' });
    expect(emptied).toHaveBeenCalled();
    expect(told.sort()).toEqual(['journal', 'nudges']);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).not.toContain('lockKek');
    expect(await ask('lock.unlock', { passphrase: 'a long passphrase' })).toMatchObject({ ok: true });
    expect(await notes(ask)).toEqual(['read before the alarm']);
  });

  it('keeps nothing secret in storage.local, and the unlocked key only in storage.session', async () => {
    const { ask } = await setup();
    await ask('lock.enable', { passphrase: 'a long passphrase' });
    await ask('reflection.add', check('private words'), frame);
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(local).not.toMatch(/private words|a long passphrase|lockKek|keyring/);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toContain('lockKek');
    await ask('lock.lock');
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).not.toContain('lockKek');
  });

  it('refuses lock requests from a content script, and erasing works while locked (the way out after a forgotten passphrase)', async () => {
    const { ask, real } = await setup();
    await ask('lock.enable', { passphrase: 'a long passphrase' });
    for (const type of ['lock.unlock', 'lock.status', 'lock.disable', 'journal.export.encrypted']) {
      expect((await ask(type, { passphrase: 'x' }, content)).error, type).toBe('Not allowed from this sender');
    }
    await ask('reflection.add', check('gone'), frame);
    await ask('lock.lock');
    expect(await ask('journal.erase', { confirm: 'erase' })).toMatchObject({ ok: true });
    expect(await real.count('meta')).toBe(0);
    expect((await ask('lock.status')).value).toEqual({ enabled: false, locked: false });
  });

  it('turns off with the passphrase, leaving everything readable again', async () => {
    const { ask, real } = await setup();
    await ask('reflection.add', check('plain again'), frame);
    await ask('lock.enable', { passphrase: 'a long passphrase' });
    expect(await ask('lock.disable', { passphrase: 'nope nope nope' })).toMatchObject({ ok: false });
    expect(await ask('lock.disable', { passphrase: 'a long passphrase' })).toMatchObject({ ok: true });
    expect(JSON.stringify(await real.getAll('reflections'))).toContain('plain again');
    expect(await real.count('meta')).toBe(0);
  });

  it('exports an encrypted file that imports again only with its passphrase', async () => {
    const { ask } = await setup();
    await ask('reflection.add', check('travels encrypted'), frame);
    await ask('lock.enable', { passphrase: 'a long passphrase' });
    expect(await ask('journal.export.encrypted', { passphrase: 'not the one' })).toMatchObject({ ok: false });
    const { text } = (await ask<{ text: string }>('journal.export.encrypted', { passphrase: 'a long passphrase' })).value;
    expect(text).not.toContain('travels encrypted');
    const other = await setup();
    expect((await other.ask('journal.import', { text, commit: false })).code).toBe(NEEDS_PASSPHRASE);
    expect((await other.ask('journal.import', { text, commit: false, passphrase: 'wrong one here' })).error).toMatch(/did not unlock/);
    expect(await other.ask('journal.import', { text, commit: true, passphrase: 'a long passphrase' })).toMatchObject({ ok: true });
    expect(await notes(other.ask)).toEqual(['travels encrypted']);
  });
});
