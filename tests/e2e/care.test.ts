import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickComposer, pauseFrame, withAllSites, type Harness } from '../harness/browser';
import { axeViolations, browserForFile, SHOTS, startReply, type G } from './helpers';

let h: Harness;
browserForFile((made) => (h = made), { remove: ['settings', 'snoozes', 'marks'] });

/** Writes (part of) the settings as a person's choices would (the rest is filled with the defaults). */
const setSettings = (settings: Record<string, unknown>) =>
  h.inWorker((s) => (globalThis as unknown as G).chrome.storage.local.set({ settings: s }), withAllSites({ cooldownMinutes: 0, ...settings }));

/** Words no page of Unhurried may carry in its title with discreet mode on, in any of its languages. */
const telling = /unhurried|settings|practice|welcome|pause|reply|einstellungen|ajustes|réglages|configurações|üben|práctica/i;

/** Every look the screenshots are taken in: light and dark, English and German, text at 100 % and 200 %. */
const looks = (['light', 'dark'] as const).flatMap((theme) =>
  (['en', 'de'] as const).flatMap((language) => ([100, 200] as const).map((size) => ({ theme, language, size }))),
);
type Look = (typeof looks)[number];
const lookName = (l: Look) => `${l.theme}-${l.language}-${l.size}`;
/** Text at 200 %: the person's own default font size doubled (the browser's setting, which rem follows). */
const textSize = (target: Page | Frame, size: number) =>
  target.evaluate((pct) => void (document.documentElement.style.fontSize = pct === 100 ? '' : `${pct}%`), size);

/** The iframe titles in a page, closed shadow roots included (as the browser's accessibility tree has them). */
async function frameTitles(page: Page): Promise<string[]> {
  const cdp = await h.context.newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await cdp.detach();
  const titles: string[] = [];
  const walk = (n: DomNode) => {
    const attrs = n.attributes ?? [];
    if (n.nodeName === 'IFRAME') titles.push(attrs[attrs.indexOf('title') + 1] ?? '');
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
  };
  walk(root);
  return titles;
}
/** Starts a reply and waits for the card, in whatever language it speaks. */
async function cardInAnyLanguage(chat: Page): Promise<Frame> {
  await clickComposer(chat);
  await chat.keyboard.press('h');
  const frame = await pauseFrame(chat, 30_000);
  await frame.getByRole('dialog').waitFor({ state: 'visible', timeout: 30_000 });
  return frame;
}

