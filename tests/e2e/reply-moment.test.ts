import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { withAllSites, type Harness } from '../harness/browser';
import { browserForFile, composerText, sent, startReply, visibleCard, type G } from './helpers';

let h: Harness;
browserForFile((made) => (h = made), { remove: ['settings', 'snoozes', 'marks'] });

/** How many cards are open in the page now (0 or 1). */
async function openCards(page: Page): Promise<number> {
  const frame = page.frames().find((f) => /pause\.html/.test(f.url()));
  return frame ? frame.getByRole('dialog').count() : 0;
}

describe('a pause belongs to a reply', () => {
  it('with "No rest": one card as the reply starts, the reply is typed freely after "Not now", and the next reply pauses again', async () => {
    await h.inWorker((s) => (globalThis as unknown as G).chrome.storage.local.set({ settings: s }), withAllSites({ cooldownMinutes: 0 }));
    const page = await h.openSite('whatsapp');
    const frame = await startReply(page, 'h');
    expect(await composerText(page)).toBe(''); // that key was held for the card
    await frame.getByRole('button', { name: 'Not now' }).click();
    await frame.getByRole('dialog').waitFor({ state: 'detached' });

    // The same reply: every key reaches the composer, no second card.
    await page.keyboard.type('hello');
    expect(await composerText(page)).toBe('hello');
    await page.waitForTimeout(200);
    expect(await openCards(page)).toBe(0);

    // The person's own send ends the reply; the next reply's first key opens the card again.
    await page.keyboard.press('Enter');
    expect(await sent(page)).toEqual(['hello']);
    await page.keyboard.press('n');
    const again = await visibleCard(page);
    expect(await composerText(page)).toBe('');
    await page.keyboard.press('Escape');
    await again.getByRole('dialog').waitFor({ state: 'detached' });
    await page.keyboard.type('ok');
    expect(await composerText(page)).toBe('ok');
    expect(await openCards(page)).toBe(0);
    await page.close();
  });
});
