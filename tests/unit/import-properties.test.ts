import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../entrypoints/background/handlers';
import { senders, testDeps } from './router-deps';
import { openJournal, type JournalDb } from '../../lib/db';
import type { CustomNudge, LaterItem, Reflection } from '../../lib/model';
import { toJson } from '../../lib/export';
import { checkImport } from '../../lib/journal/validate';
import { customNudge as nudgeWords, laterItem, reflection as reflectionSchema } from '../../lib/model/schemas';

/** Times near the 2026 daylight-saving changes in Europe and the US, and anywhere else. */
const time = fc.oneof(
  fc.integer({ min: Date.UTC(2026, 2, 29, 0), max: Date.UTC(2026, 2, 29, 3) }),
  fc.integer({ min: Date.UTC(2026, 9, 25, 0), max: Date.UTC(2026, 9, 25, 3) }),
  fc.integer({ min: Date.UTC(2026, 2, 8, 6), max: Date.UTC(2026, 2, 8, 11) }),
  fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }),
);
const words = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.constantFrom('', 'مرحبا، كيف حالك؟', 'שלום, מה שלומך', '🌱🫶🏽 ok', 'line one\nline two\r\n\ttab', 'a'.repeat(19_999), '"quoted", =SUM(A1)'),
);
const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);

const reflectionArb: fc.Arbitrary<Omit<Reflection, 'id'>> = fc.record(
  {
    createdAt: time,
    updatedAt: time,
    site: fc.constantFrom('whatsapp', 'telegram', 'custom:social.example'),
    conversation: fc.stringMatching(/^[a-f0-9]{8,16}$/),
    nudgeId: fc.constantFrom('consent-yes', 'own-1'),
    nudgeKind: fc.constantFrom('consent', 'own'),
    choice: fc.constantFrom('ready', 'later', 'not-now', 'check-in', 'sent', 'draft-kept'),
    feelings: fc.uniqueArray(fc.constantFrom('tense', 'calm', 'numb', 'open', 'sad'), { maxLength: 5 }),
    intensity: fc.integer({ min: 1, max: 5 }),
    note: words,
    otherMind: words,
    win: fc.boolean(),
  },
  { requiredKeys: ['createdAt', 'updatedAt', 'site', 'choice', 'feelings', 'note', 'win'] },
);
const laterArb: fc.Arbitrary<Omit<LaterItem, 'id'>> = fc.record({
  createdAt: time,
  dueAt: fc.option(time, { nil: null }),
  site: fc.constantFrom('whatsapp', 'slack'),
  url: fc.constantFrom('https://web.whatsapp.com/', 'https://app.slack.com/client/T1/C1?x=1#y', 'http://localhost:8080/chat'),
  status: fc.constantFrom('pending', 'done'),
  reminded: fc.boolean(),
});
const nudgeArb: fc.Arbitrary<Omit<CustomNudge, 'id'>> = fc.record({
  kind: fc.constantFrom('own', 'consent'),
  text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }).map((s) => s.trim()).filter((s) => s.length > 0),
  builtIn: fc.boolean(),
  createdAt: time,
  updatedAt: time,
});
const withIds = <T>(arb: fc.Arbitrary<T>, max: number) =>
  fc.uniqueArray(fc.tuple(id, arb), { maxLength: max, selector: ([k]) => k }).map((xs) => xs.map(([k, x]) => ({ id: k, ...x })));

const journalArb = fc.record({
  reflections: withIds(reflectionArb, 25) as fc.Arbitrary<Reflection[]>,
  later: withIds(laterArb, 5) as fc.Arbitrary<LaterItem[]>,
  nudges: withIds(nudgeArb, 5) as fc.Arbitrary<CustomNudge[]>,
});

describe('export and import, for any valid journal', () => {
  it('a round trip gives back the same journal (unicode, right-to-left, emoji, long notes, daylight-saving dates)', () => {
    fc.assert(
      fc.property(journalArb, (journal) => {
        const back = checkImport(toJson(journal, Date.UTC(2026, 10, 27)));
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(back.file.reflections).toEqual(journal.reflections);
        expect(back.file.later).toEqual(journal.later);
        expect(back.file.nudges).toEqual(journal.nudges);
      }),
      { numRuns: 300 },
    );
  });
});

const { page } = senders;

async function snapshot(db: JournalDb) {
  const [r, l, nd] = await Promise.all([db.getAll('reflections'), db.getAll('later'), db.getAll('nudges')]);
  return { r, l, nd };
}

/** One random change to a parsed file: a value replaced, a key removed, or a key added, anywhere. */
const anyJson = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string(), fc.constant([]), fc.constant({}), fc.constant('javascript:alert(1)'));
function mutate(root: unknown, path: number[], action: number, value: unknown): unknown {
  const copy = structuredClone(root);
  let node: unknown = copy;
  for (const step of path) {
    if (!node || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (!keys.length) break;
    const key = keys[step % keys.length]!;
    const child = (node as Record<string, unknown>)[key];
    if (!child || typeof child !== 'object' || step % 5 === 0) {
      const obj = node as Record<string, unknown>;
      if (action === 0) obj[key] = value;
      else if (action === 1) delete obj[key];
      else obj[`extra${step}`] = value;
      return copy;
    }
    node = child;
  }
  return copy;
}

describe('importing damaged files', () => {
  it('thousands of mutated files never change or corrupt what is stored', async () => {
    const db = await openJournal({ name: 'mutations' });
    const route = createRouter(testDeps(async () => db, { now: () => 5 }));
    const base = fc.sample(journalArb, { numRuns: 1, seed: 11 })[0]!;
    await route({ type: 'journal.import', payload: { text: toJson(base, 0), commit: true } }, page);
    const source = JSON.parse(toJson(fc.sample(journalArb, { numRuns: 1, seed: 12 })[0]!, 0)) as unknown;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(40), { minLength: 1, maxLength: 5 }),
        fc.nat(2),
        anyJson,
        fc.oneof(fc.constant(-1), fc.nat(4000)),
        async (path, action, value, cut) => {
          let text = JSON.stringify(mutate(source, path, action, value));
          if (cut >= 0) text = text.slice(0, cut % (text.length + 1));
          const before = await snapshot(db);
          const res = await route({ type: 'journal.import', payload: { text, commit: true } }, page);
          const after = await snapshot(db);
          if (!res.ok) {
            refused++;
            expect(res.error).toMatch(/\S/);
            expect(after).toEqual(before);
            return;
          }
          // Accepted: everything that was there is untouched, and everything stored is valid.
          for (const r of before.r) expect(after.r).toContainEqual(r);
          for (const r of after.r) expect(v.is(reflectionSchema, r)).toBe(true);
          for (const l of after.l) expect(v.is(laterItem, l)).toBe(true);
          for (const x of after.nd) expect(v.is(nudgeWords, x)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
    expect(refused).toBeGreaterThan(1000);
  }, 120_000);
});
