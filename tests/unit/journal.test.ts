import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reflection } from '../../lib/model';
import { toJson } from '../../lib/export';
import { computeInsights, insightsFrom, weekStart } from '../../lib/journal/insights';
import { fold, groupByDay, isFiltered, matches, searchableText, searchWords } from '../../lib/journal/search';
import { checkImport, IMPORT_MAX_BYTES } from '../../lib/journal/validate';
import { defaultSettings } from '../../lib/settings-model';

const savedTz = process.env['TZ'];
beforeAll(() => {
  process.env['TZ'] = 'Europe/Berlin';
});
afterAll(() => {
  process.env['TZ'] = savedTz;
});

const r = (over: Partial<Reflection> = {}): Reflection => ({
  id: 'a',
  createdAt: new Date(2026, 10, 27, 9, 30).getTime(),
  updatedAt: 1,
  site: 'whatsapp',
  choice: 'check-in',
  feelings: ['tense'],
  note: 'The old knot',
  win: false,
  ...over,
});

describe('grouping by local day', () => {
  it('splits at local midnight, not UTC midnight', () => {
    // 00:30 in Berlin is still the previous day in UTC: it must join its local day.
    const items = [
      r({ id: '3', createdAt: new Date(2026, 10, 28, 0, 30).getTime() }),
      r({ id: '2', createdAt: new Date(2026, 10, 27, 23, 50).getTime() }),
      r({ id: '1', createdAt: new Date(2026, 10, 27, 0, 10).getTime() }),
    ];
    const groups = groupByDay(items);
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([['3'], ['2', '1']]);
    expect(groups[0]!.day).toBe(new Date(2026, 10, 28).getTime());
  });
  it('keeps the day right across a daylight-saving change', () => {
    const before = new Date(2026, 2, 29, 1, 30).getTime(); // clocks go forward at 02:00 that night
    const after = new Date(2026, 2, 29, 3, 30).getTime();
    expect(groupByDay([r({ id: 'b', createdAt: after }), r({ id: 'a', createdAt: before })])).toHaveLength(1);
  });
});

describe('search and filters', () => {
  const q = (item: Reflection, query: Parameters<typeof matches>[1]) => matches(item, query, searchWords(query.text), () => searchableText(item));
  it('needs every typed word, ignoring case and accents', () => {
    expect(fold('Café ÉTÉ')).toBe('cafe ete');
    expect(q(r({ note: 'A calm café' }), { text: 'CAFE calm' })).toBe(true);
    expect(q(r({ note: 'A calm café' }), { text: 'cafe storm' })).toBe(false);
    expect(q(r({ note: '', otherMind: 'They might be tired' }), { text: 'tired' })).toBe(true);
    expect(q(r({ note: '', feelings: ['hopeful'] }), { text: 'hope' })).toBe(true);
    expect(q(r({ note: '', nudgeId: 'consent-yes' }), { text: 'not yet' })).toBe(true);
    expect(q(r({ note: 'مرحبا 🌱' }), { text: '🌱' })).toBe(true);
  });
  it('applies every filter given', () => {
    const item = r({ site: 'slack', choice: 'later', feelings: ['calm', 'sad'] });
    expect(q(item, { site: 'slack', choice: 'later', feeling: 'sad' })).toBe(true);
    expect(q(item, { site: 'whatsapp' })).toBe(false);
    expect(q(item, { choice: 'ready' })).toBe(false);
    expect(q(item, { feeling: 'tense' })).toBe(false);
    expect(q(item, { from: item.createdAt, to: item.createdAt + 1 })).toBe(true);
    expect(q(item, { from: item.createdAt + 1 })).toBe(false);
    expect(q(item, { to: item.createdAt })).toBe(false);
  });
  it('knows when nothing is filtered', () => {
    expect(isFiltered({ text: '   ' })).toBe(false);
    expect(isFiltered({ site: 'slack' })).toBe(true);
    expect(isFiltered({ from: 0 })).toBe(true);
  });
});

