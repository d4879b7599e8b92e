import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Harness } from '../harness/browser';
import { axeViolations, browserForFile, SHOTS, startReply } from './helpers';

let h: Harness;
browserForFile((made) => (h = made));

describe('the Later list in the popup', () => {
  it('shows what was set aside, in calm words; Open opens the conversation; Done takes it off the list', async () => {
    const chat = await h.openSite('whatsapp');
    const frame = await startReply(chat);
    await frame.getByRole('button', { name: 'Reply later' }).click();
    await frame.getByRole('button', { name: 'This evening' }).click();
    await frame.getByRole('button', { name: 'Close' }).click();

    const popup = await h.openPopup();
    await popup.setViewportSize({ width: 400, height: 520 });
    // Keyboard: the tabs follow the WAI-ARIA pattern.
    await popup.getByRole('tab', { name: 'Reflections' }).focus();
    await popup.keyboard.press('ArrowRight');
    await expect(popup.getByRole('tab', { name: 'Later' }).getAttribute('aria-selected')).resolves.toBe('true');
    const item = popup.getByRole('tabpanel', { name: 'Later' }).getByRole('listitem');
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain('WhatsApp Web');
    await expect(item.textContent()).resolves.toMatch(/Today at|Tomorrow at|In \d+ minutes?/);
    expect(await item.textContent()).not.toMatch(/overdue|late|missed/i);
    await popup.screenshot({ path: join(SHOTS, 'popup-later.png') });
    expect(await axeViolations(popup.mainFrame())).toEqual([]);

    // Change time: the four calm choices; the new time shows, and the alarm moves with it.
    await item.getByRole('button', { name: 'Change time for WhatsApp Web' }).click();
    const times = popup.getByRole('group', { name: 'New time for WhatsApp Web' });
    await expect(times.getByRole('button', { name: 'In 1 hour' }).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await popup.keyboard.press('Escape');
    await expect(times.count()).resolves.toBe(0);
    await item.getByRole('button', { name: 'Change time for WhatsApp Web' }).click();
    await times.getByRole('button', { name: 'In 1 hour' }).click();
    await expect.poll(() => item.textContent()).toMatch(/In (59|60) minutes/);
    const alarm = async () =>
      (
        await h.inWorker(() =>
          (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> } } }).chrome.alarms.getAll(),
        )
      ).filter((a) => a.name.startsWith('later:'));
    const [moved] = await alarm();
    expect(Math.abs(moved!.scheduledTime - (Date.now() + 3_600_000))).toBeLessThan(60_000);
    await item.getByRole('button', { name: 'Change time for WhatsApp Web' }).click();
    await times.getByRole('button', { name: 'No reminder' }).click();
    await expect.poll(() => item.textContent()).toContain('No reminder set');
    expect(await alarm()).toEqual([]);
    await popup.reload();
    await popup.getByRole('tab', { name: 'Later' }).click();
    await expect.poll(() => item.textContent()).toContain('No reminder set');

    const opened = h.context.waitForEvent('page');
    await item.getByRole('button', { name: /^Open/ }).click();
    const tab = await opened;
    // The tab opens at the conversation's address (served by the replica, like the real site).
    await tab.waitForURL('https://web.whatsapp.com/', { timeout: 10_000 }).catch(() => undefined);
    expect([tab.url(), await tab.evaluate(() => location.href).catch(() => 'n/a')]).toContain('https://web.whatsapp.com/');
    await tab.close();

    await item.getByRole('button', { name: /^Done/ }).click();
    await popup.getByText('Nothing is waiting.').waitFor();
    const alarms = await h.inWorker(() =>
      (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<Array<{ name: string }>> } } }).chrome.alarms.getAll(),
    );
    expect(alarms.filter((a) => a.name.startsWith('later:'))).toEqual([]);
    await popup.close();
    await chat.close();
  });
});
