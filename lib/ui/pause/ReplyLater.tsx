import type { LaterChoice } from '../../later/due';

interface Props {
  onPick: (choice: LaterChoice) => void;
  onBack: () => void;
  busy: boolean;
  /** The person's usual choice (options → Reminders): offered first, with focus on it. */
  first?: LaterChoice;
}

const choices: Array<[LaterChoice, string]> = [
  ['hour', 'In 1 hour'],
  ['evening', 'This evening'],
  ['morning', 'Tomorrow morning'],
  ['none', 'No reminder'],
];

/** Reply later: when would you like a gentle reminder? */
export function ReplyLater({ onPick, onBack, busy, first = 'evening' }: Props) {
  const ordered = [...choices.filter(([c]) => c === first), ...choices.filter(([c]) => c !== first)];
  return (
    <div class="later" role="group" aria-label="When would you like a reminder?">
      <p>When would you like a gentle reminder?</p>
      <div class="actions stacked">
        {ordered.map(([c, label], i) => (
          <button type="button" key={c} disabled={busy} onClick={() => onPick(c)} data-autofocus={i === 0 ? true : undefined}>
            {label}
          </button>
        ))}
        <button type="button" class="quiet" onClick={onBack}>
          Back
        </button>
      </div>
    </div>
  );
}
