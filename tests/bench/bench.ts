/**
 * `npm run bench`: what Unhurried costs a chat page, measured on the production build in headless Chromium,
 * with and without the extension in the same run. Prints a table and writes bench-output/bench.json.
 * Timings are reported, never asserted (the deterministic budgets live in `npm test`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { browser } from 'wxt/browser';
import { clickComposer, EXTENSION_DIR, keystrokeToCardMs, launch, pauseFrame, withAllSites, type Harness } from '../harness/browser';
import { REPLY_KEYS, typingProfile } from './reply-typing';
import { busyChat, extensionShare, idle, pageHeap, typingCost } from './host-page';

type G = { chrome: typeof browser };
const OUT = resolve(import.meta.dirname, '../../bench-output');
const results: Record<string, unknown> = {};
const rows: Array<[string, string, string]> = [];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const median = (xs: number[]) => pct(xs, 50);
const ms = (x: number) => `${x.toFixed(1)} ms`;
/** With/without pairs for the host-page cost: enough for a stable median on a noisy 2-core machine. */
const PAIRS = 9;

function sizes() {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
  for (const [name, file] of [['built-in sites', manifest.content_scripts[0]!.js[0]!], ['own sites', 'content-scripts/custom.js']] as const) {
    const code = readFileSync(join(EXTENSION_DIR, file));
    const gz = gzipSync(code, { level: 9 }).length;
    results[`contentScript:${name}`] = { raw: code.length, gzip: gz };
    rows.push([`content script (${name}), gzipped`, `${(gz / 1024).toFixed(2)} kB (raw ${(code.length / 1024).toFixed(1)} kB)`, '≤ 8 kB']);
  }
}

async function keystrokeToCard(h: Harness) {
  await h.inWorker((settings) => (globalThis as unknown as G).chrome.storage.local.set({ settings }), withAllSites({ cooldownMinutes: 0 }));
  const page = await h.openSite('whatsapp');
  await page.locator('footer [contenteditable="true"]').click();
  await pauseFrame(page);
  await page.waitForTimeout(500);
  const warm: number[] = [];
  for (let i = 0; i < 60; i++) {
    warm.push(await keystrokeToCardMs(page));
    await clickComposer(page); // leaves the composer first: the next key starts a new reply, which pauses again
  }
  await page.close();
  // Cold: a fresh tab, the first keystroke right after the composer gets focus (the frame is still loading).
  const cold: number[] = [];
  for (let i = 0; i < 12; i++) {
    const p = await h.openSite('whatsapp');
    await p.locator('footer [contenteditable="true"]').click();
    const t0 = Date.now();
    await p.keyboard.press('k');
    const frame = await pauseFrame(p);
    await frame.getByRole('dialog').waitFor({ state: 'visible' });
    cold.push(Date.now() - t0);
    await p.close();
  }
  await h.inWorker((settings) => (globalThis as unknown as G).chrome.storage.local.set({ settings }), withAllSites());
  results['keystrokeToCard'] = { preloaded: { trials: warm.length, median: median(warm), p95: pct(warm, 95) }, cold: { trials: cold.length, median: median(cold), p95: pct(cold, 95) } };
  rows.push(['keystroke → card visible, frame preloaded (60 trials)', `median ${ms(median(warm))}, p95 ${ms(pct(warm, 95))}`, 'p95 ≤ 50 ms']);
  rows.push(['keystroke → card visible, cold tab (12 trials, Playwright clock)', `median ${ms(median(cold))}, p95 ${ms(pct(cold, 95))}`, '—']);
}

