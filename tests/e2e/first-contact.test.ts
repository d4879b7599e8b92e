import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInSiteIds } from '../../lib/sites/groups';
import { launch, withAllSites, type Harness } from '../harness/browser';
import { axeViolations, SHOTS, startReply, visibleCard, type G } from './helpers';

/**
 * First contact, as a new person meets it: the welcome page opens by itself on install, no site is ticked, and
 * nothing pauses anywhere until they choose. This browser chooses nothing at launch (sites: 'none').
 */
let h: Harness;
beforeAll(async () => {
  h = await launch({ sites: 'none' });
});
afterAll(async () => {
  await h?.close();
});

const storedSettings = () => h.inWorker(async () => (await (globalThis as unknown as G).chrome.storage.local.get('settings'))['settings'] as Record<string, unknown> | undefined);

/** True when a Pause card is open in the page (it never should be, here). */
async function cardShows(page: Page): Promise<boolean> {
  for (const f of page.frames().filter((x) => /pause\.html/.test(x.url()))) {
    if ((await f.getByRole('dialog').count()) > 0) return true;
  }
  return false;
}

const composerText = (page: Page, css: string) => page.locator(css).evaluate((el) => (el as HTMLElement).innerText.replace(/\n$/, ''));

describe('first contact on a fresh profile', () => {
  it('the welcome page opens by itself, with every site listed, none ticked, in two groups; axe finds nothing', async () => {
    const welcome = h.welcomePage();
    expect(welcome, 'the welcome page opened on install').toBeDefined();
    await welcome!.getByRole('heading', { name: 'Welcome to Unhurried', level: 1 }).waitFor();
    await expect(welcome!.title()).resolves.toBe('Welcome to Unhurried');
    const boxes = welcome!.getByRole('checkbox');
    await expect(boxes.count()).resolves.toBe(builtInSiteIds.length);
    for (let i = 0; i < builtInSiteIds.length; i++) await expect(boxes.nth(i).isChecked()).resolves.toBe(false);
    await expect(welcome!.getByRole('group', { name: 'Personal messengers' }).getByRole('checkbox').count()).resolves.toBe(9);
    const work = welcome!.getByRole('group', { name: 'Work tools' });
    for (const name of ['Gmail', 'Slack', 'Microsoft Teams', 'LinkedIn']) await work.getByRole('checkbox', { name }).waitFor();
    await welcome!.getByText('Escape, or “Not now”, always closes the card at once.', { exact: false }).waitFor();
    await welcome!.getByRole('link', { name: 'Meet the card in a pretend chat' }).waitFor();
    expect(await welcome!.getByRole('link', { name: 'Hide at once, discreet mode and the lock' }).getAttribute('href')).toBe('options.html#privacy');
    expect(await welcome!.getByRole('link', { name: 'If you need support' }).getAttribute('href')).toBe('options.html#support');
    expect(await axeViolations(welcome!.mainFrame())).toEqual([]);
    // Nothing is chosen, and the background stored it so (an update later cannot mistake it for an earlier person).
    expect((await storedSettings())?.['enabledSites']).toEqual([]);
  });

  it('until a site is chosen, typing in WhatsApp shows no card, and the popup says where to choose', async () => {
    const chat = await h.openSite('whatsapp');
    await chat.locator('footer [contenteditable="true"]').click();
    await chat.keyboard.type('hello');
    await chat.waitForTimeout(800);
    expect(await cardShows(chat)).toBe(false);
    expect(await composerText(chat, 'footer [contenteditable="true"]')).toBe('hello');

    const popup = await h.openPopupWindow();
    await popup.getByText('No sites are chosen yet, so nothing pauses.').waitFor();
    await popup.setViewportSize({ width: 400, height: 480 });
    await popup.screenshot({ path: join(SHOTS, 'popup-no-sites.png') });
    const opened = h.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html') });
    await popup.getByRole('button', { name: 'Choose sites' }).click();
    const another = await opened;
    await another.getByRole('heading', { name: 'Welcome to Unhurried' }).waitFor();
    await another.close();
    await popup.close().catch(() => undefined);
    await chat.close();
  });

  it('after ticking WhatsApp and starting (keyboard only), the card appears on WhatsApp but not on Slack', async () => {
    const welcome = h.welcomePage()!;
    await welcome.bringToFront();
    await welcome.getByRole('checkbox', { name: 'WhatsApp Web' }).focus();
    await welcome.keyboard.press('Space');
    await welcome.getByRole('button', { name: 'Start with these sites' }).focus();
    await welcome.keyboard.press('Enter');
    const status = welcome.getByRole('status');
    await expect(status.textContent()).resolves.toBe(
      'All set. A pause is now welcome on WhatsApp Web. You can change this whenever you like, here or in the settings.',
    );
    // The confirmation has the focus, so a screen reader says it.
    expect(await welcome.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
    expect((await storedSettings())?.['enabledSites']).toEqual(['whatsapp']);
    await welcome.screenshot({ path: join(SHOTS, 'welcome-started.png'), fullPage: true });

    const chat = await h.openSite('whatsapp');
    const frame = await startReply(chat);
    await frame.getByRole('button', { name: 'Not now' }).click();
    await frame.getByRole('dialog').waitFor({ state: 'detached' });
    // The popup on this chat: on, and no "Pause in this conversation" while every conversation pauses anyway.
    const popup = await h.openPopupWindow();
    await expect(popup.getByRole('switch', { name: 'Active on WhatsApp Web' }).isChecked()).resolves.toBe(true);
    await popup.getByRole('region', { name: 'Unhurried on WhatsApp Web' }).getByRole('button', { name: 'For 1 hour' }).waitFor();
    await expect(popup.getByRole('button', { name: 'Pause in this conversation' }).count()).resolves.toBe(0);
    await expect(popup.getByText('No sites are chosen yet', { exact: false }).count()).resolves.toBe(0);
    await popup.close();

    const slack = await h.openSite('slack');
    await slack.locator('.ql-editor').click();
    await slack.keyboard.type('hi');
    await slack.waitForTimeout(800);
    expect(await cardShows(slack)).toBe(false);
    expect(await composerText(slack, '.ql-editor')).toBe('hi');
    await slack.close();
    await chat.close();
  });

  it('"Not on this site" in the card turns the site off where the settings show it', async () => {
    await h.resetCooldowns();
    const chat = await h.openSite('whatsapp');
    const frame = await startReply(chat);
    await frame.getByRole('button', { name: 'Pause less here' }).click();
    await frame.getByRole('button', { name: 'Not on this site' }).click();
    await frame.getByText('The pause will rest on WhatsApp Web until you turn it back on in the settings.').waitFor();
    await frame.getByRole('button', { name: 'Close' }).click();

    const options = await h.extensionPage('options.html');
    const whatsapp = options.getByRole('switch', { name: 'WhatsApp Web' });
    await whatsapp.waitFor();
    await expect(whatsapp.isChecked()).resolves.toBe(false);
    // And it is turned back on there, as the card said.
    await whatsapp.check();
    await expect.poll(async () => (await storedSettings())?.['enabledSites']).toEqual(['whatsapp']);
    await options.close();
    await h.resetCooldowns();
    await chat.reload();
    await startReply(chat);
    await chat.close();
  });

  it('looks calm in English and German, light and dark, at 100 % and 200 % text (screenshots)', async () => {
    // 200 %: another browser whose default font size is 32 px (twice the usual 16), as a person with large text sets it.
    const big = await launch({ sites: 'none', defaultFontSize: 32 });
    try {
      for (const [b, scale] of [[h, ''], [big, '-200']] as const) {
        for (const lang of ['en', 'de'] as const) {
          await b.inWorker(
            (settings) => (globalThis as unknown as G).chrome.storage.local.set({ settings }),
            { enabledSites: [], appearance: { theme: 'system', textSize: 'normal', language: lang } },
          );
          const page = await b.extensionPage('welcome.html');
          await page.getByRole('heading', { level: 1, name: lang === 'de' ? 'Willkommen bei Unhurried' : 'Welcome to Unhurried' }).waitFor();
          expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe(scale ? '32px' : '16px');
          for (const scheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme: scheme });
            await page.screenshot({ path: join(SHOTS, `welcome-${lang}-${scheme}${scale}.png`), fullPage: true });
            expect(await axeViolations(page.mainFrame())).toEqual([]);
          }
          await page.close();
        }
      }
    } finally {
      await big.close();
    }
  });

  it('in discreet mode the page gives no telling title', async () => {
    await h.inWorker(
      (settings) => (globalThis as unknown as G).chrome.storage.local.set({ settings }),
      withAllSites({ privacy: { discreet: true, lockAfterMinutes: 15 } }),
    );
    const page = await h.extensionPage('welcome.html');
    await page.getByRole('checkbox').first().waitFor();
    await expect.poll(() => page.title()).toBe('Notes');
    await page.close();
  });
});

