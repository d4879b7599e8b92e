import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { builtInSiteIds } from '../../lib/sites/groups';
import { adapterById } from '../../lib/sites/registry';

/**
 * First contact in the harness: a fresh profile opens the welcome page by itself, and the harness chooses the sites
 * there as a person would (tests/harness/browser.ts `launch({ sites })`, `harness.chooseSites`).
 */

/**
 * Settings as a test writes them straight to storage.local: every built-in site chosen (as `launch` chooses them on
 * the welcome page), with these choices on top. Writing settings without the sites would mean no site is chosen.
 */
export function withAllSites(choices: Record<string, unknown> = {}): Record<string, unknown> {
  return { enabledSites: [...builtInSiteIds], ...choices };
}

/** Waits for the welcome page the extension opens by itself on install. */
export async function waitForWelcome(find: () => Page | undefined): Promise<Page> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const page = find();
    if (page) {
      await page.getByRole('checkbox').first().waitFor();
      return page;
    }
    if (Date.now() > deadline) throw new Error('The welcome page did not open by itself after install');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Ticks exactly these sites on the welcome page (by the names it shows), presses start, waits for the word, closes it. */
export async function chooseOnWelcomePage(page: Page, ids: readonly string[] | 'all'): Promise<void> {
  await page.getByRole('checkbox').first().waitFor();
  const wanted = new Set(ids === 'all' ? builtInSiteIds : ids);
  for (const id of builtInSiteIds) {
    await page.getByRole('checkbox', { name: adapterById(id)?.name ?? id, exact: true }).setChecked(wanted.has(id));
  }
  // The start button, in whichever language the page speaks.
  await page.locator('form button[type="submit"]').click();
  await page.getByRole('status').waitFor();
  await page.close();
}

/** The browser's default font size (its settings' "Font size"), written where Chromium keeps it, before it starts. */
export function writeDefaultFontSize(userDataDir: string, size: number): void {
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  const prefs = { webkit: { webprefs: { default_font_size: size, default_fixed_font_size: Math.round((size * 13) / 16) } } };
  writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(prefs));
}
