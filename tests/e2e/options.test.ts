import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Harness } from '../harness/browser';
import { axeViolations, browserForFile, type G, SHOTS, visibleCard } from './helpers';

let h: Harness;
browserForFile((made) => (h = made), { remove: ['settings', 'snoozes', 'marks'] });

const sentOf = (page: import('playwright-core').Page) =>
  page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);

describe('the options page', () => {
  it('"When I press send" takes effect in an open tab without a reload', async () => {
    const chat = await h.openSite('whatsapp');
    const options = await h.extensionPage('options.html');
    await options.getByRole('radio', { name: /When I press send/ }).check();
    await options.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });
    await chat.bringToFront();
    await chat.locator('footer [contenteditable="true"]').click();
    await chat.keyboard.type('Thanks, talk soon');
    await chat.keyboard.press('Enter');
    const frame = await visibleCard(chat);
    expect(await sentOf(chat)).toEqual([]);
    await frame.getByRole('button', { name: 'Send now' }).click();
    await expect.poll(() => sentOf(chat)).toEqual(['Thanks, talk soon']);
    await options.close();
    await chat.close();
  });

  it('a chosen send key is respected: with Ctrl+Enter on Slack, Enter is a new line and Ctrl+Enter pauses', async () => {
    const options = await h.extensionPage('options.html');
    await options.getByRole('radio', { name: /When I press send/ }).check();
    await options.getByLabel('Slack sends with').selectOption('mod-enter');
    const chat = await h.openSite('slack', { query: 'sendKey=mod-enter' });
    await chat.locator('.ql-editor').click();
    await chat.keyboard.type('first line');
    await chat.keyboard.press('Enter');
    await chat.keyboard.type('second line');
    await chat.waitForTimeout(100);
    expect(chat.frames().some((f) => /pause\.html/.test(f.url()) && f.isDetached() === false)).toBe(true);
    for (const f of chat.frames().filter((x) => /pause\.html/.test(x.url()))) expect(await f.getByRole('dialog').count()).toBe(0);
    await chat.keyboard.press('Control+Enter');
    const frame = await visibleCard(chat);
    await frame.getByRole('button', { name: 'Send now' }).click();
    await expect.poll(async () => (await sentOf(chat)).length).toBe(1);
    // Sent once, as written: both lines, joined by the editor's own line break.
    expect((await sentOf(chat))[0]).toMatch(/^first line\n+second line$/);
    await options.close();
    await chat.close();
  });

  it('a site switched off never pauses', async () => {
    const options = await h.extensionPage('options.html');
    await options.getByRole('switch', { name: 'WhatsApp Web' }).uncheck();
    const chat = await h.openSite('whatsapp');
    await chat.locator('footer [contenteditable="true"]').click();
    await chat.keyboard.type('hello');
    await chat.waitForTimeout(150);
    const frames = chat.frames().filter((f) => /pause\.html/.test(f.url()));
    for (const f of frames) expect(await f.getByRole('dialog').count()).toBe(0);
    await chat.keyboard.press('Enter');
    expect(await sentOf(chat)).toEqual(['hello']);
    await options.getByRole('switch', { name: 'WhatsApp Web' }).check();
    await options.close();
    await chat.close();
  });

  it('adding a site: a bad address is refused kindly; without the browser\'s permission nothing is registered', async () => {
    const options = await h.extensionPage('options.html');
    await options.getByLabel('Site address').fill('not an address');
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect(options.getByRole('alert').textContent()).resolves.toContain('does not look like a web address');
    // The background refuses a site the browser has not allowed, whoever asks.
    const answer = await options.evaluate(() =>
      (globalThis as unknown as G).chrome.runtime.sendMessage({ type: 'sites.custom.add', payload: { origin: 'https://social.example' } }),
    );
    expect(answer).toMatchObject({ ok: false });
    expect((answer as { error: string }).error).toContain('has not allowed');
    const registered = await options.evaluate(() => (globalThis as unknown as G).chrome.scripting.getRegisteredContentScripts());
    expect(registered).toEqual([]);
    const settings = await options.evaluate(async () => (await (globalThis as unknown as G).chrome.storage.local.get('settings'))['settings']);
    expect((settings as { customSites?: unknown[] } | undefined)?.customSites ?? []).toEqual([]);
    await options.close();
  });

  it('says plainly it is not therapy, works by keyboard, and axe finds nothing', async () => {
    const options = await h.extensionPage('options.html');
    // The page renders once the settings and the language are read.
    await options.getByText('not therapy and not crisis support').waitFor();
    await expect(options.getByText('not therapy and not crisis support').isVisible()).resolves.toBe(true);
    // Hide comes first (one key away), then the section links; "When to pause" takes you to its radios.
    await options.keyboard.press('Tab');
    await expect(options.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Hide');
    await options.keyboard.press('Tab');
    await expect(options.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Nudges');
    await options.getByRole('link', { name: 'When to pause' }).focus();
    await options.keyboard.press('Enter');
    await options.getByRole('radio', { name: /When I start a reply/ }).focus();
    await options.keyboard.press('ArrowDown');
    await expect(options.getByRole('radio', { name: /When I press send/ }).isChecked()).resolves.toBe(true);
    expect(await axeViolations(options.mainFrame())).toEqual([]);
    await options.close();
  });
});
