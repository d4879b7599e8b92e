import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { clickComposer, launch, pauseFrame, withAllSites, type Harness } from '../harness/browser';

/** The extension APIs as seen from inside page.evaluate / worker.evaluate. */
export type G = { chrome: typeof browser };

export const OUT = resolve(import.meta.dirname, '../../test-output');
export const SHOTS = join(OUT, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** Focuses the composer, presses a key and waits for the card. */
export async function startReply(page: Page, key = 'h'): Promise<Frame> {
  await clickComposer(page);
  await page.keyboard.press(key);
  return visibleCard(page);
}

/** Waits for the Pause card to be visible and returns its frame. */
export async function visibleCard(page: Page, timeout = 30_000): Promise<Frame> {
  const frame = await pauseFrame(page, timeout);
  await frame.getByRole('dialog', { name: 'Pause before replying' }).waitFor({ state: 'visible', timeout });
  return frame;
}

export const composerText = (page: Page) =>
  page.locator('footer [contenteditable="true"]').evaluate((el) => (el as HTMLElement).innerText.replace(/\n$/, ''));

export const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);

/** Everything the page's own listeners and MutationObserver saw, as one string. */
export const pageLog = (page: Page) =>
  page.evaluate(() => JSON.stringify((window as unknown as { __log: unknown[] }).__log));

/** Adds figures to test-output/measurements.json (reported, never asserted). */
export function recordMeasurement(name: string, value: unknown): void {
  const file = join(OUT, 'measurements.json');
  const all = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  all[name] = value;
  writeFileSync(file, JSON.stringify(all, null, 2));
}

/** Runs axe-core inside a frame (the card lives in a closed shadow root, out of reach of a page-level scan). */
export async function axeViolations(frame: Frame): Promise<string[]> {
  const source = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');
  await frame.evaluate(source);
  const result = await frame.evaluate(async () => {
    // The card's gentle fade-in (CSS animations, 180–220 ms) blends its colours while it runs: contrast is judged on
    // the settled card. The breathing circle's transitions are not waited for (they go on for the whole pause).
    await Promise.all(document.getAnimations().filter((a) => a instanceof CSSAnimation).map((a) => a.finished.catch(() => undefined)));
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const r = await axe.run(document);
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
  return result;
}

/**
 * One browser with the production build for a test file, handed to `set` once it runs. With `fresh`, each test
 * starts with no cooldowns and without those storage.local keys (settings, snoozes, marks), whatever ran before;
 * settings start again as the defaults with every site chosen (as the harness chose them on the welcome page).
 */
export function browserForFile(set: (h: Harness) => void, fresh?: { remove: string[]; session?: string[] }): void {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await launch();
    set(h);
  });
  if (fresh) {
    beforeEach(async () => {
      await h!.resetCooldowns();
      await h!.inWorker((keys) => (globalThis as unknown as G).chrome.storage.local.remove(keys), fresh.remove);
      if (fresh.remove.includes('settings')) {
        await h!.inWorker((settings) => (globalThis as unknown as G).chrome.storage.local.set({ settings }), withAllSites());
      }
      if (fresh.session) await h!.inWorker((keys) => (globalThis as unknown as G).chrome.storage.session.remove(keys), fresh.session);
    });
  }
  afterAll(async () => {
    await h?.close();
  });
}

/** A button of the card by its exact name. */
export const cardButton = (frame: Frame, name: string) => frame.getByRole('button', { name, exact: true });

/** Reads a store of the journal through its owner, the background. */
export function journalStore<T>(h: Harness, store: 'reflections' | 'later' | 'events'): Promise<T[]> {
  return h.inWorker(
    (storeName: string) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('unhurried-journal');
        open.onsuccess = () => {
          const req = open.result.transaction(storeName).objectStore(storeName).getAll();
          req.onsuccess = () => resolve(req.result as T[]);
          req.onerror = () => reject(req.error);
        };
        open.onerror = () => reject(open.error);
      }),
    store,
  );
}

/** How many reflections, Later items and own nudges the journal holds (through an extension page). */
export async function journalCounts(h: Harness): Promise<{ reflections: number; later: number; nudges: number }> {
  const page = await h.extensionPage('popup.html');
  const r = await page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: Record<string, unknown[]> }> } } }).chrome;
    const res = await c.runtime.sendMessage({ type: 'journal.export', payload: null });
    return { reflections: res.value['reflections']!.length, later: res.value['later']!.length, nudges: res.value['nudges']!.length };
  });
  await page.close();
  return r;
}
