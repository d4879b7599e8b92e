import type { Harness } from './browser';

/**
 * Realistic journals for tests and the bench, and a way to load them through
 * the real protocol (journal.import from an extension page, as the options
 * page does): no test-only door in the production build.
 */

const feelings = ['tense', 'calm', 'numb', 'racing', 'heavy', 'open', 'safe', 'unsure', 'angry', 'sad', 'hopeful', 'tired'];
const sites = ['whatsapp', 'telegram', 'messenger', 'slack', 'discord', 'instagram'];
const choices = ['check-in', 'ready', 'later', 'not-now'] as const;
const notes = [
  'Felt the old knot in my stomach before answering.',
  'I waited, and the message read differently after a few breaths.',
  'Said no to the weekend plan. It was fine.',
  'Noticed I wanted to explain myself at length. I kept it short.',
  'A kind message from my sister; I let it in.',
  'Hands were shaking a little. Wrote it here first.',
  'Not sure what they meant. Asked instead of guessing.',
  'Took the evening off from replying.',
];
const others = ['Maybe they were just busy.', 'They might be tired too.', 'It could be about their day, not me.'];

/** A small deterministic random. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` reflections spread over the past `days` days (newest about now), as an export file's text. */
export function journalFile(n: number, o: { days?: number; now?: number; seed?: number; later?: number } = {}): string {
  const now = o.now ?? Date.now();
  const span = (o.days ?? Math.max(1, Math.ceil(n / 6))) * 86_400_000;
  const rand = rng(o.seed ?? 7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const reflections = Array.from({ length: n }, (_, i) => {
    const createdAt = Math.round(now - 60_000 - (span * i) / Math.max(1, n));
    const fs = [...new Set([pick(feelings), ...(rand() < 0.5 ? [pick(feelings)] : [])])];
    const long = rand() < 0.1;
    return {
      id: `seed-${o.seed ?? 7}-${i}`,
      createdAt,
      updatedAt: createdAt,
      site: pick(sites),
      choice: pick(choices),
      feelings: fs,
      ...(rand() < 0.8 ? { intensity: 1 + Math.floor(rand() * 5) } : {}),
      note: long ? Array.from({ length: 6 }, () => pick(notes)).join(' ') : `${pick(notes)} (${i})`,
      ...(rand() < 0.3 ? { otherMind: pick(others) } : {}),
      win: rand() < 0.15,
    };
  });
  const later = Array.from({ length: o.later ?? 0 }, (_, i) => ({
    id: `seed-later-${i}`,
    createdAt: now - 3_600_000,
    dueAt: now + (i + 1) * 40 * 60_000,
    site: pick(sites),
    url: 'https://web.whatsapp.com/',
    status: 'pending' as const,
    reminded: false,
  }));
  return JSON.stringify({ format: 'unhurried-journal', version: 1, reflections, later });
}

type Chrome = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } };

/** Imports an export file through the background, from an extension page; returns the background's answer. */
export async function importThroughBackground(h: Harness, text: string): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  const page = await h.extensionPage('options.html');
  try {
    return await page.evaluate(
      (t) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ type: 'journal.import', payload: { text: t, commit: true } }),
      text,
    );
  } finally {
    await page.close();
  }
}
