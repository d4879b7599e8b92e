import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickComposer, keystrokeToCardMs, pauseFrame, withAllSites, type Harness } from '../harness/browser';
import { axeViolations, browserForFile, cardButton as button, composerText, pageLog, recordMeasurement, SHOTS, startReply, visibleCard, type G } from './helpers';

let h: Harness;
browserForFile((made) => (h = made), { remove: ['snoozes', 'settings'], session: ['pauseDrafts'] });

describe('the Pause card, by keyboard, in private, to axe, in pictures', () => {
  it('keyboard only: focus moves in, Tab stays inside, Enter acts, Escape closes, the caret returns where it was', async () => {
    const page = await h.openSite('whatsapp');
    await page.locator('.chat[data-chat="sam"]').click();
    // A draft the site kept: "draft", caret placed after "dra".
    await page.evaluate(() => {
      const p = document.querySelector('footer [contenteditable="true"] p')!;
      p.textContent = 'draft';
    });
    await page.locator('footer [contenteditable="true"]').click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('X');
    const frame = await visibleCard(page);
    await expect.poll(() => frame.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    const seen = new Set<string>();
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
      const where = await frame.evaluate(() => {
        const a = document.activeElement;
        return { inside: !!a?.closest('[role="dialog"]'), text: a?.textContent ?? '' };
      });
      expect(where.inside).toBe(true);
      seen.add(where.text.trim());
    }
    expect(seen).toContain("I'm ready to reply");
    expect(seen).toContain('Not now');
    // Reach "Check in" by keyboard and open it with Enter.
    for (let i = 0; i < 20; i++) {
      if ((await frame.evaluate(() => document.activeElement?.textContent?.trim())) === 'Check in') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await frame.getByLabel('Note').waitFor();
    // Every other state, by keyboard alone: Back, then each path and back again.
    const focusOn = async (name: string) => {
      for (let i = 0; i < 30; i++) {
        if ((await frame.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`could not reach "${name}" by Tab`);
    };
    await focusOn('Back');
    await page.keyboard.press('Enter');
    for (const [open, check] of [
      ['Reply later', 'In 1 hour'],
      ['Write it here first', 'Move to chat'],
      ['Pause less here', 'For 1 hour'],
    ] as const) {
      await focusOn(open);
      await page.keyboard.press('Enter');
      await frame.getByRole('button', { name: check }).waitFor();
      await focusOn('Back');
      await page.keyboard.press('Enter');
      await frame.getByRole('button', { name: 'Check in', exact: true }).waitFor();
    }
    await page.keyboard.press('Escape');
    await frame.getByRole('dialog').waitFor({ state: 'detached' });
    await page.keyboard.type('Y');
    expect(await composerText(page)).toBe('draYft');
    await page.close();
  });

  it('is private: the page sees no nudge, feeling, note or draft, and no shadow root', async () => {
    const page = await h.openSite('whatsapp');
    const frame = await startReply(page);
    const nudge = (await frame.locator('#pause-nudge').textContent())!.trim();
    await button(frame, 'Write it here first').click();
    await page.keyboard.type('private draft jkq');
    await button(frame, 'Back').click();
    await button(frame, 'Check in').click();
    await button(frame, 'Tense').click();
    await button(frame, 'Hopeful').click();
    await frame.getByLabel('Note').click();
    await page.keyboard.type('private note vbx');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await button(frame, 'Save').click();
    await frame.getByText('Kept on this device').waitFor();
    const log = await pageLog(page);
    for (const secret of [nudge.slice(0, 24), 'jkq', 'vbx', 'Tense', 'Hopeful', 'Kept on this device']) {
      expect(log).not.toContain(secret);
    }
    const view = await page.evaluate(() => {
      const host = [...document.documentElement.children].find((el) => el.localName.includes('-'));
      return {
        host: host?.localName ?? null,
        shadowRoot: host ? host.shadowRoot === null : null,
        iframes: document.querySelectorAll('iframe').length,
        text: host?.textContent ?? null,
      };
    });
    expect(view.host).toMatch(/^[a-z]{4}-[a-z]{5}$/);
    expect(view).toMatchObject({ shadowRoot: true, iframes: 0, text: '' });
    await page.close();
  });

  it('axe-core finds nothing in any state of the card', async () => {
    const page = await h.openSite('whatsapp');
    const frame = await startReply(page);
    expect(await axeViolations(frame)).toEqual([]);
    await button(frame, 'Reply later').click();
    expect(await axeViolations(frame)).toEqual([]);
    await button(frame, 'Back').click();
    await button(frame, 'Check in').click();
    expect(await axeViolations(frame)).toEqual([]);
    await button(frame, 'Back').click();
    await button(frame, 'Write it here first').click();
    expect(await axeViolations(frame)).toEqual([]);
    await page.close();
  });

  it('screenshots of each state, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await h.resetCooldowns();
      const page = await h.openSite('whatsapp');
      await page.emulateMedia({ colorScheme: scheme });
      const frame = await startReply(page);
      await page.waitForTimeout(400); // let the gentle fade-in finish
      await page.screenshot({ path: join(SHOTS, `card-${scheme}-1-nudge-breathing.png`) });
      await button(frame, 'Skip').click();
      await page.screenshot({ path: join(SHOTS, `card-${scheme}-2-nudge.png`) });
      await button(frame, 'Reply later').click();
      await page.screenshot({ path: join(SHOTS, `card-${scheme}-3-later.png`) });
      await button(frame, 'No reminder').click();
      await frame.getByRole('status').waitFor();
      await page.screenshot({ path: join(SHOTS, `card-${scheme}-4-later-confirmation.png`) });
      await button(frame, 'Close').click();
      await page.locator('.chat[data-chat="sam"]').click();
      const f2 = await startReply(page);
      await button(f2, 'Check in').click();
      await button(f2, 'Heavy').click();
      await page.screenshot({ path: join(SHOTS, `card-${scheme}-5-check-in.png`) });
      await button(f2, 'Back').click();
      await button(f2, 'Write it here first').click();
      await f2.getByLabel('Draft').fill('');
      await page.keyboard.type('I can answer tomorrow.');
      await page.screenshot({ path: join(SHOTS, `card-${scheme}-6-draft.png`) });
      await page.close();
    }
  });

  it('measures keystroke → card visible (reported, not asserted)', async () => {
    await h.inWorker((settings) => (globalThis as unknown as G).chrome.storage.local.set({ settings }), withAllSites({ cooldownMinutes: 0 }));
    const page: Page = await h.openSite('whatsapp');
    await page.locator('footer [contenteditable="true"]').click();
    await pauseFrame(page);
    await page.waitForTimeout(500);
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      times.push(await keystrokeToCardMs(page));
      await clickComposer(page); // leaves the composer first: the next key starts a new reply
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const p95 = times[Math.ceil(times.length * 0.95) - 1]!;
    recordMeasurement('keystrokeToCardMs', { trials: times.length, median: +median.toFixed(1), p95: +p95.toFixed(1), all: times.map((t) => +t.toFixed(1)) });
    console.log(`keystroke → card visible: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${times.length} trials`);
    expect(times).toHaveLength(20);
    await page.close();
  });
});
