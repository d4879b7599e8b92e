import type { browser } from 'wxt/browser';
import { clickComposer, pauseFrame, type Harness } from '../harness/browser';

type G = { chrome: typeof browser };

/** Keys typed into one reply after its card closed, for the CPU profile below. */
export const REPLY_KEYS = 225;

/**
 * The extension's own time while a reply is typed after its card closed ("No rest", so nothing but the reply's own
 * rule keeps the card away): a V8 CPU profile of the page (its isolate runs the content script too) while 225 keys are
 * typed. A sample counts as the extension's when any frame of its stack is in the content script's file, so the browser
 * APIs it calls count too; the share is of the whole typing time.
 */
export async function typingProfile(h: Harness): Promise<{ extensionMs: number; scriptMs: number; typingMs: number; samples: number; typed: number }> {
  await h.resetCooldowns();
  await h.inWorker(() => (globalThis as unknown as G).chrome.storage.local.set({ settings: { cooldownMinutes: 0 } }));
  const page = await h.openSite('whatsapp');
  await clickComposer(page);
  await pauseFrame(page);
  await page.waitForTimeout(500);
  await page.keyboard.press('h');
  const frame = await pauseFrame(page);
  await frame.getByRole('dialog').waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await frame.getByRole('dialog').waitFor({ state: 'detached' });
  await page.waitForTimeout(300);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.keyboard.type('after the card, the whole reply goes straight to the chat, one key at a time '.repeat(4).slice(0, REPLY_KEYS));
  const { profile } = await cdp.send('Profiler.stop');
  const typed = await page.locator('footer [contenteditable="true"]').evaluate((el) => (el as HTMLElement).innerText.replace(/\n$/, '').length);
  await page.close();
  await h.inWorker(() => (globalThis as unknown as G).chrome.storage.local.remove('settings'));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (byId.get(at)?.callFrame.url.includes('/content-scripts/')) return true;
    }
    return false;
  };
  const deltas = profile.timeDeltas ?? [];
  let extensionMs = 0;
  let scriptMs = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const fn = byId.get(id)?.callFrame.functionName ?? '';
    if (fn === '(idle)' || fn === '(program)' || fn === '(garbage collector)') return;
    const dt = (deltas[i + 1] ?? 0) / 1000;
    scriptMs += dt;
    if (ours(id)) extensionMs += dt;
  });
  return { extensionMs, scriptMs, typingMs: (profile.endTime - profile.startTime) / 1000, samples: profile.samples?.length ?? 0, typed };
}