interface DomNode {
  nodeName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

describe('if you need support', () => {
  it('options.html#support lands on the section: plain words, helplines as text, nothing that loads; axe finds nothing', async () => {
    const options = await h.extensionPage('options.html#support');
    const heading = options.getByRole('heading', { level: 2, name: 'If you need support' });
    await heading.waitFor();
    // Landed on: in view, and focus on its heading (a screen reader starts there too).
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('support');
    await expect(heading.isVisible()).resolves.toBe(true);
    const box = await heading.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(760);
    const section = options.locator('section[aria-labelledby="support"]');
    const text = (await section.textContent())!;
    expect(text).toContain('not crisis support');
    expect(text).toContain('National Domestic Abuse Helpline (Refuge), 0808 2000 247');
    expect(text).toContain('National Domestic Violence Hotline, 1-800-799-7233');
    expect(text).toContain('private window');
    // No links, images or frames: nothing here loads or leads anywhere.
    expect(await section.locator('a, img, iframe').count()).toBe(0);
    // It is in the table of contents too.
    await options.getByRole('navigation').getByRole('link', { name: 'If you need support' }).waitFor();
    expect(await axeViolations(options.mainFrame())).toEqual([]);
    await options.close();
  });

  it('screenshots: light and dark, English and German, 100 % and 200 % text', async () => {
    for (const look of looks) {
      await setSettings({ appearance: { theme: look.theme, textSize: 'normal', language: look.language } });
      const options = await h.extensionPage('options.html#support');
      await options.locator('#support').waitFor();
      await expect.poll(() => options.evaluate(() => document.documentElement.lang)).toBe(look.language);
      await textSize(options, look.size);
      const section = options.locator('section[aria-labelledby="support"]');
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({ path: join(SHOTS, `care-support-${lookName(look)}.png`) });
      if (look.size === 100 && look.theme === 'light') {
        await options.locator('section[aria-labelledby="privacy"]').screenshot({ path: join(SHOTS, `care-privacy-${look.language}.png`) });
      }
      // The top of the page, with Hide in reach; and the practice page with its own.
      await options.evaluate(() => window.scrollTo(0, 0));
      await options.screenshot({ path: join(SHOTS, `care-options-top-${lookName(look)}.png`) });
      await options.close();
      const practice = await h.extensionPage('practice.html');
      await practice.getByRole('heading', { level: 1 }).waitFor();
      await textSize(practice, look.size);
      await practice.screenshot({ path: join(SHOTS, `care-practice-${lookName(look)}.png`) });
      await practice.close();
    }
  });
});

describe('breathing that fits', () => {
  it('with breathing off the card shows no circle and no breathing words; the options say so', async () => {
    const options = await h.extensionPage('options.html');
    await options.getByLabel('Rhythm').selectOption('off');
    await options.getByText('The card shows no breathing guide.').waitFor();
    expect(await options.getByLabel('Breaths').count()).toBe(0);
    const chat = await h.openSite('whatsapp');
    const frame = await startReply(chat);
    expect(await frame.locator('.breathing, .breath-circle').count()).toBe(0);
    expect(await frame.locator('.card').textContent()).not.toMatch(/Breathe in|Breathe out|Breath \d of/);
    await chat.keyboard.press('Escape');
    await chat.close();
    await options.close();
  });

  it('a new person breathes with the longer out-breath; 4-7-8 carries the gentle note, beside the choice and under the circle', async () => {
    const options = await h.extensionPage('options.html');
    await expect(options.getByLabel('Rhythm').inputValue()).resolves.toBe('long-out');
    expect(await options.getByText('Holding the breath is not for everyone').count()).toBe(0);
    await options.getByLabel('Rhythm').selectOption('4-7-8');
    await options.getByText('Holding the breath is not for everyone', { exact: false }).waitFor();
    const chat = await h.openSite('whatsapp');
    const frame = await startReply(chat);
    await frame.locator('.breath-box .breath-note').getByText('Holding the breath is not for everyone', { exact: false }).waitFor();
    await chat.keyboard.press('Escape');
    await chat.close();
    await options.close();
  });

  it('screenshots of the card with breathing off and with the 4-7-8 note, and of the check-in', async () => {
    for (const look of looks) {
      for (const pattern of ['off', '4-7-8'] as const) {
        await setSettings({ breathing: { pattern, breaths: 3, animate: true }, appearance: { theme: look.theme, textSize: 'normal', language: look.language } });
        await h.resetCooldowns();
        const chat = await h.openSite('whatsapp');
        const frame = await cardInAnyLanguage(chat);
        await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe(look.language);
        await textSize(frame, look.size);
        await chat.waitForTimeout(300);
        await chat.screenshot({ path: join(SHOTS, `care-card-${pattern === 'off' ? 'breathing-off' : '478'}-${lookName(look)}.png`) });
        if (pattern === 'off') {
          await frame.locator('.actions button').nth(2).click();
          await frame.locator('.checkin .offer').scrollIntoViewIfNeeded();
          await chat.screenshot({ path: join(SHOTS, `care-checkin-offered-${lookName(look)}.png`) });
          await frame.locator('.checkin .offer').click();
          await chat.waitForTimeout(200);
          await chat.screenshot({ path: join(SHOTS, `care-checkin-${lookName(look)}.png`) });
        }
        await chat.keyboard.press('Escape');
        await chat.close();
      }
    }
  });
});

describe('words that invite', () => {
  it('the check-in offers "What else could be going on?" only when asked for, and axe finds nothing either way', async () => {
    const chat = await h.openSite('whatsapp');
    const frame = await startReply(chat);
    const dialog = frame.getByRole('dialog', { name: 'A pause before replying', exact: true });
    await dialog.waitFor();
    await frame.getByRole('button', { name: 'Check in', exact: true }).click();
    await frame.getByLabel('Note').waitFor();
    expect(await frame.getByLabel('What else could be going on?').count()).toBe(0);
    expect(await frame.getByText('What else could be going on?').count()).toBe(0);
    expect(await axeViolations(frame)).toEqual([]);
    await frame.getByRole('button', { name: 'Add another view (optional)' }).click();
    const field = frame.getByLabel('What else could be going on?');
    await field.waitFor();
    await expect(field.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await chat.keyboard.type('a thought of my own');
    await expect(field.inputValue()).resolves.toBe('a thought of my own');
    expect(await axeViolations(frame)).toEqual([]);
    await chat.keyboard.press('Escape');
    await chat.close();
  });
});

describe('discreet mode on every page', () => {
  it('no page of Unhurried has a telling title: options, practice, the card\'s frame, the toolbar', async () => {
    const options = await h.extensionPage('options.html');
    await options.getByRole('heading', { level: 1 }).waitFor();
    expect(await options.title()).toBe('Unhurried settings');
    await options.getByRole('switch', { name: 'Discreet mode' }).check();
    // At once, on the page where it was turned on.
    await expect.poll(() => options.title()).toBe('Notes');
    expect(await h.inWorker(() => (globalThis as unknown as G).chrome.action.getTitle({}))).toBe('Notes');
    // What it cannot change, said plainly.
    await options.getByText('What discreet mode cannot change:').waitFor();

    const again = await h.extensionPage('options.html');
    await again.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => again.title()).toBe('Notes');
    await again.close();

    const practice = await h.extensionPage('practice.html');
    await practice.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => practice.title()).toBe('Notes');
    expect(await practice.locator('iframe').first().getAttribute('title')).toBe('Notes');
    for (const page of [options, practice]) expect(await page.title()).not.toMatch(telling);

    await setSettings({ privacy: { discreet: true, lockAfterMinutes: 15 } });
    const chat = await h.openSite('whatsapp');
    const frame = await startReply(chat);
    await expect.poll(() => frameTitles(chat)).toEqual(['Notes']);
    expect(await frame.title()).toBe('Notes');
    await chat.keyboard.press('Escape');

    // In German, the neutral name in German.
    await setSettings({ privacy: { discreet: true, lockAfterMinutes: 15 }, appearance: { theme: 'system', textSize: 'normal', language: 'de' } });
    await expect.poll(() => practice.title()).toBe('Notizen');
    await expect.poll(() => options.title()).toBe('Notizen');
    await setSettings({});
    await expect.poll(() => practice.title()).toBe('Practice');
    await expect.poll(() => frameTitles(chat)).toEqual(['A pause before replying']);
    await chat.close();
    await practice.close();
    await options.close();
  });
});

