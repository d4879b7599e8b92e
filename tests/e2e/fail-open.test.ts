import { describe, expect, it } from 'vitest';
import { type Harness } from '../harness/browser';
import { browserForFile } from './helpers';

let h: Harness;
browserForFile((made) => (h = made));

describe('fail open', () => {
  it('when the site changed its markup, typing and sending work exactly as without the extension, with no console errors', async () => {
    const page = await h.openSite('whatsapp', { query: 'changed=1' });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.locator('.composer-bar [contenteditable="true"]').click();
    await page.keyboard.type('Still here, just slower');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toEqual(['Still here, just slower']);
    const frameLoaded = page.frames().some((f) => /pause\.html/.test(f.url()));
    expect(frameLoaded).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('on a known site, the extension writes nothing to the page console through a whole pause', async () => {
    const page = await h.openSite('whatsapp');
    const problems: string[] = [];
    page.on('console', (m) => problems.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.locator('footer [contenteditable="true"]').click();
    await page.keyboard.press('h');
    const frame = page.frames().find((f) => /pause\.html/.test(f.url())) ?? (await (await import('../harness/browser')).pauseFrame(page));
    await frame.getByRole('button', { name: 'Not now' }).click();
    await page.keyboard.type('ok');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toEqual(['ok']);
    expect(problems).toEqual([]);
    await page.close();
  });
});
