import { describe, expect, it } from 'vitest';
import { pauseFrame, type Harness } from '../harness/browser';
import { browserForFile, visibleCard } from './helpers';

let h: Harness;
browserForFile((made) => (h = made));

const hosts = (page: import('playwright-core').Page) =>
  page.evaluate(() => [...document.documentElement.children].filter((el) => el.localName.includes('-')).length);

describe('extension reload or update with a chat tab open', () => {
  it('the old script goes quiet, the new one attaches, there is never a second card, and the page sees no errors', async () => {
    const page = await h.openSite('whatsapp');
    const problems: string[] = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    // The first content script has its frame loaded.
    await page.locator('footer [contenteditable="true"]').click();
    await pauseFrame(page);
    expect(await hosts(page)).toBe(1);

    await h.reloadExtension();
    // The background attaches the new script to this tab; the old one steps aside and removes its frame.
    await page.waitForTimeout(1000);

    await page.locator('footer [contenteditable="true"]').click();
    await page.keyboard.press('h');
    const frame = await visibleCard(page);
    await expect.poll(() => hosts(page)).toBe(1);
    expect(await frame.getByRole('dialog').count()).toBe(1);
    await frame.getByRole('button', { name: 'Not now' }).click();
    await page.keyboard.type('after the update');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toEqual(['after the update']);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a service worker that stops while the card is open', () => {
  it('loses nothing: the check-in typed before the stop is saved after it', async () => {
    await h.resetCooldowns();
    const page = await h.openSite('whatsapp');
    await page.locator('footer [contenteditable="true"]').click();
    await page.keyboard.press('w');
    const frame = await visibleCard(page);
    await frame.getByRole('button', { name: 'Check in' }).click();
    await frame.getByLabel('Note').fill('typed before the worker stopped');
    await h.stopServiceWorker();
    await frame.getByRole('button', { name: 'Save' }).click();
    await frame.getByText('Kept on this device').waitFor();
    const popup = await h.openPopup();
    await popup.getByRole('tabpanel', { name: 'Reflections' }).getByText('typed before the worker stopped').waitFor();
    await popup.close();
    await page.close();
  });
});
