import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../lib/i18n';
import { catalogues } from '../../lib/i18n/all';
import { clickComposer, launch, pauseFrame, type Harness } from '../harness/browser';
import { axeViolations, browserForFile, type G, SHOTS } from './helpers';

let h: Harness;
browserForFile((made) => (h = made), { remove: ['settings', 'snoozes', 'marks'] });

/** Chooses a language the way a person does: on the options page. */
async function choose(options: Page, language: Locale | 'auto'): Promise<void> {
  await options.locator('select:has(option[value="auto"])').selectOption(language);
}

/** Opens the card in a language (its dialog is named in that language). */
async function cardIn(chat: Page, l: Locale): Promise<Frame> {
  await h.resetCooldowns();
  await chat.bringToFront();
  await clickComposer(chat);
  await chat.keyboard.press('h');
  const frame = await pauseFrame(chat);
  await frame.getByRole('dialog', { name: catalogues[l]['card.title'] }).waitFor({ state: 'visible', timeout: 30_000 });
  return frame;
}

const nudgesIn = (l: Locale) => Object.entries(catalogues[l]).filter(([k]) => /^nudge\.[\w-]+$/.test(k)).map(([, v]) => v as string);

describe('languages', () => {
  it('the options page changes language at once, and an open chat tab’s card and the background follow without a reload', async () => {
    const chat = await h.openSite('whatsapp');
    const options = await h.extensionPage('options.html');
    // English by default: this headless Chromium's language is en-US, and the choice starts at "Same as the browser".
    await options.getByRole('heading', { name: 'Unhurried settings' }).waitFor();
    expect(await options.getByRole('combobox', { name: /^Language/ }).locator('option:checked').textContent()).toBe('Same as the browser (English)');

    await options.getByRole('combobox', { name: /^Language/ }).selectOption('es');
    await options.getByRole('heading', { name: 'Ajustes de Unhurried', level: 1 }).waitFor();
    expect(await options.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['es', 'Ajustes de Unhurried']);
    // Each language is offered by its own name, marked as that language.
    expect(await options.getByRole('combobox', { name: /^Idioma/ }).locator('option[lang="de"]').textContent()).toBe('Deutsch');
    await options.screenshot({ path: join(SHOTS, 'options-es.png'), fullPage: true });

    // The chat tab was open all along: its card now speaks Spanish.
    const frame = await cardIn(chat, 'es');
    expect(nudgesIn('es')).toContain(await frame.locator('#pause-nudge').textContent());
    await frame.getByRole('button', { name: 'Responder más tarde' }).waitFor();
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('es');
    // The frame's name for screen readers, set on the page's side by the content script from the card's own word.
    expect(await (await frame.frameElement()).getAttribute('title')).toBe('Una pausa antes de responder');
    expect(await axeViolations(frame)).toEqual([]);
    await chat.screenshot({ path: join(SHOTS, 'card-es.png') });

    // The background answers in the same language.
    const refused = await options.evaluate(() =>
      (globalThis as unknown as G).chrome.runtime.sendMessage({ type: 'later.reschedule', payload: { id: 'no-such-item', dueAt: null } }),
    );
    expect(refused).toEqual({ ok: false, error: 'Ese elemento ya no está en la lista.' });

    await chat.keyboard.press('Escape');
    await frame.getByRole('dialog').waitFor({ state: 'detached' });
    await chat.close();
    await options.close();
  });

  it('every language is complete on the card, its check-in and the popup', async () => {
    const chat = await h.openSite('whatsapp');
    const options = await h.extensionPage('options.html');
    // No rest between pauses, so the card opens again in this one conversation.
    await options.getByLabel('Rest between pauses in the same conversation').selectOption('0');
    for (const l of locales) {
      await choose(options, l);
      await expect.poll(() => options.evaluate(() => document.documentElement.lang)).toBe(l);
      const frame = await cardIn(chat, l);
      const c = catalogues[l];
      for (const name of [c['card.replyLater'], c['card.checkIn'], c['card.notNow'], c['card.ready']]) {
        await frame.getByRole('button', { name, exact: true }).waitFor();
      }
      expect(nudgesIn(l)).toContain(await frame.locator('#pause-nudge').textContent());
      // The check-in, with its feeling words.
      await frame.getByRole('button', { name: c['card.checkIn'], exact: true }).click();
      await frame.getByRole('group', { name: c['checkin.body'] }).waitFor();
      await frame.getByRole('button', { name: c['feeling.calm'], exact: true }).waitFor();
      expect(await axeViolations(frame)).toEqual([]);
      await chat.screenshot({ path: join(SHOTS, `card-checkin-${l}.png`) });
      await chat.keyboard.press('Escape');
      await frame.getByRole('dialog').waitFor({ state: 'detached' });

      const popup = await h.openPopup();
      await popup.getByRole('tab', { name: c['popup.tab.reflections'] }).waitFor();
      await popup.getByRole('tab', { name: c['popup.tab.insights'] }).click();
      await popup.getByRole('heading', { name: c['ins.thisWeek'] }).waitFor();
      await popup.getByText(c['ins.pastWeeks'].replace('{n}', '8')).waitFor();
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(l);
      if (l !== 'en') await popup.screenshot({ path: join(SHOTS, `popup-${l}.png`) });
      await popup.close();
    }
    await choose(options, 'auto');
    await options.getByRole('heading', { name: 'Unhurried settings', level: 1 }).waitFor();
    await chat.close();
    await options.close();
  });

  it('discreet mode’s neutral name is in the person’s language too', async () => {
    const options = await h.extensionPage('options.html');
    await options.getByRole('combobox', { name: /^Language/ }).selectOption('de');
    await options.getByRole('switch', { name: 'Diskreter Modus' }).check();
    const title = () => h.inWorker(() => (globalThis as unknown as G).chrome.action.getTitle({}));
    await expect.poll(title).toBe('Notizen');
    const popup = await h.openPopup();
    await expect.poll(() => popup.title()).toBe('Notizen');
    await popup.close();
    await options.getByRole('switch', { name: 'Diskreter Modus' }).uncheck();
    await expect.poll(title).toBe('Unhurried');
    await options.close();
  });
});