describe('insights arithmetic', () => {
  const now = new Date(2026, 10, 27, 12).getTime(); // a Friday
  it('weeks start on Monday in local time', () => {
    expect(weekStart(now)).toBe(new Date(2026, 10, 23).getTime());
    expect(weekStart(new Date(2026, 10, 23, 0, 0).getTime())).toBe(new Date(2026, 10, 23).getTime());
    expect(weekStart(new Date(2026, 10, 22, 23, 59).getTime())).toBe(new Date(2026, 10, 16).getTime());
    expect(insightsFrom(now)).toBe(new Date(2026, 9, 5).getTime()); // 7 weeks before Monday 23 November
  });
  it('counts pauses, later, check-ins, choices, feelings, strength and wins per week', () => {
    const thisWeek = new Date(2026, 10, 24, 10).getTime();
    const lastWeek = new Date(2026, 10, 17, 10).getTime();
    const tooOld = new Date(2026, 9, 1).getTime();
    const ins = computeInsights(
      {
        events: [
          { at: thisWeek, kind: 'shown' },
          { at: thisWeek, kind: 'shown' },
          { at: thisWeek, kind: 'later' },
          { at: thisWeek, kind: 'ready' },
          { at: lastWeek, kind: 'shown' },
          { at: lastWeek, kind: 'sent' },
          { at: lastWeek, kind: 'not-now' },
          { at: lastWeek, kind: 'draft-kept' },
          { at: tooOld, kind: 'shown' },
        ],
        reflections: [
          { createdAt: thisWeek, choice: 'check-in', feelings: ['tense', 'tense', 'calm'], intensity: 4, win: true },
          { createdAt: thisWeek, choice: 'check-in', feelings: ['tense'], intensity: 1, win: false },
          { createdAt: lastWeek, choice: 'later', feelings: ['calm', 'sad'], win: true },
          { createdAt: tooOld, choice: 'later', feelings: ['angry'], intensity: 5, win: true },
        ],
      },
      now,
    );
    expect(ins.weeks).toHaveLength(8);
    const [prev, cur] = ins.weeks.slice(-2);
    expect(cur).toEqual({ start: new Date(2026, 10, 23).getTime(), pauses: 2, later: 1, checkIns: 2, intensity: 2.5, wins: 1 });
    expect(prev).toMatchObject({ pauses: 1, later: 0, checkIns: 1, intensity: null, wins: 1 });
    expect(ins.weeks.slice(0, 6).every((w) => w.pauses === 0 && w.checkIns === 0)).toBe(true);
    expect(ins.choices).toEqual({ ready: 2, later: 1, notNow: 2 });
    expect(ins.feelings).toEqual([
      { id: 'calm', count: 2 },
      { id: 'tense', count: 2 },
      { id: 'sad', count: 1 },
    ]);
    expect(ins.wins).toBe(2);
  });
  it('is all zeros with nothing recorded', () => {
    const ins = computeInsights({ events: [], reflections: [] }, now);
    expect(ins.weeks.every((w) => w.pauses === 0 && w.intensity === null)).toBe(true);
    expect(ins.feelings).toEqual([]);
  });
});

describe('checking an import file', () => {
  const good = () => JSON.parse(toJson({ reflections: [r()], later: [] }, 0)) as Record<string, unknown>;
  const reason = (text: string) => {
    const c = checkImport(text);
    return c.ok ? 'ok' : c.reason;
  };
  it('accepts an export as it is, with or without settings', () => {
    expect(reason(JSON.stringify(good()))).toBe('ok');
    expect(reason(JSON.stringify({ ...good(), settings: defaultSettings }))).toBe('ok');
  });
  it('refuses with a specific reason', () => {
    expect(reason('not json {')).toMatch(/could not be read as JSON/);
    expect(reason('[]')).toMatch(/not an export from Unhurried/);
    expect(reason(JSON.stringify({ ...good(), version: 7 }))).toMatch(/newer version.*format 7/);
    expect(reason(JSON.stringify({ ...good(), version: 0 }))).toMatch(/format version \(0\)/);
    const wrongField = good();
    (wrongField['reflections'] as Array<Record<string, unknown>>)[0]!['intensity'] = 12;
    expect(reason(JSON.stringify(wrongField))).toMatch(/at reflections\[0\]\.intensity/);
    const extra = good();
    extra['surprise'] = 1;
    expect(reason(JSON.stringify(extra))).toMatch(/surprise/);
    const dup = good();
    dup['reflections'] = [r(), r()];
    expect(reason(JSON.stringify(dup))).toMatch(/same entry twice at reflections\[1\]/);
    expect(reason(JSON.stringify({ ...good(), later: [{ id: 'l', createdAt: 1, dueAt: null, site: 's', url: 'javascript:alert(1)', status: 'pending', reminded: false }] }))).toMatch(/later\[0\]\.url/);
    expect(reason(JSON.stringify({ ...good(), settings: { ...defaultSettings, mode: 'always' } }))).toMatch(/settings\.mode/);
    expect(reason(' '.repeat(IMPORT_MAX_BYTES + 1))).toMatch(/too large/);
  });
});
