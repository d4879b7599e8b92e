import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtInNudges } from '../../lib/nudges/catalogue';
import { launch, type Harness } from '../harness/browser';
import { journalFile } from '../harness/journal';
import { axeViolations, browserForFile, type G, SHOTS, startReply } from './helpers';

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

async function journalCounts(): Promise<{ reflections: number; later: number; nudges: number }> {
  const page = await h.extensionPage('popup.html');
  const r = await page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: Record<string, unknown[]> }> } } }).chrome;
    const res = await c.runtime.sendMessage({ type: 'journal.export', payload: null });
    return { reflections: res.value['reflections']!.length, later: res.value['later']!.length, nudges: res.value['nudges']!.length };
  });
  await page.close();
  return r;
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
    expect((await journalCounts()).nudges).toBe(1);

    // Deleting it: with every kind off, the card falls back to all nudges rather than showing none.
    await options.getByRole('button', { name: 'Delete' }).click();
    await options.getByText('Deleted your nudge.').waitFor();
    expect((await journalCounts()).nudges).toBe(0);
    await options.close();
    await chat.close();
  });

  it('previews the real card with a chosen nudge; nothing done in the preview is saved', async () => {
    const before = await journalCounts();
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
    expect(await journalCounts()).toEqual(before);
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

describe('options: your data', () => {
  it('refuses broken files with the reason and changes nothing; imports a good one after showing what it adds', async () => {
    const before = await journalCounts();
    const options = await h.extensionPage('options.html');
    const input = options.getByLabel('Choose an export file to import');
    const broken: Array<[string, string, RegExp]> = [
      ['notes.json', 'this is not json', /could not be read as JSON/],
      ['old.json', JSON.stringify({ format: 'unhurried-journal', version: 99, reflections: [], later: [] }), /newer version/],
      ['field.json', journalFile(1).replace('"choice":"', '"choice":"sometimes-'), /at reflections\[0\]\.choice/],
    ];
    for (const [name, text, reason] of broken) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(async () => (await options.getByRole('alert').textContent()) ?? '').toMatch(reason);
      await expect(options.getByRole('alert').textContent()).resolves.toContain('Nothing was changed.');
      expect(await options.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    }
    expect(await journalCounts()).toEqual(before);

    await input.setInputFiles({ name: 'notes-2026-11-01.json', mimeType: 'application/json', buffer: Buffer.from(journalFile(12, { seed: 42, later: 2 })) });
    await options.getByText('This adds 12 reflections and 2 Later items.').waitFor();
    expect(await journalCounts()).toEqual(before); // not yet
    await options.locator('.confirm-box').screenshot({ path: join(SHOTS, 'options-import-plan.png') });
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText('Imported.', { exact: false }).waitFor();
    expect(await journalCounts()).toEqual({ ...before, reflections: before.reflections + 12, later: before.later + 2 });
    // The same file again adds nothing.
    await input.setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(journalFile(12, { seed: 42, later: 2 })) });
    await options.getByText('There is nothing new in this file to add.', { exact: false }).waitFor();
    await options.close();
  });

  it('exports everything as one JSON file that imports again, and erases everything only after the word', async () => {
    const options = await h.extensionPage('options.html');
    await options.getByRole('radio', { name: /When I press send/ }).check();
    await options.getByLabel('A nudge in your own words').fill('Slow is fine.');
    await options.getByRole('button', { name: 'Add nudge' }).click();
    await options.getByText('Added your nudge.', { exact: false }).waitFor();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export everything' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { settings: { mode: string }; nudges: Array<{ text: string }>; reflections: unknown[] };
    expect(json.settings.mode).toBe('send');
    expect(json.nudges.map((n) => n.text)).toContain('Slow is fine.');
    const counts = await journalCounts();
    expect(json.reflections).toHaveLength(counts.reflections);

    const erase = options.getByRole('button', { name: 'Erase everything' });
    await expect(erase.isDisabled()).resolves.toBe(true);
    await options.getByLabel('To erase, type the word “erase”').fill('eras');
    await expect(erase.isDisabled()).resolves.toBe(true);
    await options.getByLabel('To erase, type the word “erase”').fill('erase');
    await erase.click();
    await options.getByText('Everything is erased.', { exact: false }).waitFor();
    expect(await journalCounts()).toEqual({ reflections: 0, later: 0, nudges: 0 });
    await expect.poll(() => options.getByRole('radio', { name: /When I start a reply/ }).isChecked()).toBe(true);
    const alarms = await h.inWorker(() => (globalThis as unknown as G).chrome.alarms.getAll());
    expect(alarms.filter((a) => a.name.startsWith('later:'))).toEqual([]);

    // Import the exported file back: everything returns, settings too.
    await options.getByLabel('Choose an export file to import').setInputFiles((await file.path())!);
    await options.getByText('Your settings will be replaced by the ones in the file.', { exact: false }).waitFor();
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText('Imported.', { exact: false }).waitFor();
    expect(await journalCounts()).toEqual(counts);
    await expect.poll(() => options.getByRole('radio', { name: /When I press send/ }).isChecked()).toBe(true);
    await options.close();
  });
});

describe('options: practice, keyboard and look', () => {
  it('the practice chat shows the real card, sends nothing anywhere and saves nothing', async () => {
    const before = await journalCounts();
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
    expect(await journalCounts()).toEqual(before);
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

describe('after a browser restart', () => {
  it('every setting, the journal, own nudges and reminders are still there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unhurried-restart-'));
    try {
      let b = await launch({ userDataDir: dir });
      const o = await b.extensionPage('options.html');
      await o.getByRole('radio', { name: /When I press send/ }).check();
      await o.getByRole('radio', { name: 'Dark' }).check();
      await o.getByLabel('Rhythm').selectOption('4-7-8');
      await o.getByLabel('A nudge in your own words').fill('Still here after a restart.');
      await o.getByRole('button', { name: 'Add nudge' }).click();
      await o.getByText('Added your nudge.', { exact: false }).waitFor();
      await o.getByLabel('Choose an export file to import').setInputFiles({ name: 'n.json', mimeType: 'application/json', buffer: Buffer.from(journalFile(5, { later: 1 })) });
      await o.getByRole('button', { name: 'Import', exact: true }).click();
      await o.getByText('Imported.', { exact: false }).waitFor();
      await b.close({ keepProfile: true });

      b = await launch({ userDataDir: dir });
      const again = await b.extensionPage('options.html');
      await expect.poll(() => again.getByRole('radio', { name: /When I press send/ }).isChecked()).toBe(true);
      expect(await again.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
      expect(await again.getByLabel('Rhythm').inputValue()).toBe('4-7-8');
      await again.getByRole('button', { name: 'Show Your own words nudges' }).click();
      await again.getByText('Still here after a restart.').waitFor();
      const popup = await b.openPopup();
      await expect.poll(() => popup.getByRole('tabpanel', { name: 'Reflections' }).getByRole('listitem').count()).toBe(5);
      const alarms = await b.inWorker(() => (globalThis as unknown as G).chrome.alarms.getAll());
      expect(alarms.filter((a) => a.name.startsWith('later:'))).toHaveLength(1);
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
