import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { withAllSites, type Harness } from '../harness/browser';
import { builtInSiteIds } from '../../lib/sites/groups';
import { join } from 'node:path';
import { browserForFile, type G, SHOTS, visibleCard } from './helpers';

let h: Harness;
browserForFile((made) => (h = made), { remove: ['settings', 'marks', 'snoozes'] });

async function cardOpens(page: Page, key: string): Promise<boolean> {
  await page.locator('footer [contenteditable="true"]').click();
  await page.keyboard.press(key);
  try {
    const frame = await visibleCard(page, 1500).then(
      (f) => f,
      () => null,
    );
    if (!frame) return false;
    await page.keyboard.press('Escape');
    await frame.getByRole('dialog').waitFor({ state: 'detached' });
    return true;
  } catch {
    return false;
  }
}

describe('the popup header on a chat tab', () => {
  it('"Only in conversations I mark": a conversation marked from the popup pauses, others do not', async () => {
    await h.inWorker((settings) => (globalThis as unknown as G).chrome.storage.local.set({ settings }), withAllSites({ onlyMarked: true }));
    const chat = await h.openSite('whatsapp');
    await chat.locator('footer [contenteditable="true"]').click();
    await chat.keyboard.type('x');
    await chat.waitForTimeout(150);
    expect(await chat.frames().filter((f) => /pause\.html/.test(f.url())).reduce(async (n, f) => (await n) + (await f.getByRole('dialog').count()), Promise.resolve(0))).toBe(0);

    const popup = await h.openPopupWindow();
    await expect(popup.getByRole('switch', { name: 'Active on WhatsApp Web' }).isChecked()).resolves.toBe(true);
    const mark = popup.getByRole('button', { name: 'Pause in this conversation' });
    await mark.click();
    await expect(mark.getAttribute('aria-pressed')).resolves.toBe('true');
    await popup.setViewportSize({ width: 400, height: 480 });
    await popup.screenshot({ path: join(SHOTS, 'popup-header.png') });
    const marks = await h.inWorker(async () => (await (globalThis as unknown as G).chrome.storage.local.get('marks'))['marks']);
    expect(marks).toHaveLength(1);
    expect((marks as string[])[0]).toMatch(/^[0-9a-f]{16}$/); // a hash, never the chat's id or name
    await popup.close();

    await chat.bringToFront();
    await chat.locator('footer [contenteditable="true"]').evaluate((el) => ((el as HTMLElement).textContent = ''));
    expect(await cardOpens(chat, 'h')).toBe(true);
    await chat.locator('.chat[data-chat="sam"]').click();
    expect(await cardOpens(chat, 'h')).toBe(false);
    await chat.close();
  });

  it('turns the site off and rests it for an hour from the popup', async () => {
    const chat = await h.openSite('whatsapp');
    await chat.locator('footer [contenteditable="true"]').click();
    let popup = await h.openPopupWindow();
    await popup.getByRole('region', { name: 'Unhurried on WhatsApp Web' }).getByRole('button', { name: 'For 1 hour' }).click();
    await popup.getByText(/Resting until/).waitFor();
    await popup.close();
    await chat.bringToFront();
    expect(await cardOpens(chat, 'h')).toBe(false);

    popup = await h.openPopupWindow();
    await popup.getByRole('button', { name: 'Pause here again' }).click();
    await popup.getByRole('switch', { name: 'Active on WhatsApp Web' }).uncheck();
    await popup.close();
    await chat.bringToFront();
    await chat.locator('.chat[data-chat="sam"]').click();
    expect(await cardOpens(chat, 'h')).toBe(false);
    const settings = await h.inWorker(async () => (await (globalThis as unknown as G).chrome.storage.local.get('settings'))['settings']);
    // WhatsApp alone is off: every other site is still chosen.
    expect((settings as { enabledSites: string[] }).enabledSites).toEqual(builtInSiteIds.filter((id) => id !== 'whatsapp'));
    await chat.close();
  });

  it('says plainly when the current page is not a chat site', async () => {
    const blank = await h.context.newPage();
    await blank.goto('about:blank');
    const popup = await h.openPopupWindow();
    await popup.getByText('Unhurried is not active on this page.').waitFor();
    await popup.close();
    await blank.close();
  });
});
