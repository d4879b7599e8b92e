import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launch, type Harness } from '../harness/browser';
import { journalFile } from '../harness/journal';
import { browserForFile, type G, journalCounts, SHOTS } from './helpers';

let h: Harness;
browserForFile((made) => (h = made), { remove: ['settings', 'snoozes', 'marks'] });

describe('options: your data', () => {
  it('refuses broken files with the reason and changes nothing; imports a good one after showing what it adds', async () => {
    const before = await journalCounts(h);
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
    expect(await journalCounts(h)).toEqual(before);

    await input.setInputFiles({ name: 'notes-2026-11-01.json', mimeType: 'application/json', buffer: Buffer.from(journalFile(12, { seed: 42, later: 2 })) });
    await options.getByText('This adds 12 reflections and 2 Later items.').waitFor();
    expect(await journalCounts(h)).toEqual(before); // not yet
    await options.locator('.confirm-box').screenshot({ path: join(SHOTS, 'options-import-plan.png') });
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText('Imported.', { exact: false }).waitFor();
    expect(await journalCounts(h)).toEqual({ ...before, reflections: before.reflections + 12, later: before.later + 2 });
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
    const counts = await journalCounts(h);
    expect(json.reflections).toHaveLength(counts.reflections);

    const erase = options.getByRole('button', { name: 'Erase everything' });
    await expect(erase.isDisabled()).resolves.toBe(true);
    await options.getByLabel('To erase, type the word “erase”').fill('eras');
    await expect(erase.isDisabled()).resolves.toBe(true);
    await options.getByLabel('To erase, type the word “erase”').fill('erase');
    await erase.click();
    await options.getByText('Everything is erased.', { exact: false }).waitFor();
    expect(await journalCounts(h)).toEqual({ reflections: 0, later: 0, nudges: 0 });
    await expect.poll(() => options.getByRole('radio', { name: /When I start a reply/ }).isChecked()).toBe(true);
    const alarms = await h.inWorker(() => (globalThis as unknown as G).chrome.alarms.getAll());
    expect(alarms.filter((a) => a.name.startsWith('later:'))).toEqual([]);

    // Import the exported file back: everything returns, settings too.
    await options.getByLabel('Choose an export file to import').setInputFiles((await file.path())!);
    await options.getByText('Your settings will be replaced by the ones in the file.', { exact: false }).waitFor();
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText('Imported.', { exact: false }).waitFor();
    expect(await journalCounts(h)).toEqual(counts);
    await expect.poll(() => options.getByRole('radio', { name: /When I press send/ }).isChecked()).toBe(true);
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
