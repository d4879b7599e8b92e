import { describe, expect, it } from 'vitest';
import { createRouter } from '../../entrypoints/background/handlers';
import { openJournal, type JournalDb } from '../../lib/db';
import { senders, testDeps } from './router-deps';
import { describeStorageFault, journalNotOpened, storageFull, storageUnavailable } from '../../lib/db/faults';

const { page, frame } = senders;
const reflection = { site: 'whatsapp', choice: 'check-in' as const, feelings: ['tense'], note: 'my words', win: false };

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** What Chromium and Firefox report when a transaction aborts because the disk is full. */
const abortedByQuota = () => Object.assign(new DOMException('The transaction was aborted.', 'AbortError'), { cause: quota() });

let n = 0;
/**
 * A journal whose writes fail while `fault` is set: the real database underneath
 * (fake-indexeddb), with the fault injected at the idb layer the handlers use.
 */
async function faultyJournal() {
  const real = await openJournal({ name: `faults-${++n}` });
  const state: { fault: (() => unknown) | null; opens: number; broken: boolean } = { fault: null, opens: 0, broken: false };
  const wrap = (db: JournalDb): JournalDb =>
    new Proxy(db, {
      get(target, prop, receiver) {
        if (prop === 'add' || prop === 'put' || prop === 'transaction') {
          return (...args: unknown[]) => {
            if (state.broken) throw new DOMException('The database connection is closing.', 'InvalidStateError');
            if (state.fault && (prop !== 'transaction' || args[1] === 'readwrite')) {
              if (prop === 'transaction') throw state.fault();
              return Promise.reject(state.fault());
            }
            return (Reflect.get(target, prop, receiver) as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return Reflect.get(target, prop, receiver);
      },
    });
  const deps = testDeps(
    async () => {
      state.opens++;
      return wrap(real);
    },
    { resetDb: () => (state.broken = false) },
  );
  return { route: createRouter(deps), state, real };
}

const total = async (route: Awaited<ReturnType<typeof faultyJournal>>['route']) =>
  ((await route({ type: 'reflections.query', payload: { query: {}, limit: 50 } }, page)) as { value: { total: number } }).value.total;

describe('storage faults', () => {
  it('names each fault kindly and plainly', () => {
    expect(describeStorageFault(quota())).toBe(storageFull());
    expect(describeStorageFault(abortedByQuota())).toBe(storageFull());
    expect(describeStorageFault(new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'))).toBe(storageUnavailable());
    expect(describeStorageFault(new DOMException('Internal error.', 'UnknownError'))).toBe(storageUnavailable());
    expect(describeStorageFault(Object.assign(new Error('x'), { name: 'JournalUnavailableError' }))).toBe(journalNotOpened());
    expect(describeStorageFault(new Error('something else'))).toBeUndefined();
    for (const m of [storageFull(), storageUnavailable(), journalNotOpened()]) expect(m).toMatch(/words are still here/);
  });

  for (const [name, fault] of [
    ['QuotaExceededError', quota],
    ['QuotaExceededError inside an AbortError', abortedByQuota],
  ] as const) {
    it(`a write that fails with ${name} is never reported as saved, and retry works once the fault is gone`, async () => {
      const { route, state } = await faultyJournal();
      await route({ type: 'reflection.add', payload: reflection }, frame);
      state.fault = fault;
      const failed = await route({ type: 'reflection.add', payload: { ...reflection, note: 'second' } }, frame);
      expect(failed).toEqual({ ok: false, error: storageFull(), code: 'storage' });
      expect(await total(route)).toBe(1); // the read model did not count it either
      const edit = await route({ type: 'reflection.update', payload: { id: 'x', note: 'y', feelings: [] } }, page);
      expect(edit).toMatchObject({ ok: false });
      state.fault = null;
      expect(await route({ type: 'reflection.add', payload: { ...reflection, note: 'second' } }, frame)).toMatchObject({ ok: true });
      expect(await total(route)).toBe(2);
    });
  }

  it('an import that hits a full disk changes nothing at all', async () => {
    const { route, state, real } = await faultyJournal();
    await route({ type: 'reflection.add', payload: reflection }, frame);
    const before = await real.getAll('reflections');
    state.fault = quota;
    const file = JSON.stringify({ format: 'unhurried-journal', version: 1, reflections: [{ ...before[0], id: 'new-1' }], later: [] });
    expect(await route({ type: 'journal.import', payload: { text: file, commit: true } }, page)).toEqual({ ok: false, error: storageFull(), code: 'storage' });
    expect(await real.getAll('reflections')).toEqual(before);
  });

  it('IndexedDB unavailable (a browser keeping no data): a kind message, nothing claimed', async () => {
    const { route, state } = await faultyJournal();
    state.fault = () => new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    expect(await route({ type: 'reflection.add', payload: reflection }, frame)).toEqual({ ok: false, error: storageUnavailable(), code: 'storage' });
    expect(await route({ type: 'later.add', payload: { site: 'whatsapp', url: 'https://web.whatsapp.com/', dueAt: null } }, frame)).toEqual({ ok: false, error: storageUnavailable(), code: 'storage' });
  });

  it('a journal that will not open at all: the open error is reported kindly', async () => {
    const route = createRouter(
      testDeps(() =>
        openJournal({
          name: `never-${++n}`,
          steps: [
            () => {
              throw new Error('broken');
            },
          ],
        }),
      ),
    );
    expect(await route({ type: 'reflection.add', payload: reflection }, frame)).toEqual({ ok: false, error: journalNotOpened(), code: 'storage' });
  });

  it('a connection closed under the background: one fresh try, and the write lands once', async () => {
    const { route, state, real } = await faultyJournal();
    state.broken = true;
    expect(await route({ type: 'reflection.add', payload: reflection }, frame)).toMatchObject({ ok: true });
    expect(await real.count('reflections')).toBe(1);
  });
});
