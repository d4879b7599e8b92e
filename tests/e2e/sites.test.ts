import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adapterById, sites } from '../../lib/sites/registry';
import { launch, siteUrls, withAllSites, type Harness } from '../harness/browser';
import { visibleCard, type G } from './helpers';

/** How a person uses each replica: where they type, search, switch conversation, and how they send. */
interface SiteCase {
  /** Adapter id. */
  site: string;
  /** Replica (defaults to the adapter id). */
  fixture?: string;
  composer: string;
  search: string;
  other: string;
  send: 'Enter' | 'Control+Enter';
  /** How many composers the replica shows at once (chat bubbles, compose windows). */
  composers?: number;
}

const cases: SiteCase[] = [
  { site: 'whatsapp', composer: 'footer [contenteditable="true"]', search: '#side [data-tab="3"]', other: '.chat[data-chat="sam"]', send: 'Enter' },
  { site: 'messenger', composer: '[aria-label="Thread composer"] [role="textbox"]', search: 'input[type="search"]', other: 'a[data-chat="1002"]', send: 'Enter' },
  { site: 'instagram', composer: '[role="textbox"][aria-label="Message"]', search: 'input[aria-label="Search input"]', other: '[data-chat="2002"]', send: 'Enter' },
  { site: 'discord', composer: 'form.form__13a2c [role="textbox"]', search: 'input[aria-label="Search"]', other: 'a[data-chat="3002"]', send: 'Enter' },
  { site: 'slack', composer: '.ql-editor', search: 'input[data-qa="search_input"]', other: 'a[data-chat="D002"]', send: 'Enter' },
  { site: 'telegram', composer: '.input-message-input[data-peer-id]', search: '.input-search-input', other: 'a[data-peer-id="4002"]', send: 'Enter' },
  { site: 'telegram', fixture: 'telegram-a', composer: '#editable-message-text', search: '#telegram-search-input', other: 'a[data-chat="5002"]', send: 'Enter' },
  { site: 'x', composer: 'textarea[data-testid="dm-composer-textarea"]', search: 'input[data-testid="SearchBox_Search_Input"]', other: 'a[data-chat="6002"]', send: 'Enter' },
  { site: 'linkedin', composer: '.msg-form__contenteditable', search: '.search-global-typeahead__input', other: 'a[data-chat="7002"]', send: 'Enter' },
  { site: 'gmail', composer: 'div[g_editable="true"]', search: 'input[aria-label="Search mail"]', other: 'a[data-chat="FMfcgzQXJWzyxwvuts"]', send: 'Control+Enter' },
  { site: 'google-messages', composer: 'textarea[data-e2e-message-input-box]', search: 'input[type="search"]', other: 'a[data-chat="8002"]', send: 'Enter' },
  { site: 'teams', composer: '.bar [data-tid="ckeditor"]', search: '#ms-searchux-input', other: '[data-chat="t"]', send: 'Enter' },
  { site: 'reddit', composer: 'textarea[name="message"]', search: 'input[type="search"]', other: 'a[data-chat="!bbb:reddit.com"]', send: 'Enter' },
  { site: 'messenger', fixture: 'messenger-com', composer: '[aria-label="Thread composer"] [role="textbox"]', search: 'input[type="search"]', other: 'a[data-chat="1002"]', send: 'Enter' },
  { site: 'x', fixture: 'x-legacy', composer: '[data-testid="dmComposerTextInput"]', search: 'input[data-testid="SearchBox_Search_Input"]', other: 'a[data-chat="11-33"]', send: 'Enter' },
  { site: 'linkedin', fixture: 'linkedin-bubble', composer: '[data-bubble="Uma"] .msg-form__contenteditable', search: '.search-global-typeahead__input', other: '[data-bubble="Vic"] .msg-form__contenteditable', send: 'Enter', composers: 2 },
  { site: 'gmail', fixture: 'gmail-compose', composer: 'div[data-compose="1"]', search: 'input[aria-label="Search mail"]', other: 'div[data-compose="2"]', send: 'Control+Enter', composers: 2 },
  { site: 'bluesky', composer: 'textarea[placeholder="Write a message"]', search: 'nav input', other: 'a[data-chat="9002"]', send: 'Enter' },
];

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
beforeEach(async () => {
  await h.resetCooldowns();
  await setMode(null);
});

/** Sets the pause mode through storage.local, as the options page will (every site chosen; null: the default mode). */
async function setMode(mode: 'start' | 'send' | 'both' | null): Promise<void> {
  await h.inWorker(
    (settings) => (globalThis as unknown as G).chrome.storage.local.set({ settings }),
    withAllSites(mode ? { mode } : {}),
  );
}

const sentOf = (page: Page) => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);
afterAll(async () => {
  await h?.close();
});

const text = (page: Page, css: string) =>
  page.locator(css).first().evaluate((el) =>
    el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el as HTMLElement).innerText.replace(/\n$/, ''),
  );

async function cardIsOpen(page: Page): Promise<boolean> {
  const frame = page.frames().find((f) => /pause\.html/.test(f.url()));
  if (!frame) return false;
  return (await frame.getByRole('dialog').count()) > 0;
}

/** Where to type after switching: a page's new composer, or (bubbles, compose windows) the other one itself. */
const otherComposer = (c: SiteCase) => (c.other.includes('contenteditable') || c.other.includes('data-compose') ? c.other : c.composer);

function open(c: SiteCase): Promise<Page> {
  return h.openSite(c.fixture ?? c.site);
}

it('every adapter has a replica case here', () => {
  expect(new Set(cases.map((c) => c.site))).toEqual(new Set(sites.map((s) => s.id)));
  for (const c of cases) expect(siteUrls[c.fixture ?? c.site]).toBeTruthy();
});

