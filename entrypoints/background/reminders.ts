import type { browser as Browser } from 'wxt/browser';
import type { JournalDb } from '../../lib/db';
import { getLater, markReminded, pendingLater } from '../../lib/db/later';
import { t } from '../../lib/i18n';

const PREFIX = 'later:';

/** Neutral words, in the person's language: no name, no site, no product or topic words. */
export const reminderTitle = (): string => t('reminder.title');
export const reminderMessage = (): string => t('reminder.message');

/** Reminders: one alarm per pending Later item, a neutral notification when it rings. */
export function createReminders(
  browser: typeof Browser,
  db: () => Promise<JournalDb>,
  /**
   * Options → Reminders: when notifications are off, the item waits quietly in the Later list.
   * In discreet mode the notification carries a plain icon instead of the product's.
   */
  notifications: () => Promise<{ show: boolean; iconUrl?: string | undefined }> = async () => ({ show: true }),
) {
  async function schedule(id: string, dueAt: number): Promise<void> {
    await browser.alarms.create(PREFIX + id, { when: dueAt });
  }

  async function cancel(id: string): Promise<void> {
    await browser.alarms.clear(PREFIX + id);
    await browser.notifications.clear(PREFIX + id);
  }

  async function ring(alarmName: string): Promise<void> {
    if (!alarmName.startsWith(PREFIX)) return;
    const id = alarmName.slice(PREFIX.length);
    const d = await db();
    const item = await getLater(d, id);
    if (!item || item.status !== 'pending' || item.reminded) return;
    const how = await notifications();
    if (!how.show) return;
    await browser.notifications.create(PREFIX + id, {
      type: 'basic',
      iconUrl: how.iconUrl ?? browser.runtime.getURL('/icons/128.png'),
      title: reminderTitle(),
      message: reminderMessage(),
    });
    await markReminded(d, id);
  }

  async function open(notificationId: string): Promise<void> {
    if (!notificationId.startsWith(PREFIX)) return;
    const item = await getLater(await db(), notificationId.slice(PREFIX.length));
    await browser.notifications.clear(notificationId);
    if (item) await browser.tabs.create({ url: item.url });
  }

  /** Recreates alarms from the database: they survive a browser restart and a stopped worker. */
  async function rebuild(): Promise<void> {
    const items = await pendingLater(await db());
    const existing = new Set((await browser.alarms.getAll()).map((a) => a.name));
    for (const item of items) {
      if (item.dueAt === null || item.reminded || existing.has(PREFIX + item.id)) continue;
      // An alarm in the past rings at once.
      await schedule(item.id, item.dueAt);
    }
  }

  return { schedule, cancel, ring, open, rebuild };
}
