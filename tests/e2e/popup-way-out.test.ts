import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickComposer, withAllSites, type Harness } from '../harness/browser';
import { importThroughBackground, journalFile } from '../harness/journal';
import { SETTINGS_VERSION, type Settings } from '../../lib/settings-model';
import { axeViolations, browserForFile, type G, SHOTS, visibleCard } from './helpers';

/**
 * The popup's way out: resting everywhere and back in one action, the settings one click away, and both still
 * there while the journal is locked; discreet mode's neutral words; Export and Settings above a long list; a
 * private label on a Later item. Tests run in order in one browser: the journal starts empty, the lock comes last.
 */

let h: Harness;
browserForFile((made) => (h = made), { remove: ['settings', 'snoozes', 'marks'] });

/** Writes settings as today's shape (so no migration rewrites them), with no cooldown. */
async function settings(over: Partial<Settings> = {}): Promise<void> {
  await h.inWorker(
    ([s, v]) => (globalThis as unknown as G).chrome.storage.local.set({ settings: s, settings$: { v } }),
    [withAllSites({ cooldownMinutes: 0, ...over }), SETTINGS_VERSION] as const,
  );
}

/** Types in the chat's composer and says whether the Pause card came (closing it again). */
async function cardOpens(chat: Page): Promise<boolean> {
  await h.resetCooldowns();
  await chat.bringToFront();
  const composer = chat.locator('footer [contenteditable="true"]');
  await composer.evaluate((el) => (el.textContent = ''));
  // Emptied and left, then clicked: a new reply (the reply that already had its card is never paused again).
  await clickComposer(chat);
  await chat.keyboard.press('h');
  const frame = await visibleCard(chat, 1500).catch(() => null);
  if (!frame) return false;
  await chat.keyboard.press('Escape');
  await frame.getByRole('dialog').waitFor({ state: 'detached' });
  return true;
}

const snoozes = () => h.inWorker(async () => (await (globalThis as unknown as G).chrome.storage.local.get('snoozes'))['snoozes'] as Record<string, unknown> | undefined);

/** Everything a person (or a screen reader) can read in the popup: its text, its title, its elements' names. */
const readable = (popup: Page) =>
  popup.evaluate(() =>
    [
      document.title,
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((el) =>
        ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''),
      ),
    ].join('\n'),
  );
/** Words that would tell an onlooker what this is. */
const telling = /unhurried|reflection|insight|pause|whatsapp|repl(y|ies)|check-in|journal/i;

describe('the popup in discreet mode', () => {
  it('shows no telling word in any tab, nor in its title or its elements\' names', async () => {
    await settings({ privacy: { discreet: true, lockAfterMinutes: 15 } });
    const chat = await h.openSite('whatsapp');
    expect(await cardOpens(chat)).toBe(true); // one pause, so the overview has something to show
    const popup = await h.openPopupWindow();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByRole('heading', { level: 1, name: 'Notes' }).waitFor();
    await popup.getByRole('switch', { name: 'Active on this page' }).waitFor();
    await popup.getByText('Nothing here yet.', { exact: false }).waitFor();
    const seen: string[] = [await readable(popup)];
    await popup.screenshot({ path: join(SHOTS, 'popup-discreet-words.png') });
    await popup.getByRole('tab', { name: 'Later' }).click();
    await popup.getByText('Nothing is waiting.', { exact: false }).waitFor();
    seen.push(await readable(popup));
    await popup.getByRole('tab', { name: 'Overview' }).click();
    await popup.getByText('1 moment').waitFor();
    seen.push(await readable(popup));
    await popup.screenshot({ path: join(SHOTS, 'popup-discreet-overview.png') });
    // Quieting this page and everything, and what the popup says then.
    await popup.getByRole('button', { name: 'For 1 hour' }).first().click();
    await popup.getByRole('group', { name: 'Quiet everywhere:' }).getByRole('button', { name: 'For 1 hour' }).click();
    await popup.getByText(/^Quiet everywhere until/).waitFor();
    seen.push(await readable(popup));
    expect(seen.join('\n').match(new RegExp(telling, 'gi')) ?? []).toEqual([]);
    expect(await axeViolations(popup.mainFrame())).toEqual([]);
    await popup.close();
    await chat.close();
  });
});