describe('a browser that speaks Spanish', () => {
  let es: Harness;
  beforeAll(async () => {
    es = await launch({ locale: 'es-ES' });
  });
  afterAll(async () => {
    await es?.close();
  });

  it('Unhurried speaks Spanish from the first moment, with nothing chosen; the browser shows its Spanish name and description', async () => {
    const options = await es.extensionPage('options.html');
    await options.getByRole('heading', { name: 'Ajustes de Unhurried', level: 1 }).waitFor();
    expect(await options.getByRole('combobox', { name: /^Idioma/ }).locator('option:checked').textContent()).toBe('El del navegador (Español)');
    await options.close();

    const manifest = await es.inWorker(() => {
      const m = (globalThis as unknown as G).chrome.runtime.getManifest();
      return { name: m.name, description: m.description };
    });
    expect(manifest).toEqual({ name: 'Unhurried', description: 'Una pausa amable entre un mensaje y la respuesta, en los sitios de chat que elijas.' });

    const chat = await es.openSite('whatsapp');
    await clickComposer(chat);
    await chat.keyboard.press('h');
    const frame = await pauseFrame(chat);
    await frame.getByRole('dialog', { name: 'Una pausa antes de responder' }).waitFor({ state: 'visible', timeout: 30_000 });
    expect(await (await frame.frameElement()).getAttribute('title')).toBe('Una pausa antes de responder');
    await chat.keyboard.press('Escape');
    await chat.close();
  });
});

describe('a chosen language after a browser restart', () => {
  it('is still the one chosen, in the pages and in the background', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unhurried-lang-restart-'));
    try {
      let b = await launch({ userDataDir: dir });
      const o = await b.extensionPage('options.html');
      await o.getByRole('combobox', { name: /^Language/ }).selectOption('de');
      await o.getByRole('heading', { name: 'Unhurried-Einstellungen', level: 1 }).waitFor();
      await b.close({ keepProfile: true });

      b = await launch({ userDataDir: dir });
      const again = await b.extensionPage('options.html');
      await again.getByRole('heading', { name: 'Unhurried-Einstellungen', level: 1 }).waitFor();
      expect(await again.getByRole('combobox', { name: /^Sprache/ }).inputValue()).toBe('de');
      const popup = await b.openPopup();
      await popup.getByRole('tab', { name: 'Einträge' }).waitFor();
      const refused = await popup.evaluate(() =>
        (globalThis as unknown as G).chrome.runtime.sendMessage({ type: 'later.reschedule', payload: { id: 'no-such-item', dueAt: null } }),
      );
      expect(refused).toEqual({ ok: false, error: 'Dieses Element steht nicht mehr auf der Liste.' });
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
