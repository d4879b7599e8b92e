const time = (t: number) => new Date(t).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });

function dayStart(t: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/**
 * A due time in friendly, calm words: "in 40 minutes", "today at 19:00",
 * "tomorrow at 9:00", "on Monday at 9:00". A time that has passed is never
 * shown as late: it is simply "whenever you are ready".
 */
export function friendlyDue(dueAt: number | null, now: number): string {
  if (dueAt === null) return 'No reminder set';
  const diff = dueAt - now;
  if (diff <= 0) return 'Whenever you are ready';
  if (diff < 60 * 60_000) {
    const minutes = Math.max(1, Math.round(diff / 60_000));
    return `In ${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  const days = Math.round((dayStart(dueAt) - dayStart(now)) / 86_400_000);
  if (days === 0) return `Today at ${time(dueAt)}`;
  if (days === 1) return `Tomorrow at ${time(dueAt)}`;
  const weekday = new Date(dueAt).toLocaleDateString(undefined, { weekday: 'long' });
  return days < 7 ? `On ${weekday} at ${time(dueAt)}` : `${new Date(dueAt).toLocaleDateString()} at ${time(dueAt)}`;
}
