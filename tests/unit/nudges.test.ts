import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feelings } from '../../lib/feelings';
import { builtInNudges, kindNames } from '../../lib/nudges/catalogue';
import { NUDGE_KINDS as nudgeKinds } from '../../lib/model';
import { pickNudge, remember, seededRandom, type PickHistory } from '../../lib/nudges/picker';
import { fitsBreathing } from '../../lib/nudges/breath-fit';
import { offeredNudges } from '../../lib/nudges/effective';
import { settings as settingsInFile } from '../../lib/journal/validate';
import { defaultSettings, holdsBreath, rhythmSeconds, withDefaults, type BreathingPattern } from '../../lib/settings-model';
import * as v from 'valibot';

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

/**
 * What English words say about breathing, read from the words themselves (not from the catalogue's claims), and
 * whether a breathing setting contradicts them: a guide named when there is none, a longer breath out over a rhythm
 * whose out-breath is not longer, counts that are not the guide's, a hold the rhythm does not have.
 */
function contradictions(text: string, pattern: BreathingPattern): string[] {
  const numbers: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
  const out: string[] = [];
  if (/\b(circle|guide)\b/i.test(text) && pattern === 'off') out.push('names a guide that is off');
  if (pattern === 'off') return out;
  const [inS, holdIn, outS, holdOut] = rhythmSeconds[pattern];
  const longerOut = /\b(longer|slower)\b[^.]*\b(out|one in)\b|\blong(,| )[^.]*\bbreath out\b|\bout for (\w+)/i.test(text);
  if (longerOut && outS <= inS) out.push('asks for a longer breath out');
  const counts = /\bin\b[^.]*?\bcount to (\w+)[^.]*?\bout\b[^.]*?\bcount to (\w+)/i.exec(text);
  if (counts && (numbers[counts[1]!] !== inS || numbers[counts[2]!] !== outS || holdIn + holdOut > 0)) out.push(`counts ${counts[1]} and ${counts[2]}`);
  if (/\bhold (your|the) breath\b/i.test(text) && holdIn + holdOut === 0) out.push('asks to hold the breath');
  return out;
}

describe('nudges that fit the chosen breathing', () => {
  const settings: BreathingPattern[] = ['long-out', 'even', 'box', '4-7-8', 'off'];

  it('no nudge the card may offer contradicts any breathing setting', () => {
    for (const pattern of settings) {
      const offered = offeredNudges([], [], pattern);
      const found = offered.flatMap((x) => contradictions(x.text, pattern).map((why) => `${pattern} ${x.id}: ${why}`));
      expect(found, pattern).toEqual([]);
      // Only what would contradict is left out: the rest of the catalogue is all there.
      expect(offered.length, pattern).toBeGreaterThanOrEqual(builtInNudges.length - 3);
    }
  });

  it('the check itself finds the contradictions the picker steers clear of', () => {
    const all = (pattern: BreathingPattern) => builtInNudges.filter((x) => contradictions(x.text, pattern).length > 0).map((x) => x.id).sort();
    expect(all('even')).toEqual(['breathe-count', 'breathe-sigh']);
    expect(all('4-7-8')).toEqual(['breathe-count']);
    expect(all('off')).toEqual(['breathe-circle']);
    expect(contradictions('Breathe in while you count to four and out while you count to six.', 'box')).toHaveLength(1);
    expect(contradictions('Let each breath out last a little longer than the one in.', 'even')).toHaveLength(1);
    expect(contradictions('Hold your breath for a moment.', 'long-out')).toHaveLength(1);
  });

  it('fits words to rhythms by what they claim; the person\'s own words and edits are always offered', () => {
    expect(fitsBreathing({ counts: { in: 4, out: 6 } }, 'long-out')).toBe(true);
    expect(fitsBreathing({ counts: { in: 4, out: 6 } }, 'even')).toBe(false);
    expect(fitsBreathing({ counts: { in: 4, out: 6 } }, 'off')).toBe(true);
    expect(fitsBreathing({ longerOut: true }, '4-7-8')).toBe(true);
    expect(fitsBreathing({ longerOut: true }, 'box')).toBe(false);
    expect(fitsBreathing({ guide: true }, 'off')).toBe(false);
    expect(fitsBreathing(undefined, 'off')).toBe(true);
    const edited = { id: 'breathe-count', kind: 'breathe', builtIn: true, text: 'My own count, in four and out four.' } as const;
    const own = { id: 'own-1', kind: 'own', builtIn: false, text: 'Breathe with the circle, at your pace.' } as const;
    const offered = offeredNudges([edited, own], [], 'even').map((x) => x.id);
    expect(offered).toContain('breathe-count');
    expect(offered).toContain('own-1');
    expect(offeredNudges([], ['breathe-hand'], 'even').map((x) => x.id)).not.toContain('breathe-hand');
  });

  it('the picker, over many pauses, never offers a nudge that contradicts the rhythm', () => {
    for (const pattern of settings) {
      const random = seededRandom(11);
      let history: PickHistory = { ids: [], kinds: [] };
      const pool = offeredNudges([], [], pattern);
      for (let i = 0; i < 500; i++) {
        const n = pickNudge(pool, history, ['body', 'safe-place', 'other-minds', 'parts', 'consent', 'micro-trust'], random)!;
        expect(contradictions(n.text, pattern), `${pattern} ${n.id}`).toEqual([]);
        history = remember(history, n);
      }
    }
  });
});

describe('breathing settings', () => {
  it('a new person starts with the longer out-breath, and people from before keep their rhythm', () => {
    expect(defaultSettings.breathing.pattern).toBe('long-out');
    expect(withDefaults(null).breathing.pattern).toBe('long-out');
    expect(withDefaults({ breathing: { pattern: 'even', breaths: 3, animate: true } }).breathing.pattern).toBe('even');
  });
  it('the guide can be off, and an export file with it off imports', () => {
    const file = { ...defaultSettings, breathing: { pattern: 'off', breaths: 3, animate: true } };
    expect(v.safeParse(settingsInFile, file).success).toBe(true);
    expect(v.safeParse(settingsInFile, { ...file, breathing: { ...file.breathing, pattern: 'sometimes' } }).success).toBe(false);
  });
  it('only the rhythms that hold the breath carry the note that holding is not for everyone', () => {
    expect((['long-out', 'even', 'box', '4-7-8', 'off'] as const).filter(holdsBreath)).toEqual(['box', '4-7-8']);
  });
});