describe.each(cases)('$site ($fixture)', (c) => {
  const adapter = adapterById(c.site)!;

  it("the adapter's composer selectors match exactly the replica's composers", async () => {
    const page = await open(c);
    const count = await page.evaluate((css) => {
      const all: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        all.push(...root.querySelectorAll(css));
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
      };
      walk(document);
      return new Set(all).size;
    }, adapter.composer.map((s) => s.css).join(', '));
    expect(count).toBe(c.composers ?? 1);
    await page.close();
  });

  it('pauses at the start of a reply, holding that key back', async () => {
    const page = await open(c);
    await page.locator(c.composer).click();
    await page.keyboard.press('h');
    await visibleCard(page);
    expect(await text(page, c.composer)).toBe('');
    await page.close();
  });

  it('never pauses in the search box', async () => {
    const page = await open(c);
    await page.locator(c.search).click();
    await page.keyboard.type('abc');
    await page.waitForTimeout(150);
    expect(await cardIsOpen(page)).toBe(false);
    expect(await page.locator(c.search).inputValue().catch(() => text(page, c.search))).toBe('abc');
    await page.close();
  });

  it("after Not now, the site's own send sends exactly what was typed; another conversation gets its own pause", async () => {
    const page = await open(c);
    await page.locator(c.composer).click();
    await page.keyboard.press('h');
    const frame = await visibleCard(page);
    await frame.getByRole('button', { name: 'Not now' }).click();
    await frame.getByRole('dialog').waitFor({ state: 'detached' });
    await page.keyboard.type('Hello there');
    await page.keyboard.press(c.send);
    expect(await page.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toEqual(['Hello there']);

    await page.locator(c.other).click();
    await page.locator(otherComposer(c)).click();
    await page.keyboard.press('y');
    const second = await visibleCard(page);
    await page.keyboard.press('Escape');
    await second.getByRole('dialog').waitFor({ state: 'detached' });
    await page.close();
  });

  it('"When I press send": Send now sends exactly once, as written; Keep as draft keeps it and is not asked again', async () => {
    await setMode('send');
    const page = await open(c);
    await page.locator(c.composer).click();
    await page.keyboard.type('Hello there');
    expect(await cardIsOpen(page)).toBe(false);
    await page.keyboard.press(c.send);
    let frame = await visibleCard(page);
    expect(await sentOf(page)).toEqual([]);
    await frame.getByRole('button', { name: 'Send now' }).click();
    await expect.poll(() => sentOf(page)).toEqual(['Hello there']);
    await page.waitForTimeout(200);
    expect(await sentOf(page)).toEqual(['Hello there']);

    await page.locator(c.other).click();
    await page.locator(otherComposer(c)).click();
    await page.keyboard.type('Maybe tomorrow');
    await page.keyboard.press(c.send);
    frame = await visibleCard(page);
    await frame.getByRole('button', { name: 'Keep as draft' }).click();
    await frame.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await sentOf(page)).toEqual(['Hello there']);
    expect(await text(page, otherComposer(c))).toBe('Maybe tomorrow');
    await page.keyboard.press(c.send);
    expect(await sentOf(page)).toEqual(['Hello there', 'Maybe tomorrow']);
    expect(await cardIsOpen(page)).toBe(false);
    await page.close();
  });
});

describe('send mode on a site that refuses synthetic events, and by the send button', () => {
  it('never traps a message: the text stays, and the next press of send goes through untouched', async () => {
    await setMode('send');
    const page = await h.openSite('whatsapp', { query: 'ignoreSynthetic=1' });
    await page.locator('footer [contenteditable="true"]').click();
    await page.keyboard.type('Are you ok?');
    await page.keyboard.press('Enter');
    const frame = await visibleCard(page);
    await expect(frame.getByText('press send once more').isVisible()).resolves.toBe(true);
    await frame.getByRole('button', { name: 'Send now' }).click();
    await frame.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForTimeout(200);
    expect(await sentOf(page)).toEqual([]);
    expect(await text(page, 'footer [contenteditable="true"]')).toBe('Are you ok?');
    await page.keyboard.press('Enter');
    expect(await sentOf(page)).toEqual(['Are you ok?']);
    await page.close();
  });

  it('a click on the send button opens the card instead of sending; Send now sends once', async () => {
    await setMode('send');
    const page = await h.openSite('whatsapp');
    await page.locator('footer [contenteditable="true"]').click();
    await page.keyboard.type('On my way');
    await page.locator('footer button[aria-label="Send"]').click();
    const frame = await visibleCard(page);
    expect(await sentOf(page)).toEqual([]);
    await frame.getByRole('button', { name: 'Send now' }).click();
    await expect.poll(() => sentOf(page)).toEqual(['On my way']);
    await page.close();
  });

  it('"Both": the start of a reply pauses, and a later send in another conversation pauses too', async () => {
    await setMode('both');
    const page = await h.openSite('whatsapp');
    await page.locator('footer [contenteditable="true"]').click();
    await page.keyboard.press('h');
    let frame = await visibleCard(page);
    await frame.getByRole('button', { name: "I'm ready to reply" }).click();
    await page.locator('.chat[data-chat="sam"]').click();
    await page.locator('footer [contenteditable="true"]').click();
    await page.evaluate(() => {
      document.querySelector('footer [contenteditable="true"] p')!.textContent = 'kept draft';
    });
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    frame = await visibleCard(page);
    await expect(frame.getByRole('button', { name: 'Send now' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await frame.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await sentOf(page)).toEqual([]);
    await page.close();
  });
});
