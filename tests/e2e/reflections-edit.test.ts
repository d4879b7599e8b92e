import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Harness } from '../harness/browser';
import { browserForFile, startReply } from './helpers';

let h: Harness;
browserForFile((made) => (h = made));

describe('reflections in the popup', () => {
  it('can be edited, exported, and deleted with Undo; the change is kept by the background', async () => {
    // A real check-in through the card.
    const chat = await h.openSite('whatsapp');
    const frame = await startReply(chat);
    await frame.getByRole('button', { name: 'Check in' }).click();
    await frame.getByRole('button', { name: 'Tense' }).click();
    await frame.getByLabel('Note').fill('first words');
    await frame.getByRole('button', { name: 'Save' }).click();
    await frame.getByText('Kept on this device').waitFor();
    await chat.close();

    let popup = await h.openPopup();
    const item = () => popup.getByRole('tabpanel', { name: 'Reflections' }).getByRole('listitem').first();
    await item().getByText('first words').waitFor();
    await item().getByRole('button', { name: 'Edit' }).click();
    await item().getByLabel('Note').fill('kinder words');
    await item().getByRole('button', { name: 'Calm' }).click();
    await item().getByRole('button', { name: 'Tense' }).click();
    await item().getByRole('button', { name: 'Save' }).click();
    await item().getByText('kinder words').waitFor();
    await popup.reload();
    await item().getByText('kinder words').waitFor();
    await expect(item().textContent()).resolves.toContain('Calm');
    expect(await item().textContent()).not.toContain('Tense');

    await item().getByRole('button', { name: 'Delete' }).click();
    await popup.getByText('Reflection deleted.').waitFor();
    await expect(popup.getByText('kinder words').count()).resolves.toBe(0);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await item().getByText('kinder words').waitFor();
    await popup.reload();
    await item().getByText('kinder words').waitFor();

    // Export: each format downloads under a neutral name; JSON parses back to what was written.
    const contents: Record<string, string> = {};
    for (const [label, ext] of [['JSON', 'json'], ['Markdown', 'md'], ['CSV', 'csv']] as const) {
      await popup.getByRole('button', { name: 'Export', exact: true }).click();
      const download = popup.waitForEvent('download');
      await popup.getByRole('button', { name: new RegExp(`^${label}`) }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(new RegExp(`^notes-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`));
      contents[ext] = readFileSync((await file.path())!, 'utf8');
    }
    const json = JSON.parse(contents['json']!) as { format: string; reflections: Array<{ note: string; feelings: string[] }> };
    expect(json.format).toBe('unhurried-journal');
    expect(json.reflections.map((x) => [x.note, x.feelings])).toEqual([['kinder words', ['calm']]]);
    expect(contents['md']).toContain('kinder words');
    expect(contents['csv']).toContain('kinder words');

    await item().getByRole('button', { name: 'Delete' }).click();
    await popup.getByText('Reflection deleted.').waitFor();
    await popup.close();
    popup = await h.openPopup();
    await popup.getByText('Nothing here yet.').waitFor();
    await popup.close();
  });

  it('shows the newest page first (20), and older ones a page at a time, newest first', async () => {
    const tools = await h.extensionPage('options.html');
    await tools.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      for (let i = 0; i < 25; i++) {
        await c.runtime.sendMessage({
          type: 'reflection.add',
          payload: { site: 'whatsapp', choice: 'check-in', feelings: [], note: `entry ${i}`, win: false },
        });
      }
    });
    await tools.close();
    const popup = await h.openPopup();
    const items = popup.getByRole('tabpanel', { name: 'Reflections' }).getByRole('listitem');
    await items.first().waitFor();
    expect(await items.count()).toBe(20);
    await expect(items.first().textContent()).resolves.toContain('entry 24');
    // A click without scrolling: scrolled into view, the list loads the next page by itself and the button goes
    // before a pointer click lands (the button is for keyboard and screen-reader use; scrolling is tested elsewhere).
    await popup.getByRole('button', { name: 'Show older reflections' }).evaluate((b) => (b as HTMLButtonElement).click());
    await expect.poll(() => items.count()).toBe(25);
    await expect(items.last().textContent()).resolves.toContain('entry 0');
    await expect(popup.getByRole('button', { name: 'Show older reflections' }).count()).resolves.toBe(0);
    await popup.close();
  });

  it('an open popup shows a check-in saved meanwhile in a chat tab', async () => {
    await h.resetCooldowns();
    const popup = await h.openPopup();
    await popup.getByRole('tabpanel', { name: 'Reflections' }).getByRole('listitem').first().waitFor();
    const chat = await h.openSite('whatsapp');
    const frame = await startReply(chat);
    await frame.getByRole('button', { name: 'Check in' }).click();
    await frame.getByLabel('Note').fill('saved while the popup was open');
    await frame.getByRole('button', { name: 'Save' }).click();
    await frame.getByText('Kept on this device').waitFor();
    // No reopening: the background tells the open popup, which asks again. The popup sits in a background tab here,
    // which a busy 2-core CI machine may serve slowly, so the wait is generous; it fails if the word never comes.
    await popup.getByRole('tabpanel', { name: 'Reflections' }).getByText('saved while the popup was open').waitFor({ timeout: 15_000 });
    await chat.close();
    await popup.close();
  });
});