describe('quick hide on every page', () => {
  it('the Hide button on the options page closes it at once, and the practice page with it', async () => {
    const practice = await h.extensionPage('practice.html');
    await practice.getByRole('heading', { level: 1 }).waitFor();
    const options = await h.extensionPage('options.html');
    await options.getByRole('heading', { level: 1 }).waitFor();
    const optionsGone = options.waitForEvent('close', { timeout: 3000 });
    const practiceGone = practice.waitForEvent('close', { timeout: 3000 });
    await options.getByRole('button', { name: 'Hide', exact: true }).click();
    await optionsGone;
    await practiceGone;
  });

  it('the keyboard shortcut closes the options page too', async () => {
    const options = await h.extensionPage('options.html');
    await options.getByRole('heading', { level: 1 }).waitFor();
    const gone = options.waitForEvent('close', { timeout: 3000 });
    // The browser hands the shortcut to the background as its command; headless Chromium takes no browser-level
    // keys, so the command is delivered as the browser would deliver it.
    await h.inWorker(() =>
      (globalThis as unknown as { chrome: { commands: { onCommand: { dispatch(name: string): void } } } }).chrome.commands.onCommand.dispatch('quick-hide'),
    );
    await gone;
  });

  it('the practice page has its own Hide', async () => {
    const practice = await h.extensionPage('practice.html');
    await practice.getByRole('heading', { level: 1 }).waitFor();
    const gone = practice.waitForEvent('close', { timeout: 3000 });
    await practice.getByRole('button', { name: 'Hide', exact: true }).click();
    await gone;
  });

  it('the welcome page has its own Hide, and the keyboard shortcut closes it too', async () => {
    for (const how of ['button', 'shortcut'] as const) {
      const welcome = await h.extensionPage('welcome.html');
      await welcome.getByRole('heading', { level: 1 }).waitFor();
      const gone = welcome.waitForEvent('close', { timeout: 3000 });
      if (how === 'button') await welcome.getByRole('button', { name: 'Hide', exact: true }).click();
      else await h.inWorker(() => (globalThis as unknown as { chrome: { commands: { onCommand: { dispatch(name: string): void } } } }).chrome.commands.onCommand.dispatch('quick-hide'));
      await gone;
    }
  });
});