describe('Rest everywhere, and the settings, from the popup', () => {
  it('rests every site for an hour, shows until when, and "Pause again" brings the card back', async () => {
    await settings();
    const chat = await h.openSite('whatsapp');
    expect(await cardOpens(chat)).toBe(true);
    let popup = await h.openPopupWindow();
    const rest = popup.getByRole('group', { name: 'Rest everywhere:' });
    await rest.getByRole('button', { name: 'For 1 hour' }).click();
    await popup.getByText(/^Unhurried is resting everywhere until \d/).waitFor();
    // Focus moves to the way back; a screen reader hears where things stand.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Pause again');
    await expect(popup.getByRole('status').filter({ hasText: 'resting everywhere' }).count()).resolves.toBe(1);
    const until = (await snoozes())?.['*'] as number;
    expect(until - Date.now()).toBeGreaterThan(58 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(60 * 60_000);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.screenshot({ path: join(SHOTS, 'popup-resting-everywhere.png') });
    await popup.close();
    expect(await cardOpens(chat)).toBe(false);

    popup = await h.openPopupWindow();
    await popup.getByRole('button', { name: 'Pause again' }).click();
    await popup.getByRole('group', { name: 'Rest everywhere:' }).waitFor();
    expect((await snoozes())?.['*']).toBeUndefined();
    await popup.close();
    expect(await cardOpens(chat)).toBe(true);
    await chat.close();
  });

  it('"Until I turn it back on" rests with no end, by keyboard alone; the site\'s own snooze is kept beside it', async () => {
    await settings();
    const chat = await h.openSite('whatsapp');
    const popup = await h.openPopupWindow();
    await popup.getByRole('region', { name: 'Unhurried on WhatsApp Web' }).getByRole('button', { name: 'For today' }).click();
    const choice = popup.getByRole('button', { name: 'Until I turn it back on' });
    await choice.waitFor();
    // Reached with Tab from the top of the popup, chosen with Enter.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 20 && !(await choice.evaluate((el) => el === document.activeElement)); i++) await popup.keyboard.press('Tab');
    await popup.keyboard.press('Enter');
    await popup.getByText('Unhurried is resting everywhere until you turn it back on.').waitFor();
    const stored = await snoozes();
    expect(stored?.['*']).toBe('never');
    expect(typeof stored?.['whatsapp']).toBe('number'); // written first, kept when everywhere was written
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Pause again');
    await popup.keyboard.press('Enter');
    await popup.getByRole('group', { name: 'Rest everywhere:' }).waitFor();
    expect(await snoozes()).toEqual({ whatsapp: stored?.['whatsapp'] });
    await popup.close();
    await chat.close();
  });

  it('the Settings button (top right, by keyboard too) opens the settings', async () => {
    const popup = await h.openPopupWindow();
    const button = popup.getByRole('button', { name: 'Settings', exact: true });
    for (let i = 0; i < 5 && !(await button.evaluate((el) => el === document.activeElement)); i++) await popup.keyboard.press('Tab');
    await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const optionsTab = () => h.context.pages().find((p) => p.url().includes('/options.html'));
    expect(optionsTab()).toBeUndefined();
    // The popup closes as the settings open (Enter acts on key down), so the key's release has nowhere to go.
    await popup.keyboard.down('Enter').catch(() => undefined);
    await expect.poll(optionsTab, { timeout: 10_000 }).toBeTruthy();
    const options = optionsTab()!;
    await options.getByRole('heading', { name: 'Unhurried settings', level: 1 }).waitFor();
    await options.close();
  });
});

describe('with hundreds of reflections', () => {
  it('Export and the settings are at the top, in the first view', async () => {
    expect((await importThroughBackground(h, journalFile(300))).ok).toBe(true);
    const popup = await h.openPopupWindow();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.locator('.reflection').nth(10).waitFor();
    for (const name of ['Export', 'Settings', 'Hide']) {
      const box = await popup.getByRole('button', { name, exact: true }).boundingBox();
      expect(box!.y + box!.height, name).toBeLessThanOrEqual(600);
    }
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(1200);
    await popup.close();
  });
});

describe('a private label on a Later item', () => {
  it('told apart by its label: set inline by keyboard, kept out of form restore, named for screen readers', async () => {
    const now = Date.now();
    const item = (id: string, minutes: number) => ({ id, createdAt: now, dueAt: now + minutes * 60_000, site: 'whatsapp', url: 'https://web.whatsapp.com/', status: 'pending', reminded: false });
    const file = JSON.stringify({ format: 'unhurried-journal', version: 1, reflections: [], later: [item('two-a', 30), item('two-b', 90)] });
    expect((await importThroughBackground(h, file)).ok).toBe(true);
    const popup = await h.openPopupWindow();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByRole('tab', { name: 'Later' }).click();
    const add = popup.getByRole('button', { name: 'Add a label to WhatsApp Web' });
    await expect(add.count()).resolves.toBe(2);
    await add.first().focus();
    await popup.keyboard.press('Enter');
    const field = popup.getByLabel('Label, only for you');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(field.getAttribute('autocomplete')).resolves.toBe('off');
    await expect(field.getAttribute('maxlength')).resolves.toBe('200');
    await popup.keyboard.type('Mum, about Sunday');
    await popup.keyboard.press('Enter');
    await popup.getByText('Label saved.').waitFor();
    await popup.locator('.later-label', { hasText: 'Mum, about Sunday' }).waitFor();
    // The two are told apart by name now, and focus came back to the button that opened the field.
    await popup.getByRole('button', { name: 'Open WhatsApp Web: Mum, about Sunday' }).waitFor();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Change the label of WhatsApp Web: Mum, about Sunday');
    await popup.screenshot({ path: join(SHOTS, 'popup-later-label.png') });
    expect(await axeViolations(popup.mainFrame())).toEqual([]);
    // Escape leaves a label unchanged.
    await popup.keyboard.press('Enter');
    await popup.keyboard.type(' and more');
    await popup.keyboard.press('Escape');
    await popup.locator('.later-label', { hasText: /^Mum, about Sunday$/ }).waitFor();
    await popup.close();
  });
});

describe('the locked popup', () => {
  it('still hides, still quiets this site and everything; only the journal waits for the passphrase', async () => {
    await settings();
    const options = await h.extensionPage('options.html');
    const enabled = await options.evaluate(() =>
      (globalThis as unknown as G).chrome.runtime.sendMessage({ type: 'lock.enable', payload: { passphrase: 'river stones at dusk' } }),
    );
    expect(enabled).toMatchObject({ ok: true });
    await options.evaluate(() => (globalThis as unknown as G).chrome.runtime.sendMessage({ type: 'lock.lock', payload: null }));
    await options.close();

    const chat = await h.openSite('whatsapp');
    let popup = await h.openPopupWindow();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByLabel('Passphrase').waitFor();
    // The journal waits: no tabs, no export, none of the person's words.
    expect(await popup.getByRole('tab').count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Export', exact: true }).count()).toBe(0);
    expect(await popup.locator('body').innerText()).not.toMatch(/Mum, about Sunday|Felt the old knot/);
    // The way out is all there.
    const site = popup.getByRole('region', { name: 'Unhurried on WhatsApp Web' });
    await site.getByRole('switch', { name: 'Active on WhatsApp Web' }).waitFor();
    await popup.screenshot({ path: join(SHOTS, 'popup-locked-way-out.png') });
    expect(await axeViolations(popup.mainFrame())).toEqual([]);
    await site.getByRole('button', { name: 'For 1 hour' }).click();
    await site.getByText(/^Resting until/).waitFor();
    expect(typeof (await snoozes())?.['whatsapp']).toBe('number');
    await popup.getByRole('group', { name: 'Rest everywhere:' }).getByRole('button', { name: 'For today' }).click();
    await popup.getByText(/resting everywhere until 0?5:00/).waitFor();
    await popup.close();
    expect(await cardOpens(chat)).toBe(false);

    popup = await h.openPopupWindow();
    await popup.getByRole('button', { name: 'Pause again' }).click();
    await popup.getByRole('region', { name: 'Unhurried on WhatsApp Web' }).getByRole('button', { name: 'Pause here again' }).click();
    await popup.getByRole('group', { name: 'Rest everywhere:' }).waitFor();
    await popup.close();
    expect(await cardOpens(chat)).toBe(true);

    // Discreet and locked: neutral words there too.
    await settings({ privacy: { discreet: true, lockAfterMinutes: 15 } });
    popup = await h.openPopupWindow();
    await popup.getByText('Your notes are locked.').waitFor();
    await popup.locator('summary').click();
    expect((await readable(popup)).match(new RegExp(telling, 'gi')) ?? []).toEqual([]);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.screenshot({ path: join(SHOTS, 'popup-locked-discreet.png') });
    await popup.close();

    // Hide, while locked: the popup closes at once.
    popup = await h.openPopupWindow();
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Hide', exact: true }).click();
    await closed;
    await chat.close();
  });
});