async function popupAndData(h: Harness) {
  const tools = await h.extensionPage('options.html');
  const seedTo = async (n: number) => {
    const times = await tools.evaluate(async (target) => {
      const c = (globalThis as unknown as G).chrome;
      const count = async () => ((await c.runtime.sendMessage({ type: 'journal.export', payload: null })) as { value: { reflections: unknown[] } }).value.reflections.length;
      const t: number[] = [];
      for (let i = await count(); i < target; i++) {
        const s = performance.now();
        await c.runtime.sendMessage({
          type: 'reflection.add',
          payload: { site: 'whatsapp', choice: 'check-in', feelings: ['calm', 'tense'].slice(0, 1 + (i % 2)), note: `Note ${i}: a few words about how it felt to wait before answering.`, win: i % 9 === 0 },
        });
        t.push(performance.now() - s);
      }
      return t;
    }, n);
    return times;
  };
  const firstRender: Record<number, number> = {};
  let writes: number[] = [];
  for (const n of [0, 1000, 10_000]) {
    writes = writes.concat(await seedTo(n));
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await h.context.newPage();
      // From navigation start to the first frame that shows the list (or the empty state), in the page's own clock.
      await page.addInitScript({
        content: `new MutationObserver((_, mo) => {
          if (document.querySelector('[role="listitem"], .empty')) {
            mo.disconnect();
            requestAnimationFrame(() => (window.__firstRender = performance.now()));
          }
        }).observe(document, { subtree: true, childList: true });`,
      });
      await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
      await page.waitForFunction(() => (window as unknown as { __firstRender?: number }).__firstRender !== undefined);
      samples.push(await page.evaluate(() => (window as unknown as { __firstRender: number }).__firstRender));
      await page.close();
    }
    firstRender[n] = median(samples);
    rows.push([`popup first render, ${n.toLocaleString('en')} reflections`, ms(firstRender[n]), '≤ 150 ms (at 10,000)']);
  }
  results['popupFirstRenderMs'] = firstRender;
  if (writes.length) {
    results['backgroundWriteMs'] = { writes: writes.length, median: median(writes), p95: pct(writes, 95) };
    rows.push(['background write (reflection.add round trip)', `median ${ms(median(writes))}, p95 ${ms(pct(writes, 95))}`, '—']);
  }
  // Search as you type at 10,000, in the popup: each keystroke's query round trip through the background.
  const popup = await h.extensionPage('popup.html');
  await popup.getByRole('listitem').first().waitFor();
  const search = await popup.evaluate(async () => {
    const c = (globalThis as unknown as G).chrome;
    const ask = async (text: string) => {
      const s = performance.now();
      await c.runtime.sendMessage({ type: 'reflections.query', payload: { query: { text }, limit: 40 } });
      return performance.now() - s;
    };
    const first = await ask('a'); // builds the folded search text once
    const times: number[] = [];
    for (let round = 0; round < 5; round++) for (const t of ['a', 'an', 'ans', 'answ', 'answe', 'answer', 'answer 12']) times.push(await ask(t));
    return { first, times };
  });
  // And what the person sees: from the last keystroke to the list showing the results (includes the 120 ms typing pause).
  const box = popup.getByRole('searchbox', { name: 'Search reflections' });
  const seen: number[] = [];
  for (const word of ['answering', 'note 99', 'felt wait']) {
    await box.fill('');
    await popup.waitForTimeout(300);
    const t0 = await popup.evaluate(() => performance.now());
    await box.fill(word);
    await popup.getByText(/(reflections? found|No reflections match)\.$/).waitFor({ state: 'attached' });
    seen.push((await popup.evaluate(() => performance.now())) - t0);
  }
  await popup.close();
  results['search10k'] = { firstQueryMs: search.first, perKeystroke: { n: search.times.length, median: median(search.times), p95: pct(search.times, 95) }, typedToShownMs: seen };
  rows.push(['search at 10,000, per keystroke (background query round trip)', `median ${ms(median(search.times))}, p95 ${ms(pct(search.times, 95))}; first search ${ms(search.first)}`, '≤ 30 ms']);
  rows.push(['search at 10,000, typed → results shown (incl. 120 ms typing pause)', seen.map((x) => ms(x)).join(' / '), '—']);

  const io = await tools.evaluate(async () => {
    const c = (globalThis as unknown as G).chrome;
    const send = (type: string, payload: unknown) => c.runtime.sendMessage({ type, payload }) as Promise<{ ok: boolean; value: { reflections: unknown[]; later: unknown[]; nudges: unknown[] } }>;
    let s = performance.now();
    const r = await send('journal.export', null);
    const text = JSON.stringify({ format: 'unhurried-journal', version: 1, ...r.value });
    const exportMs = performance.now() - s;
    const count = r.value.reflections.length;
    await send('journal.erase', { confirm: 'erase' });
    s = performance.now();
    const imported = await send('journal.import', { text, commit: true });
    const importMs = performance.now() - s;
    const after = (await send('journal.export', null)).value.reflections.length;
    return { exportMs, importMs, count, after, ok: imported.ok, bytes: text.length };
  });
  if (!io.ok || io.after !== io.count) throw new Error(`Import round trip lost data: ${io.count} → ${io.after}`);
  results['export10kMs'] = io.exportMs;
  results['import10kMs'] = io.importMs;
  rows.push([`export of ${io.count.toLocaleString('en')} reflections (read + JSON, ${(io.bytes / 1e6).toFixed(1)} MB)`, ms(io.exportMs), '≤ 1 s']);
  rows.push([`import of ${io.count.toLocaleString('en')} reflections (check + one transaction)`, ms(io.importMs), '≤ 2 s']);
  await tools.close();
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  sizes();

  // Both browsers stay open and the runs alternate in pairs, each pair in the opposite order to the one before
  // (without-with, with-without, …), so machine noise and slow drift fall on both sides alike.
  const plain = await launch({ extension: false });
  const h = await launch();
  const withoutRuns: Awaited<ReturnType<typeof busyChat>>[] = [];
  const withRuns: Awaited<ReturnType<typeof busyChat>>[] = [];
  for (let i = 0; i < PAIRS; i++) {
    if (i % 2 === 0) {
      withoutRuns.push(await busyChat(plain));
      withRuns.push(await busyChat(h));
    } else {
      withRuns.push(await busyChat(h));
      withoutRuns.push(await busyChat(plain));
    }
  }
  const share = await extensionShare(h);
  const idleWithout = await idle(plain);
  const typingWithout: number[] = [];
  const typingWith: number[] = [];
  const heapWithout: number[] = [];
  const heapWith: number[] = [];
  for (let i = 0; i < 3; i++) {
    typingWithout.push(await typingCost(plain, false));
    typingWith.push(await typingCost(h, true));
    heapWithout.push(await pageHeap(plain));
    heapWith.push(await pageHeap(h));
  }
  await plain.close();
  results['typingPerKeystrokeMs'] = { with: typingWith, without: typingWithout };
  rows.push([
    'composer typing after the card, page scripting per keystroke (3 runs)',
    `with ${ms(median(typingWith))} / without ${ms(median(typingWithout))} (+${ms(median(typingWith) - median(typingWithout))})`,
    '≤ 0.1 ms added',
  ]);
  const reply = await typingProfile(h);
  if (reply.typed !== REPLY_KEYS) throw new Error(`Only ${reply.typed} of ${REPLY_KEYS} typed keys reached the composer`);
  results['replyTypingExtensionShare'] = { ...reply, share: reply.extensionMs / reply.typingMs };
  rows.push([
    `of which the extension’s own code, ${REPLY_KEYS} keys typed after the card closed (CPU profile, "No rest")`,
    `${ms(reply.extensionMs)} of ${ms(reply.typingMs)} typing = ${((100 * reply.extensionMs) / reply.typingMs).toFixed(2)} % (page scripting ${ms(reply.scriptMs)}, ${reply.samples} samples)`,
    '≤ 1 %',
  ]);
  results['contentScriptHeapBytes'] = { with: heapWith, without: heapWithout, difference: median(heapWith) - median(heapWithout) };
  rows.push([
    'JS heap of the content script (idle chat page after GC, with − without)',
    `${((median(heapWith) - median(heapWithout)) / 1024).toFixed(0)} kB`,
    '≤ 1 MB',
  ]);
  const idleWith = await idle(h);
  await keystrokeToCard(h);
  await popupAndData(h);
  await h.close();

  const sWith = median(withRuns.map((r) => r.script));
  const sWithout = median(withoutRuns.map((r) => r.script));
  const ratios = withRuns.map((r, i) => r.script / withoutRuns[i]!.script).sort((a, b) => a - b);
  results['busyChat'] = {
    with: withRuns,
    without: withoutRuns,
    scriptMedianWith: sWith,
    scriptMedianWithout: sWithout,
    ratio: sWith / sWithout,
    pairRatioMedian: median(ratios),
  };
  rows.push([
    `host scripting, 2,000 messages arriving (${PAIRS} alternating pairs)`,
    `median pair ratio ${median(ratios).toFixed(3)} (pairs ${ratios[0]!.toFixed(2)}–${ratios.at(-1)!.toFixed(2)}); medians with ${ms(sWith)} / without ${ms(sWithout)} = ${(sWith / sWithout).toFixed(3)}`,
    '≤ 1.02',
  ]);
  results['busyChatExtensionShare'] = share;
  rows.push([
    'of which the extension’s own code (CPU profile of the page, 2,000 messages)',
    `${ms(share.extensionMs)} of ${ms(share.pageMs + share.extensionMs)} scripting (${share.samples} samples)`,
    '≈ 0 (nothing to do while messages arrive)',
  ]);
  rows.push(['long tasks (> 50 ms) during that run', `with ${withRuns.map((r) => r.longTasks).join('/')} · without ${withoutRuns.map((r) => r.longTasks).join('/')}`, '0 caused']);
  rows.push(['JS heap of the chat page after the run', `with ${(median(withRuns.map((r) => r.heap)) / 1e6).toFixed(1)} MB / without ${(median(withoutRuns.map((r) => r.heap)) / 1e6).toFixed(1)} MB`, '—']);
  results['idleScriptMs5s'] = { with: idleWith, without: idleWithout };
  rows.push(['idle chat page, scripting over 5 s', `with ${ms(idleWith)} / without ${ms(idleWithout)}`, 'no timers, no polling']);

  results['machine'] = { cpus: cpus().length, model: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString() };
  writeFileSync(join(OUT, 'bench.json'), JSON.stringify(results, null, 2));
  const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
  console.log(`\n| what | measured | budget |\n| --- | --- | --- |`);
  for (const [a, b, c] of rows) console.log(`| ${a.padEnd(w[0]!)} | ${b.padEnd(w[1]!)} | ${c} |`);
  console.log(`\nWritten to ${join(OUT, 'bench.json')}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('The benchmark stopped:', err);
    process.exit(1);
  },
);
