import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { senders, testDeps } from './router-deps';
import { openJournal } from '../../lib/db';

const { page, frame, content } = senders;
const reflection = { site: 'whatsapp', choice: 'check-in' as const, feelings: [], note: 'kept', win: false };

let n = 0;
/** The background's router from a freshly loaded module, as after the service worker was stopped and woken. */
async function freshRouter(name: string, session: Map<string, unknown>) {
  vi.resetModules();
  const { createRouter } = await import('../../entrypoints/background/handlers');
  const db = openJournal({ name });
  return createRouter(
    testDeps(() => db, {
      now: () => 1_000_000, // the same clock for every worker: ties must not lose anything
      newId: () => `id-${++n}`,
      session: { get: async (k) => session.get(k), set: async (k, v) => void session.set(k, v) },
    }),
  );
}

describe('the background lifecycle', () => {
  it('registers every listener synchronously when it starts (a woken worker hears the event that woke it)', async () => {
    // fakeBrowser has no commands or action: stand-ins that remember their listeners.
    const commandListeners: unknown[] = [];
    Object.assign(fakeBrowser, {
      commands: { onCommand: { addListener: (l: unknown) => commandListeners.push(l) } },
      action: { setTitle: async () => undefined, setIcon: async () => undefined },
    });
    const { default: background } = await import('../../entrypoints/background/index');
    background.main();
    expect(commandListeners).toHaveLength(1);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
    expect(fakeBrowser.notifications.onClicked.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onInstalled.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onStartup.hasListeners()).toBe(true);
  });

  it('locks when the idle alarm rings, through the lock service, and tells open pages', async () => {
    Object.assign(fakeBrowser, {
      commands: { onCommand: { addListener: () => undefined } },
      action: { setTitle: async () => undefined, setIcon: async () => undefined },
    });
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const { default: background } = await import('../../entrypoints/background/index');
    background.main();
    await fakeBrowser.storage.session.set({ lockKek: 'an unlocked key' });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'autolock', scheduledTime: Date.now(), persistAcrossSessions: false });
    await expect.poll(() => fakeBrowser.storage.session.get('lockKek')).toEqual({});
    await expect.poll(() => sent.mock.calls.map(([m]) => (m as unknown as { type: string }).type).sort()).toEqual(['journal.changed', 'nudges.changed'].sort());
  });

  it('keeps nothing in memory that matters: a worker loaded afresh between two steps sees all of it', async () => {
    const session = new Map<string, unknown>();
    const name = `fresh-${++n}`;
    const a = await freshRouter(name, session);
    await a({ type: 'frame.register', payload: { token: 't'.repeat(32) } }, content);
    await a({ type: 'reflection.add', payload: reflection }, frame);
    await a({ type: 'pause.shown', payload: { key: 'abc' } }, content);
    await a({ type: 'reflections.query', payload: { query: {}, limit: 5 } }, page); // warms A's read model only

    const b = await freshRouter(name, session);
    expect(await b({ type: 'frame.token', payload: null }, frame)).toEqual({ ok: true, value: { token: 't'.repeat(32) } });
    expect(await b({ type: 'reflections.query', payload: { query: { text: 'kept' }, limit: 5 } }, page)).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await b({ type: 'pause.recent', payload: null }, content)).toMatchObject({ ok: true, value: { recent: [['abc', expect.any(Number)]] } });
  });

  it('two tabs saving at once, even through two workers with the same clock, lose nothing', async () => {
    const session = new Map<string, unknown>();
    const name = `together-${++n}`;
    const one = await freshRouter(name, session);
    const two = await freshRouter(name, session);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? one : two)({ type: 'reflection.add', payload: { ...reflection, note: `note ${i}` } }, { ...frame, tab: { id: i % 2 } })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    // Page through everything in small pages: every one, once.
    const seen: string[] = [];
    let after: { createdAt: number; id: string } | undefined;
    for (;;) {
      const r = (await one({ type: 'reflections.query', payload: { query: {}, limit: 7, ...(after ? { after } : {}) } }, page)) as {
        value: { items: Array<{ id: string; createdAt: number; note: string }> };
      };
      if (!r.value.items.length) break;
      seen.push(...r.value.items.map((x) => x.note));
      const last = r.value.items.at(-1)!;
      after = { createdAt: last.createdAt, id: last.id };
    }
    expect(seen.sort()).toEqual(Array.from({ length: 40 }, (_, i) => `note ${i}`).sort());
  });
});
