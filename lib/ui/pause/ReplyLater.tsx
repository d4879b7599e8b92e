import type { LaterChoice } from '../../later/due';

interface Props {
  onPick: (choice: LaterChoice) => void;
  onBack: () => void;
  busy: boolean;
}

const choices: Array<[LaterChoice, string]> = [
  ['hour', 'In 1 hour'],
  ['evening', 'This evening'],
  ['morning', 'Tomorrow morning'],
  ['none', 'No reminder'],
];

/** Reply later: when would you like a gentle reminder? */
export function ReplyLater({ onPick, onBack, busy }: Props) {
  return (
    <div class="later" role="group" aria-label="When would you like a reminder?">
      <p>When would you like a gentle reminder?</p>
      <div class="actions stacked">
        {choices.map(([c, label]) => (
          <button type="button" key={c} disabled={busy} onClick={() => onPick(c)}>
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
