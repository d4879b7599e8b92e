import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../../entrypoints/background/handlers';
import { senders, testDeps } from './router-deps';
import { openJournal } from '../../lib/db';
import { fromB64, toB64 } from '../../lib/crypto/vault';
import type { LaterItem } from '../../lib/model';
import { toMarkdown } from '../../lib/export';

const { page, frame, content } = senders;
const FAST = 1_000; // PBKDF2 iterations in these tests only

let n = 0;
async function setup() {
  const real = await openJournal({ name: `later-label-${++n}` });
  let id = 0;
  const { route } = createBackground(
    testDeps(async () => real, {
      now: () => 1_700_000_000_000 + ++id,
      newId: () => `l${++id}`,
      lockSession: {
        get: async () => (await fakeBrowser.storage.session.get('lockKek'))['lockKek'] as string | undefined,
        set: (k) => fakeBrowser.storage.session.set({ lockKek: k }),
        clear: () => fakeBrowser.storage.session.remove('lockKek'),
      },
      lockIterations: FAST,
    }),
  );
  const ask = async <T = unknown>(type: string, payload: unknown = null, sender: object = page) =>
    (await route({ type, payload }, sender)) as { ok: boolean; value: T; error: string; code?: string };
  const add = async () => (await ask<{ id: string }>('later.add', { site: 'whatsapp', url: 'https://web.whatsapp.com/', dueAt: null }, frame)).value.id;
  const list = async () => (await ask<{ items: LaterItem[] }>('later.list')).value.items;
  const raw = async () => JSON.stringify(await real.getAll('later'));
  return { ask, add, list, raw, real };
}

describe('a Later item\'s private label', () => {
  it('is set, changed and removed from an extension page; trimmed, at most 200 characters', async () => {
    const { ask, add, list } = await setup();
    const a = await add();
    const b = await add();
    const set = await ask<{ item: LaterItem }>('later.label', { id: a, label: '  Mum, about Sunday  ' });
    expect(set.value.item).toMatchObject({ id: a, label: 'Mum, about Sunday' });
    await ask('later.label', { id: b, label: 'The landlord' });
    expect((await list()).map((x) => x.label)).toEqual(['Mum, about Sunday', 'The landlord']);
    expect(await ask('later.label', { id: a, label: 'x'.repeat(201) })).toMatchObject({ ok: false });
    expect(await ask('later.label', { id: a, label: 'x'.repeat(200) })).toMatchObject({ ok: true });
    await ask('later.label', { id: a, label: '   ' });
    const [first] = await list();
    expect(first).not.toHaveProperty('label');
    expect(await ask('later.label', { id: 'gone', label: 'hello' })).toMatchObject({ ok: false, error: 'That item is no longer on the list.' });
  });

  it('only extension pages may set one: a content script is refused', async () => {
    const { ask, add } = await setup();
    const a = await add();
    expect((await ask('later.label', { id: a, label: 'from the page' }, content)).error).toBe('Not allowed from this sender');
  });

  it('with the lock on: sealed at rest (also the ones set before), never handed out while locked, kept through a new time', async () => {
    const { ask, add, list, raw } = await setup();
    const a = await add();
    await ask('later.label', { id: a, label: 'before the lock' });
    await ask('lock.enable', { passphrase: 'a long passphrase' });
    expect(await raw()).not.toContain('before the lock');
    expect(await raw()).toContain('"sealed"');
    await ask('later.label', { id: a, label: 'while unlocked' });
    expect(await raw()).not.toContain('while unlocked');
    expect((await list())[0]?.label).toBe('while unlocked');

    await ask('lock.lock');
    // Locked: the list, its times and its reminders still work; the words wait for the passphrase.
    const locked = await list();
    expect(locked).toHaveLength(1);
    expect(locked[0]).not.toHaveProperty('label');
    expect(locked[0]).not.toHaveProperty('sealed');
    expect(await ask('later.label', { id: a, label: 'while locked' })).toMatchObject({ ok: false, code: 'locked' });
    const moved = await ask<{ item: LaterItem }>('later.reschedule', { id: a, dueAt: 1_800_000_000_000 });
    expect(moved.value.item).not.toHaveProperty('label');

    await ask('lock.unlock', { passphrase: 'a long passphrase' });
    expect((await list())[0]).toMatchObject({ label: 'while unlocked', dueAt: 1_800_000_000_000 });
    expect((await ask<{ item: LaterItem }>('later.reschedule', { id: a, dueAt: null })).value.item.label).toBe('while unlocked');
  });

  it('a damaged label is left out; the item stays on the list', async () => {
    const { ask, add, list, real } = await setup();
    const a = await add();
    await ask('lock.enable', { passphrase: 'a long passphrase' });
    await ask('later.label', { id: a, label: 'soon damaged' });
    const stored = (await real.get('later', a)) as unknown as { sealed: { ct: string } };
    const bytes = fromB64(stored.sealed.ct);
    bytes[2]! ^= 0x01;
    await real.put('later', { ...stored, sealed: { ...stored.sealed, ct: toB64(bytes) } } as never);
    const items = await list();
    expect(items.map((x) => x.id)).toEqual([a]);
    expect(items[0]).not.toHaveProperty('label');
  });

  it('turning the lock off stores it plain again', async () => {
    const { ask, add, list, raw } = await setup();
    const a = await add();
    await ask('lock.enable', { passphrase: 'a long passphrase' });
    await ask('later.label', { id: a, label: 'plain again' });
    await ask('lock.disable', { passphrase: 'a long passphrase' });
    expect(await raw()).toContain('plain again');
    expect(await raw()).not.toContain('"sealed"');
    expect((await list())[0]?.label).toBe('plain again');
  });

  it('travels with the journal: exported opened, imported (sealed when the lock is on there), in the Markdown too', async () => {
    const one = await setup();
    const a = await one.add();
    await one.ask('lock.enable', { passphrase: 'a long passphrase' });
    await one.ask('later.label', { id: a, label: 'The landlord, about the deposit' });
    const journal = (await one.ask<{ reflections: []; later: LaterItem[] }>('journal.export')).value;
    expect(journal.later[0]?.label).toBe('The landlord, about the deposit');
    expect(toMarkdown(journal)).toContain('The landlord, about the deposit');

    const other = await setup();
    await other.ask('lock.enable', { passphrase: 'another passphrase' });
    const text = JSON.stringify({ format: 'unhurried-journal', version: 1, ...journal });
    expect(await other.ask('journal.import', { text, commit: true })).toMatchObject({ ok: true });
    expect(await other.raw()).not.toContain('The landlord');
    expect((await other.list())[0]?.label).toBe('The landlord, about the deposit');
    // A label too long is refused with the file, and changes nothing.
    const tooLong = JSON.stringify({ format: 'unhurried-journal', version: 1, reflections: [], later: [{ ...journal.later[0], id: 'x2', label: 'x'.repeat(201) }] });
    expect(await other.ask('journal.import', { text: tooLong, commit: true })).toMatchObject({ ok: false });
    expect(await other.list()).toHaveLength(1);
  });
});
