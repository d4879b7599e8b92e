import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Harness } from '../harness/browser';
import { importThroughBackground, journalFile } from '../harness/journal';
import { axeViolations, browserForFile, recordMeasurement, SHOTS } from './helpers';

let h: Harness;
browserForFile((made) => (h = made));

/** Opens the popup at the toolbar popup's size, in light or dark. */
async function popupAt(scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 380, height: 580 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
  return page;
}

const panel = (p: Page) => p.getByRole('tabpanel', { name: 'Reflections' });
const items = (p: Page) => panel(p).getByRole('listitem');

describe('the popup with 0, 3 and 10,000 reflections', () => {
  it('is kind and clean when empty, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const p = await popupAt(scheme);
      await p.getByText('Nothing here yet.').waitFor();
      await p.screenshot({ path: join(SHOTS, `popup-0-${scheme}.png`) });
      expect(await axeViolations(p.mainFrame())).toEqual([]);
      await p.getByRole('tab', { name: 'Insights' }).click();
      await p.getByText('Insights appear here as you take pauses.').waitFor();
      await p.close();
    }
  });

  it('with a few: grouped by day, every detail shown, long notes clamped, search and filters work', async () => {
    const now = Date.now();
    const file = JSON.parse(journalFile(0)) as { reflections: unknown[] };
    const day = 86_400_000;
    file.reflections = [
      { id: 'a', createdAt: now - 60_000, updatedAt: now, site: 'whatsapp', choice: 'check-in', feelings: ['tense', 'hopeful'], intensity: 3, nudgeKind: 'body', note: 'Felt the old knot, then it eased.', win: true },
      { id: 'b', createdAt: now - day - 60_000, updatedAt: now, site: 'telegram', choice: 'later', feelings: ['calm'], note: 'A long note. '.repeat(40) + 'The very end.', otherMind: 'They may be busy at the café.', win: false },
      { id: 'c', createdAt: now - 3 * day, updatedAt: now, site: 'slack', choice: 'not-now', feelings: ['tired'], intensity: 2, note: 'Took the evening off.', win: false },
    ];
    expect(await importThroughBackground(h, JSON.stringify(file))).toMatchObject({ ok: true });

    for (const scheme of ['light', 'dark'] as const) {
      const p = await popupAt(scheme);
      await items(p).first().waitFor();
      await p.screenshot({ path: join(SHOTS, `popup-3-${scheme}.png`) });
      await p.close();
    }

    const p = await popupAt();
    await items(p).first().waitFor();
    expect(await items(p).count()).toBe(3);
    // Grouped by day: three day headings, newest first.
    expect(await panel(p).getByRole('heading', { level: 2 }).count()).toBe(3);
    const first = await items(p).first().textContent();
    for (const bit of ['WhatsApp', 'Checked in', 'Body', 'Tense, Hopeful', 'strength 3 of 5', 'A small win', 'Felt the old knot']) {
      expect(first, bit).toContain(bit);
    }
    // The long note is clamped; "Show more" opens it, with "what else".
    const long = items(p).nth(1);
    await expect(long.textContent()).resolves.not.toContain('What else');
    const more = long.getByRole('button', { name: 'Show more' });
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('false');
    await more.click();
    await long.getByText('What else: They may be busy at the café.').waitFor();
    await expect(long.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).resolves.toBe('true');

    // Search as you type: notes, "what else" (accents ignored), feelings.
    const search = p.getByRole('searchbox', { name: 'Search reflections' });
    await search.fill('cafe');
    await expect.poll(() => items(p).count()).toBe(1);
    await expect(items(p).first().textContent()).resolves.toContain('Telegram');
    await p.getByText('1 reflection found.').waitFor();
    await search.fill('tired');
    await expect.poll(async () => (await items(p).first().textContent())?.includes('Took the evening off')).toBe(true);
    await search.fill('nothing like this at all');
    await p.getByText('No reflections match.', { exact: false }).first().waitFor();
    await p.getByRole('button', { name: 'clear the search and filters' }).click();
    await expect.poll(() => items(p).count()).toBe(3);

    // Filters: feeling, site, choice and dates, each narrowing the list.
    await p.getByRole('button', { name: 'Filters' }).click();
    await p.getByLabel('Feeling').selectOption('calm');
    await expect.poll(() => items(p).count()).toBe(1);
    await p.getByLabel('Feeling').selectOption('');
    await p.getByLabel('Site').selectOption('slack');
    await expect.poll(() => items(p).count()).toBe(1);
    await p.getByLabel('Site').selectOption('');
    await p.getByLabel('Choice').selectOption('later');
    await expect.poll(async () => (await items(p).first().textContent())?.includes('Telegram')).toBe(true);
    expect(await items(p).count()).toBe(1);
    await p.getByLabel('Choice').selectOption('');
    const iso = (t: number) => {
      const d = new Date(t);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    await p.getByLabel('From').fill(iso(now - day - 60_000));
    await expect.poll(() => items(p).count()).toBe(2);
    await p.getByLabel('To').fill(iso(now - day - 60_000));
    await expect.poll(() => items(p).count()).toBe(1);
    await expect(p.getByRole('button', { name: 'Filters (2)' }).count()).resolves.toBe(1);
    await p.screenshot({ path: join(SHOTS, 'popup-filters.png') });
    expect(await axeViolations(p.mainFrame())).toEqual([]);
    await p.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => items(p).count()).toBe(3);

    // Keyboard only: from the top, Tab reaches the search box and the filters; Enter opens them; Show more works by key.
    await p.reload();
    await items(p).first().waitFor();
    const focused = () => p.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await p.keyboard.press('Tab');
      reached.push(await focused());
    }
    expect(reached).toContain('Reflections');
    await p.getByRole('searchbox', { name: 'Search reflections' }).focus();
    await p.keyboard.type('cafe');
    await expect.poll(() => items(p).count()).toBe(1);
    await p.keyboard.press('Tab');
    expect(await focused()).toBe('Filters');
    await p.keyboard.press('Enter');
    await expect(p.getByRole('button', { name: 'Filters', exact: true }).getAttribute('aria-expanded')).resolves.toBe('true');
    await p.getByRole('searchbox', { name: 'Search reflections' }).fill('');
    await expect.poll(() => items(p).count()).toBe(3);
    await items(p).nth(1).getByRole('button', { name: 'Show more' }).focus();
    await p.keyboard.press('Enter');
    await items(p).nth(1).getByText('What else:', { exact: false }).waitFor();

    // Insights: facts in words, charts hidden from screen readers with their text equivalents.
    await p.getByRole('tab', { name: 'Insights' }).click();
    const ins = p.getByRole('tabpanel', { name: 'Insights' });
    await ins.getByRole('heading', { name: 'This week' }).waitFor();
    await expect(ins.getByRole('table', { name: 'Pauses and check-ins each week' }).count()).resolves.toBe(1);
    await ins.getByText('Tense').first().waitFor();
    const text = await ins.textContent();
    expect(text).toContain('1 small win noticed in these weeks');
    expect(text).not.toMatch(/streak|score|goal|%/i);
    await p.screenshot({ path: join(SHOTS, 'popup-insights.png'), fullPage: true });
    // Fits the toolbar popup: nothing wider than its 380 pixels.
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    expect(await axeViolations(p.mainFrame())).toEqual([]);
    await p.emulateMedia({ colorScheme: 'dark' });
    await p.screenshot({ path: join(SHOTS, 'popup-insights-dark.png'), fullPage: true });
    await p.close();
  });

  it('opens and searches 10,000 reflections without lag, loading more as you scroll', async () => {
    const t0 = Date.now();
    expect(await importThroughBackground(h, journalFile(9_997, { seed: 3 }))).toMatchObject({ ok: true });
    recordMeasurement('import 9,997 reflections through the background (ms)', Date.now() - t0);

    const samples: number[] = [];
    for (let i = 0; i < 3; i++) {
      const p = await h.context.newPage();
      await p.setViewportSize({ width: 380, height: 580 });
      await p.goto(`chrome-extension://${h.extensionId}/popup.html`);
      await items(p).first().waitFor();
      samples.push(await p.evaluate(() => performance.now()));
      await p.close();
    }
    recordMeasurement('popup first page with 10,000 reflections, from navigation (ms, 3 runs)', samples.map(Math.round));

    for (const scheme of ['light', 'dark'] as const) {
      const p = await popupAt(scheme);
      await items(p).first().waitFor();
      await p.screenshot({ path: join(SHOTS, `popup-10k-${scheme}.png`) });
      await p.close();
    }

    const p = await popupAt();
    await items(p).first().waitFor();
    const shown = await items(p).count();
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    expect(shown).toBeLessThanOrEqual(40); // a page or two, not ten thousand
    // Scrolling to the end loads the next page.
    await p.getByRole('button', { name: 'Show older reflections' }).scrollIntoViewIfNeeded();
    await expect.poll(() => items(p).count()).toBeGreaterThan(shown);

    const search = p.getByRole('searchbox', { name: 'Search reflections' });
    const started = await p.evaluate(() => performance.now());
    await search.pressSequentially('sister', { delay: 30 });
    await p.getByText(/^\d[\d,]* reflections found\.$/).waitFor();
    const took = (await p.evaluate(() => performance.now())) - started;
    recordMeasurement('popup search "sister" typed at 10,000 reflections, typing to result (ms)', Math.round(took));
    const hits = items(p);
    await expect.poll(async () => (await hits.first().textContent())?.toLowerCase().includes('sister')).toBe(true);
    expect(await axeViolations(p.mainFrame())).toEqual([]);
    await p.close();
  });
});
