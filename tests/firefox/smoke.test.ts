import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEverySite } from './welcome';

/**
 * Firefox smoke test: Debian's firefox-esr driven over WebDriver BiDi (puppeteer-core; nothing is downloaded),
 * the production Firefox build installed as a temporary add-on, a replica served at the real address.
 * `npm run test:firefox-e2e` (run by .ci/run, which installs firefox-esr); not part of `npm test`, which needs
 * only Node and Chromium.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const FIREFOX = process.env['FIREFOX_PATH'] ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
const SHOTS = join(ROOT, 'test-output', 'screenshots');

/** The add-on's internal address, fixed through Firefox's own preference, so the test can find its frame. */
const UUID = '0e4c7b1a-5d2f-4e8a-9c3b-7f6a1d2e3c4b';
const EXTENSION = `moz-extension://${UUID}`;

let browser: Browser;
beforeAll(async () => {
  if (!FIREFOX) throw new Error('Firefox was not found. Install it (Debian/Ubuntu: apt-get install firefox-esr) or set FIREFOX_PATH.');
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // No viewport emulation (puppeteer's default viewport and page.setViewport send emulation.* commands that
    // Firefox 140 does not know): the window has the size instead.
    defaultViewport: null,
    args: ['--width=900', '--height=640'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ 'unhurried@unhurried.invalid': UUID }) },
  });
  await browser.installExtension(join(ROOT, '.output', 'firefox-mv3'));
  await chooseEverySite(browser, EXTENSION);
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function replica(): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== 'https://web.whatsapp.com') return void req.continue();
    if (url.pathname === '/__replica/kit.js') {
      return void req.respond({ status: 200, contentType: 'text/javascript', body: readFileSync(join(ROOT, 'tests/fixtures/sites/kit.js'), 'utf8') });
    }
    return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(ROOT, 'tests/fixtures/sites/whatsapp.html'), 'utf8') });
  });
  await page.goto('https://web.whatsapp.com/');
  return page;
}

const focusIsInCard = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    // The card's host: a random custom element with a closed shadow root, outside the page's own markup.
    return !!a && a.parentElement === document.documentElement && a.tagName.includes('-');
  });
const composerText = (page: Page) => page.evaluate(() => document.querySelector('footer [contenteditable="true"]')?.textContent ?? '');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function poll<T>(fn: () => Promise<T>, want: T, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  let last = await fn();
  while (last !== want && Date.now() < end) {
    await wait(100);
    last = await fn();
  }
  return last;
}


describe('Unhurried in Firefox', () => {
  it('the first key of a reply opens the card (focus moves into it); Escape gives the chat back and typing goes through', async () => {
    const page = await replica();
    await page.click('footer [contenteditable="true"]');
    await wait(1200); // the frame preloads when the composer gets focus
    await page.keyboard.press('h');
    expect(await poll(() => focusIsInCard(page), true)).toBe(true);
    expect(await composerText(page)).toBe(''); // the key was held back
    await wait(600); // the card fades in
    await page.screenshot({ path: join(SHOTS, 'firefox-card.png') });
    await page.keyboard.press('Escape');
    expect(await poll(() => focusIsInCard(page), false)).toBe(false);
    await page.keyboard.type('ok');
    expect(await poll(() => composerText(page), 'ok')).toBe('ok');
    await page.close();
  }, 60_000);

  it('a change of language reaches the card in an open chat tab (Firefox storage events, no reload)', async () => {
    const page = await replica();
    await page.click('footer [contenteditable="true"]');
    await wait(1200); // the frame preloads when the composer gets focus
    // The frame's own address (the driver may still report its first one, about:blank).
    const hrefs = await Promise.all(page.frames().map((f) => f.evaluate(() => location.href).catch(() => '')));
    const card = page.frames().find((_, i) => hrefs[i]!.startsWith(`${EXTENSION}/pause.html`));
    expect(card, hrefs.join(' ')).toBeDefined();
    // WebDriver BiDi may not open extension pages, so the choice is written where the options page writes it, from
    // the card's own extension page: the settings item (with its version), French, and no rest between pauses.
    await card!.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).browser;
      const current = ((await api.storage.local.get('settings'))['settings'] ?? {}) as Record<string, unknown>;
      const appearance = { theme: 'system', textSize: 'normal', ...(current['appearance'] as object | undefined), language: 'fr' };
      await api.storage.local.set({ settings: { ...current, cooldownMinutes: 0, appearance }, settings$: { v: 4 } });
    });
    expect(await poll(() => card!.evaluate(() => document.documentElement.lang), 'fr')).toBe('fr');

    await page.keyboard.press('h');
    expect(await poll(() => focusIsInCard(page), true)).toBe(true);
    expect(await poll(() => card!.evaluate(() => document.querySelector('#pause-title')?.textContent ?? ''), 'Une pause avant de répondre')).toBe(
      'Une pause avant de répondre',
    );
    expect(await card!.evaluate(() => document.querySelector('.actions button')?.textContent ?? '')).toBe('Je peux répondre');
    await wait(600);
    await page.screenshot({ path: join(SHOTS, 'firefox-card-fr.png') });
    await page.keyboard.press('Escape');
    expect(await poll(() => focusIsInCard(page), false)).toBe(false);
    await page.close();
  }, 60_000);
});
