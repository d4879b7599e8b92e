import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter, type HandlerDeps } from '../../entrypoints/background/handlers';
import { setLocale, t } from '../../lib/i18n';
import { createReminders, reminderMessage, reminderTitle } from '../../entrypoints/background/reminders';
import { openJournal, type JournalDb } from '../../lib/db';
import { addLater } from '../../lib/db/later';
import { classifySender } from '../../lib/protocol/to-background';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${OWN}/`;
const page = { id: OWN, url: `${BASE}popup.html` };
const frame = { id: OWN, url: `${BASE}pause.html`, tab: { id: 4 }, frameId: 7 };
const content = { id: OWN, url: 'https://web.whatsapp.com/', tab: { id: 4 }, frameId: 0 };

let dbCount = 0;
function setup(over: Partial<HandlerDeps> = {}) {
  const dbp = openJournal({ name: `test-${++dbCount}` });
  const session = new Map<string, unknown>();
  const scheduled: Array<[string, number]> = [];
  const granted = new Set<string>();
  const cancelled: string[] = [];
  const registered = new Set<string>();
  const savedSettings: unknown[] = [];
  const erasedOutside: boolean[] = [];
  const changes = { n: 0 };
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
    saveSettings: async (v) => void savedSettings.push(v),
    eraseOutside: async () => void erasedOutside.push(true),
    notifyChanged: () => void (changes.n += 1),
    customSites: {
      hasPermission: async (o) => granted.has(o),
      register: async (o) => void registered.add(o),
      unregister: async (o) => void registered.delete(o),
    },
    ...over,
  };
  return { route: createRouter(deps), dbp, session, scheduled, granted, registered, cancelled, savedSettings, erasedOutside, changes };
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
    const res = await route({ type: 'reflections.query', payload: { query: {}, limit: 10 } }, page);
    expect(res.ok).toBe(true);
    const items = (res as { value: { items: Array<{ id: string; note: string; createdAt: number }> } }).value.items;
    expect(items.map((r) => r.note)).toEqual(['second', 'hello']);
    const older = await route({ type: 'reflections.query', payload: { query: {}, limit: 10, after: { createdAt: items[0]!.createdAt, id: items[0]!.id } } }, page);
    expect((older as { value: { items: Array<{ note: string }> } }).value.items.map((r) => r.note)).toEqual(['hello']);
  });

  it('refuses private data to content scripts and unknown senders', async () => {
    const { route } = setup();
    await route({ type: 'reflection.add', payload: reflection }, frame);
    expect(await route({ type: 'reflections.query', payload: { query: {}, limit: 10 } }, content)).toEqual({
      ok: false,
      error: 'Not allowed from this sender',
    });
    expect(await route({ type: 'reflection.add', payload: reflection }, content)).toMatchObject({ ok: false });
    expect(await route({ type: 'frame.token', payload: null }, content)).toMatchObject({ ok: false });
    expect(await route({ type: 'reflections.query', payload: { query: {}, limit: 10 } }, { ...page, id: 'other' })).toMatchObject({ ok: false });
    for (const type of ['insights.data', 'journal.import', 'journal.erase', 'later.reschedule', 'reflections.sites']) {
      const payload = { 'insights.data': { from: 0 }, 'journal.import': { text: '{}', commit: false }, 'journal.erase': { confirm: 'erase' }, 'later.reschedule': { id: 'x', dueAt: null }, 'reflections.sites': null }[type];
      expect(await route({ type, payload }, content), type).toEqual({ ok: false, error: 'Not allowed from this sender' });
    }
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
    const list = async () => ((await route({ type: 'reflections.query', payload: { query: {}, limit: 10 } }, page)) as { value: { items: unknown[] } }).value.items;
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
      // The schema's own kind words, alone (no "invalid payload" wrapper).
      expect((r as { error: string }).error).toBe(t('bg.siteAddress'));
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
    expect(shown[0]).toMatchObject({ title: reminderTitle(), message: reminderMessage() });
    expect(`${reminderTitle()} ${reminderMessage()}`).not.toMatch(/unhurried|reply|message|whatsapp|chat|abuse|pause/i);
    await r.open('later:a');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('https://web.whatsapp.com/');
  });

  it('with notifications turned off, rings nothing but keeps the item waiting', async () => {
    const r = createReminders(fakeBrowser, async () => db, async () => ({ show: false }));
    await addLater(db, item('q', Date.now() - 1));
    const created: unknown[] = [];
    fakeBrowser.notifications.create = (async (...a: unknown[]) => void created.push(a)) as never;
    await r.ring('later:q');
    expect(created).toEqual([]);
    expect((await db.get('later', 'q'))?.status).toBe('pending');
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

describe('searching reflections through the background', () => {
  type Page = { value: { items: Array<{ id: string; note: string; createdAt: number }>; total: number } };
  it('searches notes, "what else", feeling words and nudge text, with filters, paging and totals', async () => {
    const { route } = setup();
    const add = (p: Record<string, unknown>) => route({ type: 'reflection.add', payload: { ...reflection, ...p } }, frame);
    await add({ note: 'Felt the old knot in my stomach', feelings: ['tense'], site: 'whatsapp' });
    await add({ note: 'A calmer evening', feelings: ['calm'], site: 'telegram', choice: 'later' });
    await add({ note: '', otherMind: 'Maybe she was just busy at the café', feelings: ['unsure'], site: 'whatsapp' });
    await add({ note: 'short', feelings: [], nudgeId: 'consent-yes', site: 'slack' });
    const q = async (query: Record<string, unknown>, limit = 10, after?: { createdAt: number; id: string }) =>
      ((await route({ type: 'reflections.query', payload: { query, limit, ...(after ? { after } : {}) } }, page)) as Page).value;
    expect((await q({ text: 'KNOT stomach' })).items.map((r) => r.id)).toEqual(['id-1']);
    expect((await q({ text: 'cafe busy' })).items.map((r) => r.id)).toEqual(['id-3']);
    expect((await q({ text: 'calm' })).items.map((r) => r.id)).toEqual(['id-2']); // note word and feeling word
    expect((await q({ text: 'whole answers' })).items.map((r) => r.id)).toEqual(['id-4']); // the nudge's own words
    expect((await q({ feeling: 'unsure' })).total).toBe(1);
    expect((await q({ site: 'whatsapp' })).items.map((r) => r.id)).toEqual(['id-3', 'id-1']);
    expect((await q({ choice: 'later' })).items.map((r) => r.id)).toEqual(['id-2']);
    expect((await q({ site: 'whatsapp', text: 'knot' })).total).toBe(1);
    expect((await q({ text: 'nothing like this' })).total).toBe(0);
    const all = await q({});
    const t2 = all.items.find((r) => r.id === 'id-2')!.createdAt;
    expect((await q({ from: t2, to: t2 + 1 })).items.map((r) => r.id)).toEqual(['id-2']);
    const first = await q({}, 2);
    expect([first.items.map((r) => r.id), first.total]).toEqual([['id-4', 'id-3'], 4]);
    const next = await q({}, 2, { createdAt: first.items[1]!.createdAt, id: first.items[1]!.id });
    expect(next.items.map((r) => r.id)).toEqual(['id-2', 'id-1']);
  });

  it('sees edits, deletions and new check-ins at once (the cache follows every write)', async () => {
    const { route, changes } = setup();
    await route({ type: 'reflection.add', payload: { ...reflection, note: 'first' } }, frame);
    const q = async (text: string) => ((await route({ type: 'reflections.query', payload: { query: { text }, limit: 10 } }, page)) as Page).value.total;
    expect(await q('first')).toBe(1);
    await route({ type: 'reflection.add', payload: { ...reflection, note: 'second' } }, frame);
    expect(changes.n).toBe(2);
    expect(await q('second')).toBe(1);
    await route({ type: 'reflection.update', payload: { id: 'id-1', note: 'renamed', feelings: [] } }, page);
    expect([await q('first'), await q('renamed')]).toEqual([0, 1]);
    await route({ type: 'reflection.delete', payload: { id: 'id-2' } }, page);
    expect(await q('second')).toBe(0);
  });

  it('hands insights only counts and feeling words, never notes', async () => {
    const { route } = setup();
    await route({ type: 'event.add', payload: { site: 'whatsapp', kind: 'shown' } }, frame);
    await route({ type: 'reflection.add', payload: { ...reflection, intensity: 3, win: true } }, frame);
    const data = (await route({ type: 'insights.data', payload: { from: 0 } }, page)) as { value: { events: unknown[]; reflections: unknown[] } };
    expect(data.value.events).toEqual([{ at: expect.any(Number), kind: 'shown' }]);
    expect(data.value.reflections).toEqual([{ createdAt: expect.any(Number), choice: 'check-in', feelings: ['tense'], intensity: 3, win: true }]);
    expect(JSON.stringify(data)).not.toContain('hello');
  });
});

describe('Later: change time', () => {
  it('moves the reminder (or removes it) and refuses a gone item', async () => {
    const { route, scheduled, cancelled } = setup();
    await route({ type: 'later.add', payload: { site: 'whatsapp', url: 'https://web.whatsapp.com/', dueAt: 50_000 } }, frame);
    const moved = await route({ type: 'later.reschedule', payload: { id: 'id-1', dueAt: 80_000 } }, page);
    expect(moved).toMatchObject({ ok: true, value: { item: { id: 'id-1', dueAt: 80_000, reminded: false } } });
    expect(scheduled).toEqual([['id-1', 50_000], ['id-1', 80_000]]);
    await route({ type: 'later.reschedule', payload: { id: 'id-1', dueAt: null } }, page);
    expect(cancelled).toEqual(['id-1', 'id-1']);
    expect(scheduled).toHaveLength(2);
    expect(await route({ type: 'later.reschedule', payload: { id: 'gone', dueAt: null } }, page)).toMatchObject({ ok: false });
  });
});

describe('import and erase through the background', () => {
  const exported = (route: ReturnType<typeof setup>['route']) => route({ type: 'journal.export', payload: null }, page) as Promise<{ value: { reflections: Array<Record<string, unknown>>; later: unknown[] } }>;
  const file = (body: object) => JSON.stringify({ format: 'unhurried-journal', version: 1, ...body });

  it('counts first without writing, then imports all, merging by id; the same file twice adds nothing', async () => {
    const { route, scheduled, savedSettings } = setup();
    await route({ type: 'reflection.add', payload: reflection }, frame);
    const mine = (await exported(route)).value.reflections[0]!;
    const text = file({
      reflections: [mine, { ...mine, id: 'from-file', note: 'from the file' }],
      later: [{ id: 'l-1', createdAt: 1, dueAt: 9e12, site: 'whatsapp', url: 'https://web.whatsapp.com/', status: 'pending', reminded: false }],
    });
    const check = await route({ type: 'journal.import', payload: { text, commit: false } }, page);
    expect(check).toEqual({ ok: true, value: { reflections: { add: 1, already: 1 }, later: { add: 1, already: 0 }, nudges: { add: 0, already: 0 }, settings: false } });
    expect((await exported(route)).value.reflections).toHaveLength(1);
    expect(await route({ type: 'journal.import', payload: { text, commit: true } }, page)).toMatchObject({ ok: true });
    expect((await exported(route)).value.reflections).toHaveLength(2);
    expect(scheduled).toEqual([['l-1', 9e12]]);
    const q = (await route({ type: 'reflections.query', payload: { query: { text: 'from the file' }, limit: 5 } }, page)) as { value: { total: number } };
    expect(q.value.total).toBe(1);
    const again = await route({ type: 'journal.import', payload: { text, commit: true } }, page);
    expect(again).toMatchObject({ ok: true, value: { reflections: { add: 0, already: 2 } } });
    expect((await exported(route)).value.reflections).toHaveLength(2);
    expect(savedSettings).toEqual([]);
  });

  it('refuses a bad file with its reason and changes nothing', async () => {
    const { route } = setup();
    await route({ type: 'reflection.add', payload: reflection }, frame);
    const before = await exported(route);
    const bad = await route({ type: 'journal.import', payload: { text: file({ reflections: [{ id: 'x' }], later: [] }), commit: true } }, page);
    expect(bad).toMatchObject({ ok: false });
    expect((bad as { error: string }).error).toContain('reflections[0]');
    expect(await exported(route)).toEqual(before);
  });

  it('erases everything only with the confirmation word, cancelling reminders and clearing what lives outside', async () => {
    const { route, cancelled, erasedOutside } = setup();
    await route({ type: 'reflection.add', payload: reflection }, frame);
    await route({ type: 'later.add', payload: { site: 'whatsapp', url: 'https://web.whatsapp.com/', dueAt: 50_000 } }, frame);
    expect(await route({ type: 'journal.erase', payload: { confirm: 'yes' } }, page)).toMatchObject({ ok: false });
    expect((await exported(route)).value.reflections).toHaveLength(1);
    expect(await route({ type: 'journal.erase', payload: { confirm: 'erase' } }, page)).toEqual({ ok: true, value: null });
    expect((await exported(route)).value).toEqual({ reflections: [], later: [], nudges: [] });
    expect(cancelled).toEqual(['id-2']);
    expect(erasedOutside).toEqual([true]);
    const q = (await route({ type: 'reflections.query', payload: { query: {}, limit: 5 } }, page)) as { value: { total: number } };
    expect(q.value.total).toBe(0);
  });
});

describe('the person\'s words for nudges', () => {
  type Words = { id: string; kind: string; text: string; builtIn: boolean };
  it('edits a built-in nudge and restores it, adds, edits and deletes an own nudge; pages only', async () => {
    const { route, changes } = setup();
    const list = async () => ((await route({ type: 'nudges.list', payload: null }, page)) as { value: { nudges: Words[] } }).value.nudges;
    expect(await list()).toEqual([]);
    const edit = await route({ type: 'nudges.save', payload: { id: 'consent-yes', builtIn: true, text: '  My own words for this one.  ' } }, page);
    expect(edit).toEqual({ ok: true, value: { nudge: { id: 'consent-yes', kind: 'consent', text: 'My own words for this one.', builtIn: true } } });
    const own = (await route({ type: 'nudges.save', payload: { builtIn: false, text: 'Remember the lake.' } }, page)) as { value: { nudge: Words } };
    expect(own.value.nudge).toMatchObject({ kind: 'own', builtIn: false, text: 'Remember the lake.' });
    expect(own.value.nudge.id).toMatch(/^own-/);
    await route({ type: 'nudges.save', payload: { id: own.value.nudge.id, builtIn: false, text: 'Remember the sea.' } }, page);
    expect((await list()).map((n) => n.text).sort()).toEqual(['My own words for this one.', 'Remember the sea.']);
    expect(changes.n).toBe(3);
    await route({ type: 'nudges.delete', payload: { id: 'consent-yes' } }, page);
    await route({ type: 'nudges.delete', payload: { id: own.value.nudge.id } }, page);
    expect(await list()).toEqual([]);
    // Refused: empty words, too many, an unknown built-in, content scripts.
    expect(await route({ type: 'nudges.save', payload: { builtIn: false, text: '   ' } }, page)).toMatchObject({ ok: false });
    expect(await route({ type: 'nudges.save', payload: { builtIn: false, text: 'x'.repeat(401) } }, page)).toMatchObject({ ok: false });
    expect(await route({ type: 'nudges.save', payload: { id: 'nope', builtIn: true, text: 'x' } }, page)).toMatchObject({ ok: false });
    expect(await route({ type: 'nudges.list', payload: null }, content)).toMatchObject({ ok: false, error: 'Not allowed from this sender' });
  });

  it('exports them and imports them back, merged by id', async () => {
    const { route } = setup();
    await route({ type: 'nudges.save', payload: { builtIn: false, text: 'Remember the lake.' } }, page);
    const all = (await route({ type: 'journal.export', payload: null }, page)) as { value: { nudges: Array<{ id: string }> } };
    expect(all.value.nudges).toHaveLength(1);
    const text = JSON.stringify({ format: 'unhurried-journal', version: 1, reflections: [], later: [], nudges: [...all.value.nudges, { ...all.value.nudges[0], id: 'own-other' }] });
    expect(await route({ type: 'journal.import', payload: { text, commit: true } }, page)).toMatchObject({ ok: true, value: { nudges: { add: 1, already: 1 } } });
  });
});

describe('the background in the person\'s language', () => {
  afterEach(() => void setLocale('en', 'en-US'));

  it('waits to know the language before it answers, and answers in it', async () => {
    let ready!: () => void;
    const localeReady = new Promise<void>((r) => (ready = r));
    const { route } = setup({ localeReady: () => localeReady });
    setLocale('en');
    const answer = route({ type: 'later.reschedule', payload: { id: 'gone', dueAt: null } }, page);
    const early = await Promise.race([answer.then(() => 'answered'), new Promise((r) => setTimeout(() => r('waiting'), 50))]);
    expect(early).toBe('waiting');
    // The settings arrive: German.
    setLocale('de');
    ready();
    expect(await answer).toEqual({ ok: false, error: 'Dieses Element steht nicht mehr auf der Liste.' });
  });

  it('searches feeling words and the nudge in the language in use, and follows a change of language', async () => {
    const { route } = setup();
    await route({ type: 'reflection.add', payload: { ...reflection, feelings: ['calm'], nudgeId: 'micro-pace', nudgeKind: 'micro-trust' } }, frame);
    const found = async (text: string) =>
      ((await route({ type: 'reflections.query', payload: { query: { text }, limit: 10 } }, page)) as { value: { total: number } }).value.total;
    setLocale('en');
    expect(await found('calm')).toBe(1);
    expect(await found('pace')).toBe(1);
    expect(await found('ritmo')).toBe(0);
    setLocale('es');
    expect(await found('calma')).toBe(1);
    expect(await found('ritmo')).toBe(1);
    expect(await found('pace')).toBe(0);
  });
});
