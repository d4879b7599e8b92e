import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sites } from '../../lib/sites/registry';
import { launch, pauseFrame, siteUrls, withAllSites, type Harness } from '../harness/browser';
import { siteCodeScript } from '../harness/site-code';
import { homeVariants, inSpanish } from '../harness/variants';
import { SHOTS, visibleCard, type G } from './helpers';

/** How a person uses each replica: where they type, search, switch conversation, and how they send. */
interface SiteCase {
  /** Adapter id. */
  site: string;
  /** Replica or variant (tests/harness/variants.ts; defaults to the adapter id). */
  fixture?: string;
  composer: string;
  search: string;
  other: string;
  send: 'Enter' | 'Control+Enter';
  /** How many composers the replica shows at once (chat bubbles, compose windows). */
  composers?: number;
  /** The site's own send control, where it shows one (clicked in "when I press send"). */
  sendButton?: string;
  /** Added to the address (a setting of the site the replica imitates). */
  query?: string;
  /** Arrived at the home page: this link opens the chat in the app (no page load). */
  enter?: string;
}

const cases: SiteCase[] = [
  { site: 'whatsapp', composer: 'footer [contenteditable="true"]', search: '#side [data-tab="3"]', other: '.chat[data-chat="sam"]', send: 'Enter', sendButton: 'footer [data-icon*="send"]' },
  { site: 'messenger', composer: '[aria-label="Thread composer"] [role="textbox"]', search: 'input[type="search"]', other: 'a[data-chat="1002"]', send: 'Enter', sendButton: '[aria-label="Press enter to send"]' },
  { site: 'instagram', composer: '[role="textbox"][aria-label="Message"]', search: 'input[aria-label="Search input"]', other: '[data-chat="2002"]', send: 'Enter', sendButton: '.bar [role="button"]:not([aria-label])' },
  { site: 'discord', composer: 'form.form__13a2c [role="textbox"]', search: 'input[aria-label="Search"]', other: 'a[data-chat="3002"]', send: 'Enter' },
  { site: 'discord', query: 'sendButton=1', composer: 'form.form__13a2c [role="textbox"]', search: 'input[aria-label="Search"]', other: 'a[data-chat="3002"]', send: 'Enter', sendButton: 'button[aria-label="Send Message"]' },
  { site: 'slack', composer: '.ql-editor', search: 'input[data-qa="search_input"]', other: 'a[data-chat="D002"]', send: 'Enter', sendButton: '[data-qa="texty_send_button"]' },
  { site: 'telegram', composer: '.input-message-input[data-peer-id]', search: '.input-search-input', other: 'a[data-peer-id="4002"]', send: 'Enter', sendButton: '.btn-send' },
  { site: 'telegram', fixture: 'telegram-tiptap', composer: '[data-chat-input-editor]', search: '.input-search-input', other: 'a[data-peer-id="4002"]', send: 'Enter', sendButton: '.btn-send' },
  { site: 'telegram', fixture: 'telegram-a', composer: '#editable-message-text', search: '#telegram-search-input', other: 'a[data-chat="5002"]', send: 'Enter', sendButton: 'button.main-button' },
  { site: 'x', composer: 'textarea[data-testid="dm-composer-textarea"]', search: 'input[data-testid="SearchBox_Search_Input"]', other: 'a[data-chat="6002"]', send: 'Enter', sendButton: '[data-testid="dm-composer-send-button"]' },
  { site: 'x', fixture: 'x-legacy', composer: '[data-testid="dmComposerTextInput"]', search: 'input[data-testid="SearchBox_Search_Input"]', other: 'a[data-chat="11-33"]', send: 'Enter', sendButton: '[data-testid="dmComposerSendButton"]' },
  { site: 'linkedin', composer: '.msg-form__contenteditable', search: '.search-global-typeahead__input', other: 'a[data-chat="7002"]', send: 'Enter', sendButton: '.msg-form__send-button' },
  { site: 'linkedin', fixture: 'linkedin-bubble', composer: '[data-bubble="Uma"] .msg-form__contenteditable', search: '.search-global-typeahead__input', other: '[data-bubble="Vic"] .msg-form__contenteditable', send: 'Enter', composers: 2, sendButton: '[data-bubble="Uma"] .msg-form__send-button' },
  { site: 'gmail', composer: 'div[g_editable="true"]', search: 'input[aria-label="Search mail"]', other: 'a[data-chat="FMfcgzQXJWzyxwvuts"]', send: 'Control+Enter', sendButton: '[role="button"].aoO' },
  { site: 'gmail', fixture: 'gmail-compose', composer: 'div[data-compose="1"]', search: 'input[aria-label="Search mail"]', other: 'div[data-compose="2"]', send: 'Control+Enter', composers: 2, sendButton: '[role="dialog"]:first-child [role="button"]' },
  { site: 'google-messages', composer: 'textarea[data-e2e-message-input-box]', search: 'input[type="search"]', other: 'a[data-chat="8002"]', send: 'Enter', sendButton: '[data-e2e-send-text-button]' },
  { site: 'teams', composer: '.bar [data-tid="ckeditor"]', search: '#ms-searchux-input', other: '[data-chat="t"]', send: 'Enter', sendButton: '.bar [data-tid="newMessageCommands-send"]' },
  { site: 'reddit', composer: 'textarea[name="message"]', search: 'input[type="search"]', other: 'a[data-chat="!bbb:reddit.com"]', send: 'Enter', sendButton: 'button[aria-label="Send message"]' },
  { site: 'reddit', fixture: 'reddit-body', composer: '[name="body"][role="textbox"]', search: 'input[type="search"]', other: 'a[data-chat="!ddd:reddit.com"]', send: 'Enter', sendButton: 'rs-message-composer button[type="submit"]' },
  { site: 'bluesky', composer: 'textarea[id^="chat-input-"]', search: 'nav input', other: 'a[data-chat="9002"]', send: 'Enter', sendButton: '.glass [aria-label="Send message"]' },
  { site: 'bluesky', fixture: 'bluesky-classic', composer: 'textarea[placeholder="Write a message"]', search: 'nav input', other: 'a[data-chat="9002"]', send: 'Enter', sendButton: '.bar [aria-label="Send message"]' },
];
const written = [...cases];

