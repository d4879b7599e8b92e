import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, withAllSites, type Harness } from '../harness/browser';
import { pageLog, SHOTS, startReply, type G } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
beforeEach(async () => {
  await h.resetCooldowns();
  await h.inWorker(async (settings) => {
    const c = (globalThis as unknown as G).chrome;
    await c.storage.local.remove(['snoozes', 'marks']);
    await c.storage.local.set({ settings });
  }, withAllSites({ cooldownMinutes: 0 }));
});
afterAll(async () => {
  await h?.close();
});

const composerFocused = (chat: Page) => chat.evaluate(() => !!document.activeElement?.closest('footer [contenteditable="true"]'));
const cardGone = (frame: Frame) => frame.getByRole('dialog').waitFor({ state: 'detached', timeout: 2000 });

describe('quick hide', () => {
  it('the Hide button on the card: gone at once, the chat keeps focus, the unsaved check-in waits', async () => {
    const chat = await h.openSite('whatsapp');
    let frame = await startReply(chat);
    await frame.getByRole('button', { name: 'Check in' }).click();
    await frame.getByLabel('Note').fill('half a thought');
    await frame.getByRole('button', { name: 'Hide' }).click();
    await cardGone(frame);
    expect(await composerFocused(chat)).toBe(true);
    // Nothing of it in the page.
    expect(await pageLog(chat)).not.toContain('half a thought');
    frame = await startReply(chat, 'k');
    await frame.getByRole('button', { name: 'Check in' }).click();
    await expect(frame.getByLabel('Note').inputValue()).resolves.toBe('half a thought');
    await chat.keyboard.press('Escape');
    await chat.close();
  });

  it('pressing Shift three times while the card is open', async () => {
    const chat = await h.openSite('whatsapp');
    const frame = await startReply(chat);
    for (let i = 0; i < 3; i++) await chat.keyboard.press('Shift');
    await cardGone(frame);
    expect(await composerFocused(chat)).toBe(true);
    // Two taps are not enough, and Shift+Tab (moving back through the card) never counts.
    await h.resetCooldowns();
    const again = await startReply(chat, 'j');
    await chat.keyboard.press('Shift');
    await chat.keyboard.press('Shift');
    await chat.waitForTimeout(300);
    for (let i = 0; i < 4; i++) await chat.keyboard.press('Shift+Tab');
    expect(await again.getByRole('dialog').count()).toBe(1);
    await chat.keyboard.press('Escape');
    await chat.close();
  });

  it('the Hide button in the toolbar window hides the card in the chat tab too, and closes the window', async () => {
    const chat = await h.openSite('whatsapp');
    const frame = await startReply(chat);
    const popup = await h.openPopupWindow();
    await popup.getByRole('button', { name: 'Hide' }).click();
    await popup.waitForEvent('close', { timeout: 3000 });
    await cardGone(frame);
    await chat.close();
  });

  it('declares the keyboard shortcut (Alt+Shift+H by default, changeable in the browser)', async () => {
    const commands = await h.inWorker(() => (globalThis as unknown as G).chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'quick-hide')).toMatchObject({ shortcut: 'Alt+Shift+H' });
  });
});

describe('discreet mode', () => {
  it('the toolbar title, the popup and its title become "Notes"; off again, the name comes back', async () => {
    const title = () => h.inWorker(() => (globalThis as unknown as G).chrome.action.getTitle({}));
    expect(await title()).toBe('Unhurried');
    const options = await h.extensionPage('options.html');
    await options.getByRole('switch', { name: 'Discreet mode' }).check();
    await expect.poll(title).toBe('Notes');
    const popup = await h.openPopup();
    await popup.getByRole('heading', { level: 1, name: 'Notes' }).waitFor();
    expect(await popup.title()).toBe('Notes');
    expect(await popup.locator('body').textContent()).not.toContain('Unhurried');
    await popup.screenshot({ path: join(SHOTS, 'popup-discreet.png') });
    await popup.close();
    await options.getByRole('switch', { name: 'Discreet mode' }).uncheck();
    await expect.poll(title).toBe('Unhurried');
    await options.close();
  });
});
