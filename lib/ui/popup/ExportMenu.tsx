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
  { kind: 'json', label: 'JSON (complete, can be imported again)', type: 'application/json', make: toJson },
  { kind: 'md', label: 'Markdown (a readable journal)', type: 'text/markdown', make: (j: Journal) => toMarkdown(j) },
  { kind: 'csv', label: 'CSV (for a spreadsheet)', type: 'text/csv', make: (j: Journal) => toCsv(j) },
] as const;

/** "Export": everything, in the format the person chooses, under a neutral file name. */
export function ExportMenu({ load, save, now = Date.now, lockOn = false }: Props) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  return (
    <div class="export">
      <button type="button" aria-expanded={open} aria-controls="export-choices" onClick={() => setOpen(!open)}>
        Export
      </button>
      {open && (
        <div id="export-choices" role="group" aria-label="Export as" class="actions stacked">
          {lockOn && (
            <p class="hint">
              With the lock on, the complete file is made encrypted in Settings → Your data. Markdown and CSV below can be read
              by anyone who opens them.
            </p>
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
                    setMessage(`Saved as ${name}.`);
                    setOpen(false);
                  },
                  () => setMessage('That could not be exported just now. Nothing was changed.'),
                )
              }
            >
              {f.label}
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
