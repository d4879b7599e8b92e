import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Harness } from '../harness/browser';
import { browserForFile, type G, visibleCard } from './helpers';

let h: Harness;
browserForFile((made) => (h = made));

const ORIGIN = 'https://www.reddit.com';
const sentOf = (page: Page) => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);

describe("a site the person adds (after the browser's permission)", () => {
  it('registers the script, pauses with the generic adapter, and removing it stops everything', async () => {
    const options = await h.extensionPage('options.html');
    // What "Add site" does once the browser has granted the host (the prompt itself cannot be answered headless).
    const added = await options.evaluate(
      (origin) => (globalThis as unknown as G).chrome.runtime.sendMessage({ type: 'sites.custom.add', payload: { origin } }),
      ORIGIN,
    );
    expect(added).toEqual({ ok: true, value: { origin: ORIGIN } });
    const registered = await options.evaluate(() => (globalThis as unknown as G).chrome.scripting.getRegisteredContentScripts());
    expect(registered.map((r) => [r.id, r.matches, r.js])).toEqual([[`custom:${ORIGIN}`, [`${ORIGIN}/*`], ['content-scripts/custom.js']]]);
    await options.getByText('www.reddit.com', { exact: true }).waitFor();

    const site = await h.openSite('own-site');
    // The search field never pauses.
    await site.getByRole('searchbox', { name: 'Search' }).click();
    await site.keyboard.type('abc');
    await site.waitForTimeout(150);
    for (const f of site.frames().filter((x) => /pause\.html/.test(x.url()))) expect(await f.getByRole('dialog').count()).toBe(0);
    // The composer does.
    await site.locator('textarea.autosuggest-textarea__textarea').click();
    await site.keyboard.press('h');
    const frame = await visibleCard(site);
    await frame.getByRole('button', { name: 'Not now' }).click();
    await site.keyboard.type('Good morning');
    await site.keyboard.press('Enter'); // a new line here, as on Mastodon
    await site.keyboard.type('all');
    expect(await sentOf(site)).toEqual([]);
    await site.keyboard.press('Control+Enter');
    expect(await sentOf(site)).toEqual(['Good morning\nall']);
    await site.close();

    await options.getByRole('button', { name: 'Remove www.reddit.com' }).click();
    await options.getByText('Removed www.reddit.com').waitFor();
    expect(await options.evaluate(() => (globalThis as unknown as G).chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    await h.resetCooldowns();
    const again = await h.openSite('own-site');
    await again.locator('textarea.autosuggest-textarea__textarea').click();
    await again.keyboard.type('no pause now');
    await again.waitForTimeout(300);
    expect(again.frames().some((f) => /pause\.html/.test(f.url()))).toBe(false);
    await again.close();
    await options.close();
  });
});
