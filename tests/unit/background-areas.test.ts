import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLocale } from '../../lib/i18n';
import { createReminders, reminderMessage, reminderTitle } from '../../entrypoints/background/reminders';
import { openJournal, type JournalDb } from '../../lib/db';
import { addLater } from '../../lib/db/later';
import { content, frame, page, reflection, setup } from './background-setup';

let remCount = 0;
describe('reminders', () => {
  let db: JournalDb;
  beforeEach(async () => {
    db = await openJournal({ name: `rem-${++remCount}` });
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
