/** The bench's measurements of the host page: typing cost, heap, a busy chat, the extension's share, idle. */
import { pauseFrame, type Harness } from '../harness/browser';

/** The page's scripting time per keystroke while typing after the card was closed (the content script's steady cost). */
export async function typingCost(h: Harness, withExtension: boolean): Promise<number> {
  await h.resetCooldowns().catch(() => undefined);
  const page = await h.openSite('whatsapp');
  await page.locator('footer [contenteditable="true"]').click();
  if (withExtension) {
    await page.keyboard.press('h');
    const frame = await pauseFrame(page);
    await frame.getByRole('dialog').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await frame.getByRole('dialog').waitFor({ state: 'detached' });
  }
  await page.waitForTimeout(300);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value;
  const N = 200;
  const a = await read();
  await page.keyboard.type('a steady reply, typed one key at a time '.repeat(5).slice(0, N));
  const b = await read();
  await page.close();
  return ((b - a) * 1000) / N;
}

/** The chat page's JS heap after garbage collection, idle, with the composer focused. */
export async function pageHeap(h: Harness): Promise<number> {
  const page = await h.openSite('whatsapp');
  await page.locator('footer [contenteditable="true"]').click();
  await page.waitForTimeout(1500);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return usedSize;
}

/** Scripting time and long tasks while 2,000 messages arrive, with and without the extension. */
export async function busyChat(h: Harness): Promise<{ script: number; task: number; longTasks: number; heap: number }> {
  const page = await h.openSite('heavy-chat');
  await page.locator('footer [contenteditable="true"]').click();
  await page.waitForTimeout(800);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate(() => {
    (window as unknown as { __long: number }).__long = 0;
    new PerformanceObserver((l) => ((window as unknown as { __long: number }).__long += l.getEntries().length)).observe({ type: 'longtask' });
  });
  const metric = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
    return { script: get('ScriptDuration'), task: get('TaskDuration'), heap: get('JSHeapUsedSize') };
  };
  const before = await metric();
  await page.evaluate(() => (window as unknown as { __receive: (n: number, e: number) => Promise<void> }).__receive(2000, 4));
  const after = await metric();
  const longTasks = await page.evaluate(() => (window as unknown as { __long: number }).__long);
  await page.close();
  return { script: (after.script - before.script) * 1000, task: (after.task - before.task) * 1000, longTasks, heap: after.heap };
}

/**
 * The extension's own share of the host page's scripting while 2,000 messages arrive, from a V8 CPU profile of the
 * page (its isolate runs the page's scripts and the content script's isolated world alike): the time spent in
 * functions from the extension's files. Unlike the with/without ratio, machine noise cannot move this figure.
 */
export async function extensionShare(h: Harness): Promise<{ extensionMs: number; pageMs: number; samples: number }> {
  const page = await h.openSite('heavy-chat');
  await page.locator('footer [contenteditable="true"]').click();
  await page.waitForTimeout(800);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate(() => (window as unknown as { __receive: (n: number, e: number) => Promise<void> }).__receive(2000, 4));
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  let extensionMs = 0;
  let pageMs = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const node = byId.get(id);
    const dt = (deltas[i + 1] ?? 0) / 1000;
    const fn = node?.callFrame.functionName ?? '';
    if (!node || fn === '(idle)' || fn === '(program)' || fn === '(garbage collector)') return;
    if (node.callFrame.url.startsWith('chrome-extension://')) extensionMs += dt;
    else pageMs += dt;
  });
  return { extensionMs, pageMs, samples: profile.samples?.length ?? 0 };
}

export async function idle(h: Harness): Promise<number> {
  const page = await h.openSite('whatsapp');
  await page.locator('footer [contenteditable="true"]').click();
  await page.waitForTimeout(1000);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value;
  const a = await read();
  await page.waitForTimeout(5000);
  const b = await read();
  await page.close();
  return (b - a) * 1000;
}
