import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtInNudges } from '../../lib/nudges/catalogue';
import { type Harness } from '../harness/browser';
import { axeViolations, browserForFile, type G, journalCounts, SHOTS, startReply } from './helpers';

let h: Harness;
browserForFile((made) => (h = made), { remove: ['settings', 'snoozes', 'marks'] });

const nudgeText = (frame: Frame) => frame.locator('#pause-nudge').textContent();

/** Opens the card on the chat replica, returns the nudge it shows, and closes it again. */
async function nudgeOnSite(chat: Page): Promise<string> {
  await h.resetCooldowns();
  const frame = await startReply(chat);
  const text = (await nudgeText(frame)) ?? '';
  await chat.keyboard.press('Escape');
  await frame.getByRole('dialog').waitFor({ state: 'detached' });
  return text;
}

describe('options: nudges', () => {
  it('kinds and single nudges switch off, edits and own nudges reach the card in an open tab; Restore brings the words back', async () => {
    const chat = await h.openSite('whatsapp');
    const options = await h.extensionPage('options.html');
    // No rest between pauses, so the card can be opened again and again in this one conversation.
    await options.getByLabel('Rest between pauses in the same conversation').selectOption('0');
    for (const kind of ['Breathe', 'Body', 'A steady place', 'The other side', 'Parts of me', 'Small steps']) {
      await options.getByRole('switch', { name: kind, exact: true }).uncheck();
    }
    const consent = builtInNudges.filter((n) => n.kind === 'consent').map((n) => n.text);
    for (let i = 0; i < 4; i++) expect(consent).toContain(await nudgeOnSite(chat));

    // One nudge left on, in the person's own words.
    await options.getByRole('button', { name: 'Show Yes and no nudges' }).click();
    const rows = options.locator('#kind-consent > li');
    for (let i = 1; i < (await rows.count()); i++) await rows.nth(i).getByRole('switch').uncheck();
    await options.getByText('1 of 6 on').waitFor();
    await rows.first().getByRole('button', { name: 'Edit' }).click();
    await rows.first().getByLabel('Your words for this nudge').fill('My words: a yes can wait until it is a real yes.');
    await rows.first().getByRole('button', { name: 'Save' }).click();
    await rows.first().getByText('(your words)').waitFor();
    await options.screenshot({ path: join(SHOTS, 'options-nudges.png'), fullPage: true });
    await chat.bringToFront();
    expect(await nudgeOnSite(chat)).toBe('My words: a yes can wait until it is a real yes.');

    await rows.first().getByRole('button', { name: 'Restore' }).click();
    await options.getByText('Restored the original words.').waitFor();
    expect(await nudgeOnSite(chat)).toBe(builtInNudges.find((n) => n.id === 'consent-yes')!.text);

    // Their own nudge, and only that kind on.
    await options.getByLabel('A nudge in your own words').fill('Remember the lake at dawn. You can go there for a moment.');
    await options.getByRole('button', { name: 'Add nudge' }).click();
    await options.getByText('Added your nudge.', { exact: false }).waitFor();
    await options.getByRole('switch', { name: 'Yes and no', exact: true }).uncheck();
    expect(await nudgeOnSite(chat)).toBe('Remember the lake at dawn. You can go there for a moment.');
    expect((await journalCounts(h)).nudges).toBe(1);

    // Deleting it: with every kind off, the card falls back to all nudges rather than showing none.
    await options.getByRole('button', { name: 'Delete' }).click();
    await options.getByText('Deleted your nudge.').waitFor();
    expect((await journalCounts(h)).nudges).toBe(0);
    await options.close();
    await chat.close();
  });

  it('previews the real card with a chosen nudge; nothing done in the preview is saved', async () => {
    const before = await journalCounts(h);
    const options = await h.extensionPage('options.html');
    await options.getByRole('button', { name: 'Show Body nudges' }).click();
    const row = options.locator('#kind-body > li').nth(2);
    const text = await row.locator('.nudge-text').textContent();
    await row.getByRole('button', { name: 'Preview' }).click();
    const preview = options.frameLocator('iframe[title="Preview of the Pause card"]');
    await preview.getByRole('dialog', { name: 'Pause before replying' }).waitFor();
    await expect(preview.locator('#pause-nudge').textContent()).resolves.toBe(text);
    await options.locator('.preview').screenshot({ path: join(SHOTS, 'options-preview.png') });
    await preview.getByRole('button', { name: 'Check in' }).click();
    await preview.getByLabel('Note').fill('only practice');
    await preview.getByRole('button', { name: 'Save' }).click();
    await preview.getByText('This was practice, so nothing was kept.', { exact: false }).waitFor();
    await preview.getByRole('button', { name: 'Close' }).click();
    await options.getByRole('button', { name: 'Show the preview again' }).waitFor();
    expect(await journalCounts(h)).toEqual(before);
    // Escape closes it like the real card.
    await options.getByRole('button', { name: 'Show the preview again' }).click();
    await preview.getByRole('dialog').waitFor();
    await options.keyboard.press('Escape');
    await preview.getByRole('dialog').waitFor({ state: 'detached' });
    await options.close();
  });
});

