import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feelings } from '../../lib/feelings';
import { builtInNudges, kindNames } from '../../lib/nudges/catalogue';
import { NUDGE_KINDS as nudgeKinds } from '../../lib/model';
import { pickNudge, remember, seededRandom, type PickHistory } from '../../lib/nudges/picker';

/** Guilt, pressure and command words the product never says (and their kin). */
export const bannedWords =
  /\b(should(n't)?|must(n't)?|need(s|ed)? to|have to|has to|ought|fail(ed|ure|s|ing)?|don'?t forget|forgot(ten)?|hurry|rush(ed)?|streaks?|lazy|overdue|late again|asap|immediately|score|behind on)\b/i;

describe('nudge catalogue', () => {
  it('has at least 42 nudges, 6 or more of each of the seven kinds, with unique ids', () => {
    expect(builtInNudges.length).toBeGreaterThanOrEqual(42);
    for (const kind of nudgeKinds) {
      expect(builtInNudges.filter((x) => x.kind === kind).length).toBeGreaterThanOrEqual(6);
      expect(kindNames[kind]).toBeTruthy();
    }
    expect(new Set(builtInNudges.map((x) => x.id)).size).toBe(builtInNudges.length);
  });
  it('keeps each nudge short, second person and free of guilt or command words', () => {
    for (const x of builtInNudges) {
      expect(x.text.length, x.id).toBeLessThanOrEqual(160);
      expect(x.text, x.id).toMatch(/\b(you|your|yours|yourself)\b/i);
      expect(x.text, x.id).not.toMatch(bannedWords);
      if (x.followUp) expect(x.followUp, x.id).not.toMatch(bannedWords);
    }
    expect(builtInNudges.some((x) => x.followUp)).toBe(true);
  });
});

describe('copy lint over every user-facing string', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : /\.(tsx|ts)$/.test(n) ? [p] : [];
    });
  it('finds no guilt or command words in UI text and string literals', () => {
    const sources = [...files(join(ROOT, 'lib/ui')), ...files(join(ROOT, 'entrypoints')), join(ROOT, 'lib/feelings.ts')];
    const offenders: string[] = [];
    for (const f of sources) {
      const text = readFileSync(f, 'utf8');
      // JSX text and quoted strings only; code comments may discuss these words.
      const strings = [...text.matchAll(/'([^'\n]{3,})'|`([^`\n]{3,})`|>([^<>{}\n]{3,})</g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
      // Message keys ("unlock.forgot") are names, not words anyone reads; the words are checked in tests/unit/i18n.test.ts.
      const shown = strings.filter((x) => !/^[a-z]+(\.[\w-]+)+$/i.test(x));
      for (const s of shown) if (bannedWords.test(s)) offenders.push(`${f}: ${s}`);
    }
    for (const f of feelings) expect(f.label).not.toMatch(bannedWords);
    expect(offenders).toEqual([]);
  });
  it('the lint itself catches the words it exists for', () => {
    for (const s of ['You should reply', 'You must answer', 'You need to respond', 'Reply overdue', 'You failed', "Don't forget", '3-day streak', 'Hurry up']) {
      expect(s).toMatch(bannedWords);
    }
  });
});

describe('nudge picker', () => {
  it('never repeats a nudge twice in a row, nor a kind three times in a row', () => {
    const random = seededRandom(42);
    let history: PickHistory = { ids: [], kinds: [] };
    for (let i = 0; i < 2000; i++) {
      const n = pickNudge(builtInNudges, history, [], random)!;
      expect(n.id).not.toBe(history.ids.at(-1));
      const [a, b] = history.kinds.slice(-2);
      if (a && a === b) expect(n.kind).not.toBe(a);
      history = remember(history, n);
    }
  });
  it('only picks enabled kinds, unless none is left', () => {
    const random = seededRandom(7);
    const off = nudgeKinds.filter((k) => k !== 'body' && k !== 'consent');
    let history: PickHistory = { ids: [], kinds: [] };
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const n = pickNudge(builtInNudges, history, off, random)!;
      seen.add(n.kind);
      history = remember(history, n);
    }
    expect([...seen].sort()).toEqual(['body', 'consent']);
    expect(pickNudge(builtInNudges, { ids: [], kinds: [] }, [...nudgeKinds], random)).toBeDefined();
  });
  it('is deterministic under a seed and varied over time', () => {
    const run = (seed: number) => {
      const r = seededRandom(seed);
      let h: PickHistory = { ids: [], kinds: [] };
      return Array.from({ length: 30 }, () => {
        const n = pickNudge(builtInNudges, h, [], r)!;
        h = remember(h, n);
        return n.id;
      });
    };
    expect(run(1)).toEqual(run(1));
    expect(run(1)).not.toEqual(run(2));
    expect(new Set(run(3)).size).toBeGreaterThan(20);
  });
});
