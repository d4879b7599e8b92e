import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEverySite } from './welcome';
import { buildEditorPages, editorComposers as composers, editorPages, serveEditorPage, type EditorPage } from '../harness/editors';

/**
 * "Move to chat" on real editors from npm in Firefox (Debian's firefox-esr over WebDriver BiDi, the production Firefox
 * build as a temporary add-on), each page served at its site's address: the draft reaches the editor's own model with
 * its line breaks — on Firefox the text goes in from the page's own world, where a paste keeps its data — and a chat
 * that refuses the words brings the card back with them.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const FIREFOX = process.env['FIREFOX_PATH'] ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
const SHOTS = join(ROOT, 'test-output', 'screenshots');
const UUID = '2b7d4c1e-8a3f-4b6d-9e2c-5f1a7d3b9c8e';
const EXTENSION = `moz-extension://${UUID}`;

let browser: Browser;
beforeAll(async () => {
  if (!FIREFOX) throw new Error('Firefox was not found. Install it (Debian/Ubuntu: apt-get install firefox-esr) or set FIREFOX_PATH.');
  mkdirSync(SHOTS, { recursive: true });
  await buildEditorPages();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // No viewport emulation: it needs emulation.* commands Firefox 140 does not know (tests/firefox/bidi-log.ts).
    defaultViewport: null,
    args: ['--width=1000', '--height=700'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ 'unhurried@unhurried.invalid': UUID }) },
  });
  await browser.installExtension(join(ROOT, '.output', 'firefox-mv3'));
  await chooseEverySite(browser, EXTENSION);
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function poll<T>(fn: () => Promise<T>, want: T, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  let last = await fn();
  while (JSON.stringify(last) !== JSON.stringify(want) && Date.now() < end) {
    await wait(100);
    last = await fn();
  }
  return last;
}


type W = { __model(): string; __sent: string[] };
const modelLines = (page: Page) => page.evaluate(() => (window as unknown as W).__model().split(/\n+/));
const sent = (page: Page) => page.evaluate(() => (window as unknown as W).__sent);

async function openEditor(name: EditorPage): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  const origin = new URL(editorPages[name].url).origin;
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== origin) return void req.continue();
    const served = serveEditorPage(name, url);
    if (!served) return void req.respond({ status: 404, body: '' });
    return void req.respond({ status: 200, contentType: served.contentType, body: served.body });
  });
  await page.goto(editorPages[name].url);
  await page.waitForFunction(() => typeof (window as unknown as W).__model === 'function' && !!document.querySelector('[contenteditable="true"]'));
  return page;
}

/** The card's frame (the driver may still report its first address, about:blank). */
async function cardFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 80; i++) {
    const hrefs = await Promise.all(page.frames().map((f) => f.evaluate(() => location.href).catch(() => '')));
    const found = page.frames().find((_, n) => hrefs[n]!.startsWith(`${EXTENSION}/pause.html`));
    if (found) return found;
    await wait(100);
  }
  throw new Error('The pause frame did not load');
}

const dialogShown = (card: Frame) => card.evaluate(() => !!document.querySelector('[role="dialog"]')).catch(() => false);
const clickButton = (card: Frame, name: string) => card.locator(`button::-p-text(${name})`).click();

/** A reply starts in the composer (the card opens); the person writes two lines in the card's draft. */
async function writeDraft(page: Page, name: EditorPage): Promise<Frame> {
  await page.click(composers[name]);
  await wait(1200); // the frame preloads when the composer gets focus
  await page.keyboard.press('h');
  const card = await cardFrame(page);
  expect(await poll(() => dialogShown(card), true)).toBe(true);
  await wait(400); // the card fades in
  await clickButton(card, 'Write it here first');
  await card.waitForSelector('#pause-draft');
  await card.locator('#pause-draft').click();
  // Whatever an earlier test left in the draft goes first.
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('first line');
  await page.keyboard.down('Shift');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Shift');
  await page.keyboard.type('second line');
  expect(await card.evaluate(() => (document.querySelector('#pause-draft') as HTMLTextAreaElement).value)).toBe('first line\nsecond line');
  return card;
}

describe('"Move to chat" reaches the editor’s own model (Firefox)', () => {
  for (const name of ['whatsapp', 'discord', 'telegram', 'slack', 'teams', 'x'] as const) {
    it(`${editorPages[name].editor} (${name}): both lines, in order, nothing sent; still there after the next key`, async () => {
      const page = await openEditor(name);
      const card = await writeDraft(page, name);
      await clickButton(card, 'Move to chat');
      expect(await poll(() => modelLines(page), ['first line', 'second line'])).toEqual(['first line', 'second line']);
      expect(await sent(page)).toEqual([]);
      // Confirmed: the card does not come back.
      await wait(800);
      expect(await dialogShown(card)).toBe(false);
      await page.keyboard.type('!');
      expect(await poll(() => modelLines(page), ['first line', 'second line!'])).toEqual(['first line', 'second line!']);
      await page.screenshot({ path: join(SHOTS, `firefox-editors-${name}-moved.png`) });
      await page.keyboard.press('Enter');
      expect(await poll(async () => (await sent(page)).map((s) => s.split(/\n+/)), [['first line', 'second line!']])).toEqual([['first line', 'second line!']]);
      await page.close();
    }, 60_000);
  }

  it('a chat that refuses the words: the card comes back on the draft, with the words and a kind line', async () => {
    const page = await openEditor('refuse');
    const card = await writeDraft(page, 'refuse');
    await clickButton(card, 'Move to chat');
    const line = () => card.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '').catch(() => '');
    const kind = "The chat didn't take your words. They're still here — you can copy them, or try again.";
    expect(await poll(line, kind)).toBe(kind);
    expect(await card.evaluate(() => (document.querySelector('#pause-draft') as HTMLTextAreaElement).value)).toBe('first line\nsecond line');
    expect(await modelLines(page)).toEqual(['']);
    await wait(400);
    await page.screenshot({ path: join(SHOTS, 'firefox-editors-refused.png') });
    await page.keyboard.press('Escape');
    expect(await poll(() => dialogShown(card), false)).toBe(false);
    await page.close();
  }, 60_000);
});
