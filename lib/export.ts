import type { AnyNudgeKind, CustomNudge, LaterItem, Reflection } from './model';
import { feelingLabel } from './feelings';
import { kindNames } from './nudges/catalogue';
import { intlLocale, t } from './i18n';
import { adapterById } from './sites/registry';

/** Everything the person wrote or set aside, as the background hands it out. */
export interface Journal {
  reflections: Reflection[];
  later: LaterItem[];
  /** The person's own nudges and edits (Export everything). */
  nudges?: CustomNudge[];
  /** "Export everything" on the options page adds the settings. */
  settings?: Settings;
}

import { EXPORT_FORMAT, EXPORT_VERSION } from './journal/validate';
import type { Settings } from './settings-model';

export { EXPORT_FORMAT, EXPORT_VERSION };

/** Neutral file names: a date, no product or topic words. */
export function exportFileName(kind: 'json' | 'md' | 'csv', now: number): string {
  const d = new Date(now);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `notes-${day}.${kind}`;
}

/** Complete and re-importable. */
export function toJson(journal: Journal, now: number): string {
  return JSON.stringify(
    { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), ...journal },
    null,
    2,
  );
}

/** A readable journal, newest day first, in the person's language. */
export function toMarkdown(journal: Journal): string {
  const lines: string[] = [`# ${t('md.title')}`, ''];
  let day = '';
  for (const r of [...journal.reflections].sort((a, b) => b.createdAt - a.createdAt)) {
    const d = new Date(r.createdAt);
    const thisDay = d.toLocaleDateString(intlLocale(), { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
    if (thisDay !== day) {
      lines.push(`## ${thisDay}`, '');
      day = thisDay;
    }
    const bits = [d.toLocaleTimeString(intlLocale(), { hour: '2-digit', minute: '2-digit' })];
    if (r.feelings.length) bits.push(r.feelings.map(feelingLabel).join(', '));
    if (r.intensity) bits.push(t('md.strength', { n: r.intensity }));
    if (r.nudgeKind) bits.push(kindNames[r.nudgeKind as AnyNudgeKind] ?? r.nudgeKind);
    if (r.win) bits.push(t('md.win'));
    lines.push(`### ${bits.join(' · ')}`, '');
    if (r.note) lines.push(r.note, '');
    if (r.otherMind) lines.push(`*${t('md.whatElse')}* ${r.otherMind}`, '');
  }
  if (journal.reflections.length === 0) lines.push(t('md.empty'), '');
  if (journal.later.length) lines.push(`## ${t('popup.md.later')}`, '', ...[...journal.later].sort((a, b) => a.createdAt - b.createdAt).map(laterLine), '');
  return lines.join('\n');
}

/** One Later item as a Markdown list line: the site, the person's label, when, and whether it is done. */
function laterLine(l: LaterItem): string {
  const site = adapterById(l.site)?.name ?? l.site.replace(/^custom:/, '');
  const when = l.dueAt === null ? t('due.none') : new Date(l.dueAt).toLocaleString(intlLocale(), { dateStyle: 'long', timeStyle: 'short' });
  return `- ${[l.label ? `${site} — ${l.label}` : site, when, ...(l.status === 'done' ? [t('popup.md.done')] : [])].join(' · ')}`;
}

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvCell(value: string | number | boolean | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per reflection; the header and words (feelings, kinds) in the person's language, times in ISO 8601, choices as their ids. */
export function toCsv(journal: Journal): string {
  const header = (['csv.created', 'csv.site', 'csv.choice', 'csv.feelings', 'csv.strength', 'csv.kind', 'csv.win', 'csv.note', 'csv.whatElse'] as const).map((k) => csvCell(t(k)));
  const rows = journal.reflections.map((r) =>
    [
      new Date(r.createdAt).toISOString(),
      r.site,
      r.choice,
      r.feelings.map(feelingLabel).join('; '),
      r.intensity,
      // The kind by its plain name, as the card shows it ("A steady place"); the JSON file keeps the id.
      r.nudgeKind ? kindNames[r.nudgeKind as AnyNudgeKind] ?? r.nudgeKind : undefined,
      r.win ? t('csv.yes') : '',
      r.note,
      r.otherMind,
    ]
      .map(csvCell)
      .join(','),
  );
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}
