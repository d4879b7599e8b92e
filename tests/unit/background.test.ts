import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter, type HandlerDeps } from '../../entrypoints/background/handlers';
import { createReminders, REMINDER_MESSAGE, REMINDER_TITLE } from '../../entrypoints/background/reminders';
import { openJournal, type JournalDb } from '../../lib/db';
import { addLater } from '../../lib/db/later';
import { classifySender } from '../../lib/messaging';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${OWN}/`;
const page = { id: OWN, url: `${BASE}popup.html` };
const frame = { id: OWN, url: `${BASE}pause.html`, tab: { id: 4 }, frameId: 7 };
const content = { id: OWN, url: 'https://web.whatsapp.com/', tab: { id: 4 }, frameId: 0 };

let dbCount = 0;
function setup() {
  const dbp = openJournal({ name: `test-${++dbCount}` });
  const session = new Map<string, unknown>();
  const scheduled: Array<[string, number]> = [];
  const granted = new Set<string>();
  const cancelled: string[] = [];
  const registered = new Set<string>();
  let t = 1_000;
  let n = 0;
  const deps: HandlerDeps = {
    db: () => dbp,
    now: () => (t += 1000),
    newId: () => `id-${++n}`,
    ownId: OWN,
    ownBaseUrl: BASE,
    session: { get: async (k) => session.get(k), set: async (k, v) => void session.set(k, v) },
    scheduleReminder: async (id, due) => void scheduled.push([id, due]),
    cancelReminder: async (id) => void cancelled.push(id),
    customSites: {
      hasPermission: async (o) => granted.has(o),
      register: async (o) => void registered.add(o),
      unregister: async (o) => void registered.delete(o),
    },
  };
  return { route: createRouter(deps), dbp, session, scheduled, granted, registered, cancelled };
}

const reflection = {
  site: 'whatsapp',
  choice: 'check-in' as const,
  feelings: ['tense'],
  note: 'hello',
  win: false,
};

describe('sender classification', () => {
  it('tells extension pages, content scripts and strangers apart', () => {
    expect(classifySender(page, OWN, BASE)).toBe('extension-page');
    expect(classifySender({ ...frame, url: 'chrome-extension://0f1e2d3c-dynamic/pause.html' }, OWN, BASE)).toBe('extension-page');
    expect(classifySender(content, OWN, BASE)).toBe('content-script');
    expect(classifySender({ ...content, id: 'someone-else' }, OWN, BASE)).toBe('unknown');
    expect(classifySender({ id: OWN }, OWN, BASE)).toBe('unknown');
    expect(classifySender({ id: OWN, url: 'https://x.test/' }, OWN, BASE)).toBe('unknown');
  });
});

describe('background router', () => {
  it('saves a check-in from the pause frame and lists reflections newest first to extension pages', async () => {
    const { route } = setup();
    expect(await route({ type: 'reflection.add', payload: reflection }, frame)).toEqual({ ok: true, value: { id: 'id-1' } });
    await route({ type: 'reflection.add', payload: { ...reflection, note: 'second' } }, frame);
    const res = await route({ type: 'reflections.list', payload: { limit: 10 } }, page);
    expect(res.ok).toBe(true);
    const items = (res as { value: { items: Array<{ note: string; createdAt: number }> } }).value.items;
    expect(items.map((r) => r.note)).toEqual(['second', 'hello']);
    const older = await route({ type: 'reflections.list', payload: { limit: 10, before: items[0]!.createdAt } }, page);
    expect((older as { value: { items: unknown[] } }).value.items).toHaveLength(1);
  });

  it('refuses private data to content scripts and unknown senders', async () => {
    const { route } = setup();
    await route({ type: 'reflection.add', payload: reflection }, frame);
    expect(await route({ type: 'reflections.list', payload: { limit: 10 } }, content)).toEqual({
      ok: false,
      error: 'Not allowed from this sender',
    });
    expect(await route({ type: 'reflection.add', payload: reflection }, content)).toMatchObject({ ok: false });
    expect(await route({ type: 'frame.token', payload: null }, content)).toMatchObject({ ok: false });
    expect(await route({ type: 'reflections.list', payload: { limit: 10 } }, { ...page, id: 'other' })).toMatchObject({ ok: false });
  });

  it('refuses unknown messages and invalid payloads with the path of the bad field', async () => {
    const { route } = setup();
    expect(await route({ type: 'reflections.dump', payload: null }, page)).toEqual({ ok: false, error: 'Unknown message' });
    expect(await route('hello', page)).toEqual({ ok: false, error: 'Unknown message' });
    const bad = await route({ type: 'reflection.add', payload: { ...reflection, intensity: 9 } }, frame);
    expect(bad).toMatchObject({ ok: false });
    expect((bad as { error: string }).error).toContain('intensity');
    expect(await route({ type: 'reflection.add', payload: { ...reflection, extra: 1 } }, frame)).toMatchObject({ ok: false });
  });

  it('hands the frame secret only to the frame of the same tab', async () => {
    const { route } = setup();
    const token = 'x'.repeat(32);
    expect(await route({ type: 'frame.register', payload: { token } }, content)).toEqual({ ok: true, value: null });
    expect(await route({ type: 'frame.token', payload: null }, frame)).toEqual({ ok: true, value: { token } });
    expect(await route({ type: 'frame.token', payload: null }, { ...frame, tab: { id: 5 } })).toEqual({ ok: true, value: { token: null } });
  });

  it('keeps recent pauses for cooldowns and stores Later items with a reminder', async () => {
    const { route, scheduled } = setup();
    await route({ type: 'pause.shown', payload: { key: 'abc' } }, content);
    const recent = await route({ type: 'pause.recent', payload: null }, content);
    expect((recent as { value: { recent: Array<[string, number]> } }).value.recent.map(([k]) => k)).toEqual(['abc']);
    const later = await route({ type: 'later.add', payload: { site: 'whatsapp', url: 'https://web.whatsapp.com/', dueAt: 99_000 } }, frame);
    expect(later).toEqual({ ok: true, value: { id: 'id-1' } });
    expect(scheduled).toEqual([['id-1', 99_000]]);
    await route({ type: 'later.add', payload: { site: 'whatsapp', url: 'https://web.whatsapp.com/', dueAt: null } }, frame);
    expect(scheduled).toHaveLength(1);
  });
});

describe('editing and deleting reflections', () => {
  it('edits note and feelings, deletes with the deleted one returned, and restores it exactly (Undo)', async () => {
    const { route } = setup();
    await route({ type: 'reflection.add', payload: reflection }, frame);
    const edited = await route({ type: 'reflection.update', payload: { id: 'id-1', note: 'changed', feelings: ['calm'] } }, page);
    expect(edited).toMatchObject({ ok: true, value: { reflection: { id: 'id-1', note: 'changed', feelings: ['calm'], site: 'whatsapp' } } });
    const deleted = (await route({ type: 'reflection.delete', payload: { id: 'id-1' } }, page)) as { value: { reflection: unknown } };
    const list = async () => ((await route({ type: 'reflections.list', payload: { limit: 10 } }, page)) as { value: { items: unknown[] } }).value.items;
    expect(await list()).toEqual([]);
    expect(await route({ type: 'reflection.restore', payload: { reflection: deleted.value.reflection } }, page)).toEqual({ ok: true, value: null });
    expect(await list()).toEqual([deleted.value.reflection]);
  });
  it('hands the whole journal for export to extension pages only', async () => {
    const { route } = setup();
    await route({ type: 'reflection.add', payload: reflection }, frame);
    await route({ type: 'later.add', payload: { site: 'whatsapp', url: 'https://web.whatsapp.com/', dueAt: null } }, frame);
    const all = (await route({ type: 'journal.export', payload: null }, page)) as { value: { reflections: unknown[]; later: unknown[] } };
    expect([all.value.reflections.length, all.value.later.length]).toEqual([1, 1]);
    expect(await route({ type: 'journal.export', payload: null }, content)).toMatchObject({ ok: false });
  });

  it('refuses these to content scripts, and refuses a malformed restore', async () => {
    const { route } = setup();
    await route({ type: 'reflection.add', payload: reflection }, frame);
    expect(await route({ type: 'reflection.delete', payload: { id: 'id-1' } }, content)).toMatchObject({ ok: false });
    expect(await route({ type: 'reflection.update', payload: { id: 'id-1', note: 'x', feelings: [] } }, content)).toMatchObject({ ok: false });
    expect(await route({ type: 'reflection.restore', payload: { reflection: { id: 'x' } } }, page)).toMatchObject({ ok: false });
    expect(await route({ type: 'reflection.delete', payload: { id: 'gone' } }, page)).toMatchObject({ ok: false });
  });
});

describe('the Later list', () => {
  it('lists pending items soonest first to extension pages, and marks one done (cancelling its reminder)', async () => {
    const { route, cancelled } = setup();
    const add = (dueAt: number | null) =>
      route({ type: 'later.add', payload: { site: 'whatsapp', url: 'https://web.whatsapp.com/', dueAt } }, frame);
    await add(90_000);
    await add(null);
    await add(50_000);
    const list = async () => ((await route({ type: 'later.list', payload: null }, page)) as { value: { items: Array<{ id: string; dueAt: number | null }> } }).value.items;
    expect((await list()).map((i) => i.dueAt)).toEqual([50_000, 90_000, null]);
    expect(await route({ type: 'later.list', payload: null }, content)).toMatchObject({ ok: false });
    expect(await route({ type: 'later.done', payload: { id: 'id-3' } }, page)).toEqual({ ok: true, value: null });
    expect(cancelled).toEqual(['id-3']);
    expect((await list()).map((i) => i.id)).toEqual(['id-1', 'id-2']);
    expect(await route({ type: 'later.done', payload: { id: 'nope' } }, page)).toMatchObject({ ok: false });
  });
});

describe('the person\'s own sites', () => {
  it('registers a site only from an extension page and only once the browser granted it', async () => {
    const { route, granted, registered } = setup();
    const add = { type: 'sites.custom.add', payload: { origin: 'https://social.example' } };
    expect(await route(add, content)).toMatchObject({ ok: false, error: 'Not allowed from this sender' });
    const refused = await route(add, page);
    expect(refused).toMatchObject({ ok: false });
    expect((refused as { error: string }).error).toContain('has not allowed');
    expect(registered.size).toBe(0);
    granted.add('https://social.example');
    expect(await route(add, page)).toEqual({ ok: true, value: { origin: 'https://social.example' } });
    expect([...registered]).toEqual(['https://social.example']);
    expect(await route({ type: 'sites.custom.remove', payload: { origin: 'https://social.example' } }, page)).toEqual({ ok: true, value: null });
    expect(registered.size).toBe(0);
  });
  it('refuses anything that is not a plain site address, with a clear reason', async () => {
    const { route } = setup();
    for (const origin of ['social.example', 'https://social.example/path', 'javascript:alert(1)', 'https://*.example']) {
      const r = await route({ type: 'sites.custom.add', payload: { origin } }, page);
      expect(r, origin).toMatchObject({ ok: false });
      expect((r as { error: string }).error).toContain('origin');
    }
  });
});

describe('reminders', () => {
  let db: JournalDb;
  beforeEach(async () => {
    db = await openJournal({ name: `rem-${++dbCount}` });
  });
  const item = (id: string, dueAt: number | null) => ({
    id,
    createdAt: 1,
    dueAt,
    site: 'whatsapp',
    url: 'https://web.whatsapp.com/',
    status: 'pending' as const,
    reminded: false,
  });

  it('rings with neutral words, once, and opens the address on click', async () => {
    const r = createReminders(fakeBrowser, async () => db);
    await addLater(db, item('a', Date.now() + 60_000));
    await r.schedule('a', Date.now() + 60_000);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['later:a']);
    const shown: Array<{ title: string; message: string }> = [];
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    fakeBrowser.notifications.create = (async (id: string, opts: { title: string; message: string }) => {
      shown.push(opts);
      return create(id, opts as never);
    }) as never;
    await r.ring('later:a');
    await r.ring('later:a');
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ title: REMINDER_TITLE, message: REMINDER_MESSAGE });
    expect(`${REMINDER_TITLE} ${REMINDER_MESSAGE}`).not.toMatch(/unhurried|reply|message|whatsapp|chat|abuse|pause/i);
    await r.open('later:a');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('https://web.whatsapp.com/');
  });

  it('rebuilds alarms from the database after a restart', async () => {
    const r = createReminders(fakeBrowser, async () => db);
    await addLater(db, item('a', Date.now() + 60_000));
    await addLater(db, item('b', null));
    await addLater(db, { ...item('c', Date.now() + 1000), reminded: true });
    await r.rebuild();
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual(['later:a']);
  });
});
