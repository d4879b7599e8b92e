import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, withAllSites, type Harness } from '../harness/browser';
import { importThroughBackground, journalFile } from '../harness/journal';
import { SETTINGS_VERSION } from '../../lib/settings-model';
import { axeViolations, type G, SHOTS, startReply } from './helpers';

/**
 * The popup at the browser's default text size and at twice that (Chromium's own font-size setting, as a person
 * who needs larger text sets it), in English and in German (long words): nothing cut off, nothing scrolling
 * sideways. And the Pause card's choices stay within reach at 200 % while the breathing guide runs.
 */

/** A browser whose default font size is `px` (Settings → Appearance → Font size; 16 px is the usual). */
async function launchAt(px: number): Promise<{ h: Harness; done: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'unhurried-size-'));
  mkdirSync(join(dir, 'Default'));
  const prefs = { webkit: { webprefs: { default_font_size: px, default_fixed_font_size: Math.round((px * 13) / 16) } } };
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify(prefs));
  const h = await launch({ userDataDir: dir });
  return {
    h,
    done: async () => {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What sticks out: the page scrolling sideways, an element past the window's edge, a control's words cut off. */
export async function overflows(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const out: string[] = [];
    if (root.scrollWidth > width) out.push(`the page scrolls sideways: ${root.scrollWidth} > ${width}`);
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').replace(/ /g, '.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('.sr-only, [hidden], svg')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > width + 0.5 || r.left < -0.5) out.push(`past the edge: ${name(el)} ${Math.round(r.left)}–${Math.round(r.right)} of ${width}`);
      if (el.matches('input, select, textarea')) continue;
      const box = el as HTMLElement;
      const clips = el.matches('button, label, summary, [role="tab"], h1, h2') || getComputedStyle(el).overflowX !== 'visible';
      if (clips && box.scrollWidth > box.clientWidth + 1) out.push(`words cut off: ${name(el)} ${box.scrollWidth} > ${box.clientWidth}`);
    }
    return out;
  });
}

/** Sets the language (every site chosen, everything else as new), marked as today's settings shape (no migration). */
async function speak(h: Harness, language: 'en' | 'de'): Promise<void> {
  await h.inWorker(
    ([s, v]) => (globalThis as unknown as G).chrome.storage.local.set({ settings: s, settings$: { v } }),
    [withAllSites({ appearance: { language } }), SETTINGS_VERSION] as const,
  );
}

const names = {
  en: { later: 'Later', insights: 'Insights', filters: 'Filters', export: 'Export', settings: 'Settings', hide: 'Hide', label: /^Add a label/ },
  de: { later: 'Später', insights: 'Überblick', filters: 'Filter', export: 'Exportieren', settings: 'Einstellungen', hide: 'Ausblenden', label: /^Bezeichnung/ },
};

for (const size of [100, 200] as const) {
  describe(`the popup at ${size} % text`, () => {
    let h: Harness;
    let done: () => Promise<void>;
    beforeAll(async () => {
      ({ h, done } = await launchAt((16 * size) / 100));
      expect((await importThroughBackground(h, journalFile(14, { later: 2 }))).ok).toBe(true);
    }, 60_000);
    afterAll(async () => done?.());

    for (const lang of ['en', 'de'] as const) {
      it(`in ${lang === 'en' ? 'English' : 'German'}: every view fits, nothing cut off, light and dark`, async () => {
        await speak(h, lang);
        const chat = await h.openSite('whatsapp');
        const popup = await h.openPopupWindow();
        // The toolbar popup's size: its page is 380 px wide (entrypoints/popup/style.css) in a window up to 400.
        await popup.setViewportSize({ width: 400, height: 600 });
        const n = names[lang];
        await popup.getByRole('button', { name: n.settings }).waitFor();
        await popup.locator('.reflection').first().waitFor();
        expect(await popup.evaluate(() => getComputedStyle(document.body).fontSize)).toBe(`${(16 * size) / 100}px`);
        // Checkboxes grow with the text.
        const box = await popup.getByRole('switch').boundingBox();
        expect(box!.height).toBeGreaterThanOrEqual((13 * size) / 100 - 1);

        const problems: string[] = [];
        const check = async (view: string) => problems.push(...(await overflows(popup)).map((p) => `${view}: ${p}`));
        await check('reflections');
        for (const scheme of ['light', 'dark'] as const) {
          await popup.emulateMedia({ colorScheme: scheme });
          // What a person sees when the popup opens (the window is 600 px high at most).
          await popup.screenshot({ path: join(SHOTS, `popup-${lang}-${size}-${scheme}.png`) });
        }
        await popup.emulateMedia({ colorScheme: 'light' });
        await popup.getByRole('button', { name: n.filters }).click();
        await check('filters');
        await popup.getByRole('button', { name: n.export, exact: true }).click();
        await check('export');
        await popup.getByRole('tab', { name: n.later }).click();
        await popup.getByRole('button', { name: n.label }).first().click();
        await check('later, a label being written');
        await popup.screenshot({ path: join(SHOTS, `popup-${lang}-${size}-later.png`) });
        await popup.getByRole('tab', { name: n.insights }).click();
        await popup.locator('.insights, .empty').first().waitFor();
        await check('insights');
        expect(problems).toEqual([]);
        await popup.screenshot({ path: join(SHOTS, `popup-${lang}-${size}-insights.png`) });
        expect(await axeViolations(popup.mainFrame())).toEqual([]);
        await popup.close();
        await chat.close();
      });
    }

    if (size === 200) {
      it('the Pause card: "Not now" and "I\'m ready to reply" stay within reach while the breathing runs', async () => {
        await speak(h, 'en');
        const chat = await h.openSite('whatsapp');
        const frame = await startReply(chat);
        await frame.locator('.breath-circle, .breath-words').first().waitFor();
        expect(await frame.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('32px');
        for (const name of ['Not now', "I'm ready to reply"]) {
          const button = frame.getByRole('button', { name, exact: true });
          await button.scrollIntoViewIfNeeded();
          // Fully inside the frame's window, and the topmost thing at its centre (not covered by anything).
          const seen = await button.evaluate((el) => {
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return { inside: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth, onTop: !!hit && (hit === el || el.contains(hit)) };
          });
          expect(seen, name).toEqual({ inside: true, onTop: true });
          await button.click({ trial: true, timeout: 3000 });
        }
        expect(await overflows(frame)).toEqual([]);
        await chat.screenshot({ path: join(SHOTS, 'card-200-breathing.png') });
        // Still breathing: the choices were reached without stopping it.
        expect(await frame.locator('.breath-words').count()).toBe(1);
        // The check-in at 200 %: its strength radios grow with the text, nothing sticks out.
        await frame.getByRole('button', { name: 'Check in', exact: true }).click();
        const radio = await frame.getByRole('radio').first().boundingBox();
        expect(radio!.height).toBeGreaterThanOrEqual(26);
        expect(await overflows(frame)).toEqual([]);
        await chat.screenshot({ path: join(SHOTS, 'card-200-checkin.png') });
        await frame.getByRole('button', { name: 'Back', exact: true }).click();
        await frame.getByRole('button', { name: 'Not now', exact: true }).click();
        await frame.getByRole('dialog').waitFor({ state: 'detached' });
        await chat.close();
      });
    }
  });
}