// The same sites at their other hosts.
const row = (site: string) => written.find((c) => c.site === site && !c.fixture && !c.query)!;
cases.push(
  { ...row('messenger'), fixture: 'messenger-com' },
  { ...row('teams'), fixture: 'teams-cloud' },
  { ...row('teams'), fixture: 'teams-live' },
);

// Each site's interface in Spanish: the replica with every label, placeholder and button text translated when it is
// served (tests/harness/variants.ts), and this row's selectors translated with the same words.
const es = (c: SiteCase): SiteCase => ({
  ...c,
  fixture: `${c.fixture ?? c.site}@es`,
  ...Object.fromEntries((['composer', 'search', 'other', 'sendButton'] as const).map((k) => [k, c[k] && inSpanish(`"${c[k]}"`).slice(1, -1)])),
});
cases.push(...written.filter((c) => !['x-legacy', 'linkedin-bubble'].includes(c.fixture ?? '')).map(es));

// Arrived at the site's home page, the chat opened in the app: no page load, so the content script was already there.
cases.push(
  ...homeVariants.map((name) => ({ ...written.find((c) => (c.fixture ?? c.site) === name && !c.query)!, fixture: `${name}-home`, enter: '#replica-open' })),
);

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

/** The extension's own lib/sites, for asking the real adapter what it finds in a page (tests/harness/site-code.ts). */
let siteCode: Promise<string> | undefined;
type InPage = { __sites: { adapterById(id: string): { composerFromPath(p: EventTarget[]): unknown }; editorsIn(r: ParentNode, deep: boolean): Element[] } };

/** How many editors of the page (in open shadow roots too) the site's adapter takes for its composer. */
async function composersSeen(page: Page, site: string): Promise<number> {
  if (!(await page.evaluate(() => '__sites' in globalThis))) await page.evaluate(await (siteCode ??= siteCodeScript()));
  return page.evaluate((id) => {
    const { adapterById, editorsIn } = (globalThis as unknown as InPage).__sites;
    const adapter = adapterById(id);
    return editorsIn(document, true).filter((el) => adapter.composerFromPath([el])).length;
  }, site);
}

/** Opens the row's replica; from a home page, opens the chat in the app and checks no page load happened. */
async function open(c: SiteCase): Promise<Page> {
  const page = await h.openSite(c.fixture ?? c.site, c.query ? { query: c.query } : {});
  if (c.enter) {
    await page.evaluate(() => ((globalThis as unknown as { __stayed: boolean }).__stayed = true));
    await page.locator(c.enter).click();
    await page.locator(c.composer).first().waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { __stayed?: boolean }).__stayed)).toBe(true);
    // Nothing was preloaded on the home page (no composer there): focusing the chat's composer loads the card, as a
    // person's first look at the chat does before they type. (A key typed within the same instant meets a card that
    // is still loading; on this busy 2-core machine that load can pass the frame's 4-second fail-open limit.)
    await page.locator(c.composer).first().focus();
    await pauseFrame(page);
  }
  return page;
}

it('every adapter has a replica case here, in Spanish and from its home page too', () => {
  for (const variant of ['', '@es', '-home']) {
    const ids = cases.filter((c) => (c.fixture ?? '').endsWith(variant)).map((c) => c.site);
    expect(new Set(ids), variant).toEqual(new Set(sites.map((s) => s.id)));
  }
  for (const c of cases) expect(siteUrls[(c.fixture ?? c.site).replace(/@es$/, '')]).toBeTruthy();
});

describe.each(cases)('$site ($fixture)', (c) => {
  it("the adapter takes exactly the replica's composers for its composer (none on the home page)", async () => {
    const page = await h.openSite(c.fixture ?? c.site, c.query ? { query: c.query } : {});
    if (c.enter) {
      expect(await composersSeen(page, c.site)).toBe(0);
      await page.locator(c.enter).click();
      await page.locator(c.composer).first().waitFor();
    }
    expect(await composersSeen(page, c.site)).toBe(c.composers ?? 1);
    await page.close();
  });

  it('pauses at the start of a reply, holding that key back', async () => {
    const page = await open(c);
    await page.locator(c.composer).click();
    await page.keyboard.press('h');
    await visibleCard(page);
    expect(await text(page, c.composer)).toBe('');
    await page.screenshot({ path: join(SHOTS, `site-${c.fixture ?? c.site}${c.query ? '-button' : ''}.png`) });
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

  const sendButton = c.sendButton;
  if (sendButton) {
    it('"When I press send": a click on the site\'s own send control opens the card; Send now sends once', async () => {
      await setMode('send');
      const page = await open(c);
      await page.locator(c.composer).click();
      await page.keyboard.type('On my way');
      await page.locator(sendButton).first().click();
      const frame = await visibleCard(page);
      expect(await sentOf(page)).toEqual([]);
      await frame.getByRole('button', { name: 'Send now' }).click();
      await expect.poll(() => sentOf(page)).toEqual(['On my way']);
      await page.waitForTimeout(200);
      expect(await sentOf(page)).toEqual(['On my way']);
      await page.close();
    });
  }
});

describe('send mode on a site that refuses synthetic events, and "Both"', () => {
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