describe('an update keeps the sites of people from before', () => {
  it('settings of version 3 (with sites turned off): every other site stays chosen, and no welcome page opens', async () => {
    for (const p of h.context.pages().filter((x) => x.url().endsWith('/welcome.html'))) await p.close();
    await h.inWorker(async () => {
      const c = (globalThis as unknown as G).chrome;
      await c.storage.local.remove('settings');
      await c.storage.local.set({
        settings: {
          mode: 'start',
          cooldownMinutes: 0,
          quietHours: { enabled: false, from: '22:00', to: '07:00' },
          onlyMarked: false,
          disabledSites: ['slack', 'teams'],
          customSites: [],
          sendKeys: {},
          breathing: { pattern: 'even', breaths: 3, animate: true },
          disabledKinds: [],
          disabledNudges: [],
          reminders: { notifications: true, defaultChoice: 'evening' },
          appearance: { theme: 'system', textSize: 'normal', language: 'en' },
          privacy: { discreet: false, lockAfterMinutes: 15 },
        },
        settings$: { v: 3 },
      });
    });
    await h.reloadExtension();
    await expect.poll(async () => (await storedSettings())?.['enabledSites'], { timeout: 10_000 }).toEqual(
      builtInSiteIds.filter((id) => id !== 'slack' && id !== 'teams'),
    );
    expect(await storedSettings()).not.toHaveProperty('disabledSites');
    expect(h.context.pages().some((p) => p.url().endsWith('/welcome.html'))).toBe(false);

    const options = await h.extensionPage('options.html');
    await expect(options.getByRole('switch', { name: 'Slack' }).isChecked()).resolves.toBe(false);
    await expect(options.getByRole('switch', { name: 'WhatsApp Web' }).isChecked()).resolves.toBe(true);
    await options.close();
    await h.resetCooldowns();
    const chat = await h.openSite('whatsapp');
    await chat.locator('footer [contenteditable="true"]').click();
    await chat.keyboard.press('h');
    await visibleCard(chat);
    await chat.close();
  });

  it('someone who never saved a setting (nothing stored) keeps every site', async () => {
    await h.inWorker(() => (globalThis as unknown as G).chrome.storage.local.remove(['settings', 'settings$']));
    await h.reloadExtension();
    await expect.poll(async () => (await storedSettings())?.['enabledSites'], { timeout: 10_000 }).toEqual([...builtInSiteIds]);
  });
});
