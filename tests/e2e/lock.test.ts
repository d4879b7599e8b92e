import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launch, withAllSites, type Harness } from '../harness/browser';
import { axeViolations, browserForFile, type G, pageLog, SHOTS, startReply } from './helpers';

let h: Harness;
browserForFile((made) => (h = made));

/** Everything in the journal's IndexedDB, read raw (test code on an extension page of the same origin). */
async function rawJournal(): Promise<string> {
  const page = await h.extensionPage('options.html');
  const text = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('unhurried-journal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const out: Record<string, unknown> = {};
          for (const n of names) {
            const req = tx.objectStore(n).getAll();
            req.onsuccess = () => (out[n] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(out));
          };
        };
      }),
  );
  await page.close();
  return text;
}

async function checkIn(chat: Page, note: string) {
  await h.resetCooldowns();
  const frame = await startReply(chat);
  await frame.getByRole('button', { name: 'Check in' }).click();
  await frame.getByRole('button', { name: 'Tense' }).click();
  await frame.getByLabel('Note').fill(note);
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.getByText('Kept on this device').waitFor();
  await frame.getByRole('button', { name: 'Close' }).click();
}

describe('the passphrase lock in the real browser', () => {
  it('off: words are stored as written; on: encrypted at rest, a check-in saved while locked, unlocked and read', async () => {
    await h.inWorker((settings) => (globalThis as unknown as G).chrome.storage.local.set({ settings }), withAllSites({ cooldownMinutes: 0 }));
    const chat = await h.openSite('whatsapp');
    await checkIn(chat, 'words before any lock');
    expect(await rawJournal()).toContain('words before any lock');

    const options = await h.extensionPage('options.html');
    await options.getByLabel('Passphrase', { exact: true }).fill('river stones at dusk');
    await options.getByLabel('The same passphrase again').fill('river stones at dusk');
    await options.getByRole('button', { name: 'Turn on the lock' }).click();
    await options.getByText('The lock is on. Your reflections and your own nudges are now encrypted', { exact: false }).waitFor();
    await options.locator('#privacy').locator('xpath=..').screenshot({ path: join(SHOTS, 'options-lock.png') });
    const raw = await rawJournal();
    expect(raw).not.toContain('words before any lock');
    expect(raw).not.toContain('river stones');
    expect(raw).toContain('"sealed"');

    // Lock now, from the popup: only the unlock form.
    let popup = await h.openPopup();
    await popup.getByRole('button', { name: 'Lock now' }).click();
    await popup.getByLabel('Passphrase').waitFor();
    expect(await popup.getByRole('tab').count()).toBe(0);
    expect(await popup.locator('body').textContent()).not.toContain('words before any lock');
    await popup.screenshot({ path: join(SHOTS, 'popup-locked.png') });
    expect(await axeViolations(popup.mainFrame())).toEqual([]);

    // The card keeps working while locked; the page sees none of it; the store holds only ciphertext.
    await chat.bringToFront();
    await checkIn(chat, 'written while it was locked');
    expect(await pageLog(chat)).not.toContain('written while it was locked');
    expect(await rawJournal()).not.toContain('written while it was locked');

    await popup.bringToFront();
    await popup.getByLabel('Passphrase').fill('not the passphrase');
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await popup.getByRole('alert').getByText('did not unlock', { exact: false }).waitFor();
    await popup.getByLabel('Passphrase').fill('river stones at dusk');
    await popup.getByRole('button', { name: 'Unlock' }).click();
    const list = popup.getByRole('tabpanel', { name: 'Reflections' });
    await list.getByText('written while it was locked').waitFor();
    await list.getByText('words before any lock').waitFor();
    // With the lock on, the popup offers no plain complete export (that one is encrypted, in the settings).
    await popup.getByRole('button', { name: 'Export', exact: true }).click();
    await popup.getByText('the complete file is made encrypted', { exact: false }).waitFor();
    expect(await popup.getByRole('button', { name: /^JSON/ }).count()).toBe(0);
    await popup.close();

    // Nothing secret in storage.local; the unlocked key only in storage.session.
    const local = await h.inWorker(() => (globalThis as unknown as G).chrome.storage.local.get(null));
    expect(JSON.stringify(local)).not.toMatch(/river stones|written while|words before/);
    const session = await h.inWorker(() => (globalThis as unknown as G).chrome.storage.session.get(null));
    expect(Object.keys(session)).toContain('lockKek');

    // Lock now from the options page: the popup asks again.
    await options.bringToFront();
    await options.getByRole('button', { name: 'Lock now' }).click();
    await options.getByLabel('Passphrase', { exact: true }).waitFor();
    popup = await h.openPopup();
    await popup.getByLabel('Passphrase').waitFor();
    await popup.close();
    await options.close();
    await chat.close();
  });

  it('a message forged from the content script\'s own world asking for reflections is refused', async () => {
    const chat = await h.openSite('whatsapp');
    const cdp = await h.context.newCDPSession(chat);
    const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as never));
    await cdp.send('Runtime.enable');
    await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.name === 'Unhurried'), { timeout: 5000 }).toBe(true);
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Unhurried')!;
    for (const type of ['reflections.query', 'journal.export', 'lock.unlock', 'nudges.list']) {
      const payload = type === 'reflections.query' ? '{ query: {}, limit: 5 }' : type === 'lock.unlock' ? "{ passphrase: 'x' }" : 'null';
      const r = await cdp.send('Runtime.evaluate', {
        contextId: world.id,
        expression: `chrome.runtime.sendMessage({ type: '${type}', payload: ${payload} })`,
        awaitPromise: true,
        returnByValue: true,
      });
      expect(r.result.value, type).toEqual({ ok: false, error: 'Not allowed from this sender' });
    }
    // And the page itself cannot reach the extension at all.
    const fromPage = await chat.evaluate(() => typeof (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage);
    expect(fromPage).toBe('undefined');
    await chat.close();
  });

  it('locks by itself after the idle minutes (the alarm), and after a browser restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unhurried-lock-'));
    try {
      let b = await launch({ userDataDir: dir });
      const options = await b.extensionPage('options.html');
      await options.getByLabel('Passphrase', { exact: true }).fill('a calm long passphrase');
      await options.getByLabel('The same passphrase again').fill('a calm long passphrase');
      await options.getByRole('button', { name: 'Turn on the lock' }).click();
      await options.getByLabel('Lock again after').selectOption('5');
      const popup = await b.openPopup();
      await popup.getByRole('tab', { name: 'Reflections' }).waitFor();
      // Each use restarts the idle timer.
      const alarm = await b.inWorker(() => (globalThis as unknown as G).chrome.alarms.get('autolock'));
      expect(alarm?.scheduledTime ?? 0).toBeGreaterThan(Date.now() + 4 * 60_000);
      // Make the idle time pass: the alarm rings (nothing else may touch the journal meanwhile).
      await b.inWorker(() => (globalThis as unknown as G).chrome.alarms.create('autolock', { when: Date.now() + 100 }));
      await expect.poll(() => b.inWorker(() => (globalThis as unknown as G).chrome.storage.session.get('lockKek')), { timeout: 5000 }).toEqual({});
      expect(await options.evaluate(() => (globalThis as unknown as G).chrome.runtime.sendMessage({ type: 'lock.status', payload: null }))).toEqual({
        ok: true,
        value: { enabled: true, locked: true },
      });
      await popup.close();
      await b.close({ keepProfile: true });

      // A new browser session: unlocked state does not survive it.
      b = await launch({ userDataDir: dir });
      const again = await b.openPopup();
      await again.getByLabel('Passphrase').fill('a calm long passphrase');
      await again.getByRole('button', { name: 'Unlock' }).click();
      await again.getByRole('tab', { name: 'Reflections' }).waitFor();
      await b.close({ keepProfile: true });
      b = await launch({ userDataDir: dir });
      const third = await b.openPopup();
      await third.getByLabel('Passphrase').waitFor();
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
