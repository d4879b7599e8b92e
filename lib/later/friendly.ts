import { intlLocale, t, tn } from '../i18n';

const time = (at: number) => new Date(at).toLocaleTimeString(intlLocale(), { hour: 'numeric', minute: '2-digit' });

function dayStart(at: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/**
 * A due time in friendly, calm words, in the person's language: "in 40 minutes", "today at 19:00",
 * "tomorrow at 9:00", "on Monday at 9:00". A time that has passed is never
 * shown as late: it is simply "whenever you are ready".
 */
export function friendlyDue(dueAt: number | null, now: number): string {
  const words = dueWords(dueAt, now);
  // A weekday opens the line in some languages ("lundi à 9:00"): a line starts with a capital.
  return words.charAt(0).toLocaleUpperCase(intlLocale()) + words.slice(1);
}

function dueWords(dueAt: number | null, now: number): string {
  if (dueAt === null) return t('due.none');
  const diff = dueAt - now;
  if (diff <= 0) return t('due.ready');
  if (diff < 60 * 60_000) return tn('due.minutes', Math.max(1, Math.round(diff / 60_000)));
  const days = Math.round((dayStart(dueAt) - dayStart(now)) / 86_400_000);
  if (days === 0) return t('due.today', { time: time(dueAt) });
  if (days === 1) return t('due.tomorrow', { time: time(dueAt) });
  if (days < 7) return t('due.weekday', { day: new Date(dueAt).toLocaleDateString(intlLocale(), { weekday: 'long' }), time: time(dueAt) });
  return t('due.date', { date: new Date(dueAt).toLocaleDateString(intlLocale()), time: time(dueAt) });
}