describe('options: breathing, reminders, appearance', () => {
  it('breathing rhythm, count and text-only reach the card; the options preview follows them', async () => {
    const options = await h.extensionPage('options.html');
    await options.getByLabel('Rhythm').selectOption('box');
    await options.getByLabel('Breaths').selectOption('1');
    await options.getByRole('switch', { name: 'Show the moving circle' }).uncheck();
    await options.getByRole('button', { name: 'Preview the breathing' }).click();
    await options.locator('.breath-preview').getByText('Breath 1 of 1').waitFor();
    expect(await options.locator('.breath-preview .breath-circle').count()).toBe(0);
    await options.locator('#breathing').locator('xpath=..').screenshot({ path: join(SHOTS, 'options-breathing.png') });
    const chat = await h.openSite('whatsapp');
    const frame = await startReply(chat);
    await frame.getByText('Breath 1 of 1').waitFor();
    expect(await frame.locator('.breath-circle').count()).toBe(0);
    await chat.close();
    await options.close();
  });

  it('the default reply-later choice comes first with focus; notifications can be turned off', async () => {
    const options = await h.extensionPage('options.html');
    await options.getByLabel('“Reply later” offers first').selectOption('morning');
    await options.getByRole('switch', { name: 'Show a notification when a reminder is due' }).uncheck();
    const chat = await h.openSite('whatsapp');
    const frame = await startReply(chat);
    await frame.getByRole('button', { name: 'Reply later' }).click();
    const first = frame.getByRole('group', { name: 'When would you like a reminder?' }).getByRole('button').first();
    await expect(first.textContent()).resolves.toBe('Tomorrow morning');
    await expect(first.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await first.click();
    await frame.getByRole('button', { name: 'Close' }).click();
    // Make its reminder due now: with notifications off, nothing pops up, and it still waits on the list.
    await h.inWorker(async () => {
      const c = (globalThis as unknown as G).chrome;
      const [alarm] = (await c.alarms.getAll()).filter((a) => a.name.startsWith('later:'));
      await c.alarms.create(alarm!.name, { when: Date.now() + 200 });
    });
    await chat.waitForTimeout(2500);
    const shown = await h.inWorker(() => (globalThis as unknown as G).chrome.notifications.getAll());
    expect(Object.keys(shown)).toEqual([]);
    const popup = await h.openPopup();
    await popup.getByRole('tab', { name: 'Later' }).click();
    await popup.getByRole('tabpanel', { name: 'Later' }).getByRole('listitem').first().waitFor();
    await popup.close();
    await chat.close();
    await options.close();
  });

  it('colours and text size apply at once to the card, the popup and the page itself', async () => {
    const options = await h.extensionPage('options.html');
    const popup = await h.openPopup();
    await options.getByRole('radio', { name: 'Dark' }).check();
    await options.getByLabel('Text size').selectOption('larger');
    await expect.poll(() => popup.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 33, 31)');
    expect(await options.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    await options.screenshot({ path: join(SHOTS, 'options-dark-larger.png') });
    const chat = await h.openSite('whatsapp');
    const frame = await startReply(chat);
    expect(await frame.evaluate(() => [document.documentElement.dataset['theme'], getComputedStyle(document.documentElement).fontSize])).toEqual(['dark', '20px']);
    expect(await axeViolations(options.mainFrame())).toEqual([]);
    await chat.close();
    await popup.close();
    await options.close();
  });
});

describe('options: practice, keyboard and look', () => {
  it('the practice chat shows the real card, sends nothing anywhere and saves nothing', async () => {
    const before = await journalCounts(h);
    const practice = await h.extensionPage('practice.html');
    await practice.getByLabel('Message').click();
    await practice.keyboard.press('S');
    const card = practice.frameLocator('iframe[title="A pause before replying"]');
    await card.getByRole('dialog', { name: 'Pause before replying' }).waitFor();
    await practice.screenshot({ path: join(SHOTS, 'practice.png') });
    await card.getByRole('button', { name: 'Check in' }).click();
    await card.getByLabel('Note').fill('practice words');
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByText('This was practice', { exact: false }).waitFor();
    await card.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => practice.evaluate(() => document.activeElement?.id)).toBe('practice-message');
    await practice.keyboard.type('See you Saturday');
    await practice.keyboard.press('Enter');
    await practice.locator('.lines li.me').getByText('See you Saturday').waitFor();
    expect(await journalCounts(h)).toEqual(before);
    expect(await axeViolations(practice.mainFrame())).toEqual([]);
    await practice.close();
  });

  it('every section can be reached and used by keyboard, axe finds nothing, and each section has a screenshot', async () => {
    const options = await h.extensionPage('options.html');
    await options.getByRole('heading', { name: 'Nudges' }).waitFor();
    // Tab from the top: the section links come first, and every control is reachable.
    const seen = new Set<string>();
    for (let i = 0; i < 160; i++) {
      await options.keyboard.press('Tab');
      const label = await options.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.tagName}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}` : '';
      });
      seen.add(label);
    }
    for (const want of ['A:Nudges', 'A:Your data', 'BUTTON:Show a preview', 'BUTTON:Preview the breathing', 'BUTTON:Export everything']) {
      expect([...seen].some((x) => x.startsWith(want)), want).toBe(true);
    }
    expect(await axeViolations(options.mainFrame())).toEqual([]);
    const sections = options.locator('main > section');
    for (let i = 0; i < (await sections.count()); i++) {
      const id = await sections.nth(i).locator('h2').getAttribute('id');
      await sections.nth(i).screenshot({ path: join(SHOTS, `options-${id}.png`) });
    }
    await options.close();
  });
});
