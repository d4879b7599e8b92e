import { feelings } from '../../feelings';

interface Props {
  chosen: readonly string[];
  onChange: (next: string[]) => void;
}

/** The feeling words as toggle buttons (aria-pressed); the check mark is decoration, outside the name. */
export function FeelingChips({ chosen, onChange }: Props) {
  return (
    <div class="chips">
      {feelings.map((f) => (
        <button
          type="button"
          key={f.id}
          class="chip"
          aria-pressed={chosen.includes(f.id)}
          onClick={() => onChange(chosen.includes(f.id) ? chosen.filter((x) => x !== f.id) : [...chosen, f.id])}
        >
          <span class="tick" aria-hidden="true">
            ✓{' '}
          </span>
          {f.label}
        </button>
      ))}
    </div>
  );
}
