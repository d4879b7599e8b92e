import { t } from '../../i18n';
import { useState } from 'preact/hooks';
import { exportFileName, toCsv, toJson, toMarkdown, type Journal } from '../../export';

interface Props {
  load: () => Promise<Journal>;
  /** Saves a file the person downloads (a Blob link in the extension page). */
  save: (name: string, type: string, text: string) => void;
  now?: () => number;
  /** With the passphrase lock on, the complete (JSON) export is made encrypted from the settings page instead. */
  lockOn?: boolean;
}

const formats = [
  { kind: 'json', label: 'export.json', type: 'application/json', make: toJson },
  { kind: 'md', label: 'export.md', type: 'text/markdown', make: (j: Journal) => toMarkdown(j) },
  { kind: 'csv', label: 'export.csv', type: 'text/csv', make: (j: Journal) => toCsv(j) },
] as const;

/** "Export": everything, in the format the person chooses, under a neutral file name. */
export function ExportMenu({ load, save, now = Date.now, lockOn = false }: Props) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  return (
    <div class="export">
      <button type="button" aria-expanded={open} aria-controls="export-choices" onClick={() => setOpen(!open)}>
        {t('export.button')}
      </button>
      {open && (
        <div id="export-choices" role="group" aria-label={t('export.as')} class="actions stacked">
          {lockOn && (
            <p class="hint">{t('export.lockHint')}</p>
          )}
          {formats
            .filter((f) => !lockOn || f.kind !== 'json')
            .map((f) => (
            <button
              type="button"
              key={f.kind}
              onClick={() =>
                void load().then(
                  (journal) => {
                    const name = exportFileName(f.kind, now());
                    save(name, f.type, f.make(journal, now()));
                    setMessage(t('export.saved', { file: name }));
                    setOpen(false);
                  },
                  () => setMessage(t('export.failed')),
                )
              }
            >
              {t(f.label)}
            </button>
          ))}
        </div>
      )}
      <p class="hint" role="status">
        {message}
      </p>
    </div>
  );
}
