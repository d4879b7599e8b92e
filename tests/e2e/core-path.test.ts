import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { clickComposer, launch, pauseFrame, type Harness } from '../harness/browser';

const SHOTS = join(import.meta.dirname, '../../test-output/screenshots');
mkdirSync(SHOTS, { recursive: true });

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
beforeEach(async () => {
  await h.resetCooldowns();
});
afterAll(async () => {
  await h?.close();
});

async function startReply(page: Page, key = 'h'): Promise<Frame> {
  await clickComposer(page);
  await page.keyboard.press(key);
  const frame = await pauseFrame(page);
  await frame.getByRole('dialog', { name: 'Pause before replying' }).waitFor({ state: 'visible' });
  return frame;
}

const composerText = (page: Page) =>
  page.locator('footer [contenteditable="true"]').evaluate((el) => (el as HTMLElement).innerText.trim());

describe('the core path on the WhatsApp replica', () => {
  it('pauses on the first keystroke of a reply and holds that keystroke back', async () => {
    const page = await h.openSite('whatsapp');
    const frame = await startReply(page, 'h');
    const dialog = frame.getByRole('dialog', { name: 'Pause before replying' });
    await expect(dialog.getAttribute('aria-modal')).resolves.toBe('true');
    for (const name of ["I'm ready to reply", 'Reply later', 'Check in', 'Not now']) {
      await expect(frame.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);
    }
    expect(await composerText(page)).toBe('');
    await page.waitForTimeout(400); // let the gentle fade-in finish
    await page.screenshot({ path: join(SHOTS, 'pause-card.png') });
    await page.close();
  });

  it('"I\'m ready to reply" closes the card, returns focus to the composer, and typing works', async () => {
    const page = await h.openSite('whatsapp');
    const frame = await startReply(page);
    await frame.getByRole('button', { name: "I'm ready to reply" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-tab'))).toBe('10');
    await page.keyboard.type('hello there');
    expect(await composerText(page)).toBe('hello there');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toEqual(['hello there']);
    await page.close();
  });

  it('"Not now" and Escape close the card without a penalty', async () => {
    const page = await h.openSite('whatsapp');
    let frame = await startReply(page);
    await frame.getByRole('button', { name: 'Not now' }).click();
    await frame.getByRole('dialog').waitFor({ state: 'detached' });
    await page.keyboard.type('ok');
    expect(await composerText(page)).toBe('ok');

    // Another conversation has its own pause; Escape closes it.
    await page.locator('.chat[data-chat="sam"]').click();
    frame = await startReply(page, 'y');
    await page.keyboard.press('Escape');
    await frame.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-tab'))).toBe('10');
    await page.keyboard.type('yes');
    expect(await composerText(page)).toBe('yes');
    await page.close();
  });

  it('a check-in note is saved privately and shown in the popup; the page sees none of it', async () => {
    const page = await h.openSite('whatsapp');
    const frame = await startReply(page);
    await frame.getByRole('button', { name: 'Check in' }).click();
    await frame.getByRole('button', { name: 'Tense' }).click();
    await frame.getByLabel('Note').click();
    const note = 'My chest feels tight zqxj';
    const logFrom = await page.evaluate(() => (window as unknown as { __log: unknown[] }).__log.length);
    await page.keyboard.type(note);
    // Every key reached the note; the page saw none of them (its own capture listeners log each key).
    const keysSeenByPage = await page.evaluate(
      (from) => (window as unknown as { __log: { type: string; key: string | null }[] }).__log.slice(from).filter((x) => x.type.startsWith('key')).map((x) => x.key),
      logFrom,
    );
    expect({ note: await frame.getByLabel('Note').inputValue(), keysSeenByPage }).toEqual({ note, keysSeenByPage: [] });
    await page.screenshot({ path: join(SHOTS, 'check-in.png') });
    await frame.getByRole('button', { name: 'Save' }).click();
    await frame.getByText('Kept on this device').waitFor();

    const log = await page.evaluate(() => JSON.stringify((window as unknown as { __log: unknown[] }).__log));
    expect(log).not.toContain('zqxj');
    expect(log).not.toContain('chest');
    const pageStorage = await page.evaluate(async () => ({
      dbs: (await indexedDB.databases()).map((d) => d.name),
      local: localStorage.length,
      session: sessionStorage.length,
    }));
    expect(pageStorage).toEqual({ dbs: [], local: 0, session: 0 });

    const popup = await h.openPopup();
    const item = popup.getByRole('listitem').filter({ hasText: note });
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain('Tense');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.screenshot({ path: join(SHOTS, 'popup.png') });
    await popup.close();
    await page.close();
  });
});
