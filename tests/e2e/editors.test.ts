import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clickComposer, type Harness } from '../harness/browser';
import { buildEditorPages, editorComposers as composers, editorPages, serveEditorPage, type EditorPage } from '../harness/editors';
import { axeViolations, browserForFile, SHOTS, visibleCard, type G } from './helpers';

/**
 * "Move to chat" on real editors from npm, each in a page shaped like its site and served at the site's address:
 * the draft must reach the editor's own model (read through the editor's API, never the DOM), with its line breaks,
 * without sending; it must survive the next key (Slate redraws from its model); and where the chat refuses the words,
 * the card comes back with them.
 */
let h: Harness;
browserForFile((x) => (h = x), { remove: ['settings', 'snoozes', 'marks'] });
beforeAll(async () => {
  await buildEditorPages();
}, 180_000);
// Each test starts with no kept draft.
beforeEach(async () => {
  await h.inWorker(() => (globalThis as unknown as G).chrome.storage.session.remove('pauseDrafts'));
});


type W = { __model(): string; __sent: string[] };
/** The editor's model as lines (paragraphs and line breaks alike; editors differ in which they make). */
const modelLines = (page: Page) => page.evaluate(() => (window as unknown as W).__model().split(/\n+/));
const sent = (page: Page) => page.evaluate(() => (window as unknown as W).__sent);
const keptDraft = () =>
  h.inWorker(async () => ((await (globalThis as unknown as G).chrome.storage.session.get('pauseDrafts'))['pauseDrafts'] as { draft?: string } | undefined)?.draft ?? '');

async function openEditor(name: EditorPage): Promise<Page> {
  const page = await h.openPage(editorPages[name].url, (url) => serveEditorPage(name, url));
  await page.waitForFunction(() => typeof (window as unknown as W).__model === 'function' && !!document.querySelector('[contenteditable="true"]'));
  return page;
}

/** A reply starts in the composer (the card opens), and the person writes two lines in the card's draft. */
async function writeDraft(page: Page, name: EditorPage): Promise<Frame> {
  await clickComposer(page, composers[name]);
  await page.keyboard.press('h');
  const card = await visibleCard(page);
  await card.getByRole('button', { name: 'Write it here first' }).click();
  const draft = card.getByLabel('Draft');
  await draft.pressSequentially('first line');
  await draft.press('Shift+Enter');
  await draft.pressSequentially('second line');
  await expect(draft.inputValue()).resolves.toBe('first line\nsecond line');
  return card;
}

describe('"Move to chat" reaches the editor’s own model (Chromium)', () => {
  for (const name of ['whatsapp', 'discord', 'slack', 'teams', 'telegram', 'x'] as const) {
    it(`${editorPages[name].editor} (${name}): both lines, in order, nothing sent; still there after the next key`, async () => {
      const page = await openEditor(name);
      const card = await writeDraft(page, name);
      await card.getByRole('button', { name: 'Move to chat' }).click();
      await card.getByRole('dialog').waitFor({ state: 'detached' });
      await expect.poll(() => modelLines(page)).toEqual(['first line', 'second line']);
      expect(await sent(page)).toEqual([]); // a line break never sends
      // Confirmed: the card forgets the draft, and does not come back.
      await expect.poll(keptDraft).toBe('');
      expect(await card.getByRole('dialog').count()).toBe(0);
      // The next key: an editor that redraws from its model (Slate) keeps the words, because the model has them.
      await page.keyboard.type('!');
      await expect.poll(() => modelLines(page)).toEqual(['first line', 'second line!']);
      await page.screenshot({ path: join(SHOTS, `editors-${name}-moved.png`) });
      // And the site's own send takes exactly what the model holds.
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await sent(page)).map((s) => s.split(/\n+/))).toEqual([['first line', 'second line!']]);
      await page.close();
    });
  }

  it('a chat that refuses the words: the card comes back on the draft, with the words and a kind line', async () => {
    const page = await openEditor('refuse');
    const card = await writeDraft(page, 'refuse');
    await card.getByRole('button', { name: 'Move to chat' }).click();
    const back = card.getByText("The chat didn't take your words. They're still here — you can copy them, or try again.");
    await back.waitFor({ state: 'visible' });
    const draft = card.getByLabel('Draft');
    await expect(draft.inputValue()).resolves.toBe('first line\nsecond line');
    await expect(draft.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await keptDraft()).toBe('first line\nsecond line');
    expect(await modelLines(page)).toEqual(['']);
    expect(await axeViolations(card)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'editors-refused-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'editors-refused-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    // Escape closes it as usual; the draft is still kept for next time.
    await page.keyboard.press('Escape');
    await card.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await keptDraft()).toBe('first line\nsecond line');
    await page.close();
  });
});
