import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { classifySender } from '../../lib/protocol/to-background';
import { BASE, content, frame, OWN, page, reflection, setup } from './background-setup';

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
