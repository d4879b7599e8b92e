import { useState } from 'preact/hooks';
import type { Reflection } from '../../db/schema';
import { feelingLabel } from '../../feelings';
import { FeelingChips } from '../FeelingChips';
import { kindNames, type NudgeKind } from '../../nudges/catalogue';

const choiceWords: Record<Reflection['choice'], string> = {
  ready: 'Replied when ready',
  later: 'Replying later',
  'not-now': 'Not now',
  'check-in': 'Checked in',
  sent: 'Sent',
  'draft-kept': 'Kept as draft',
};

interface Props {
  r: Reflection;
  onSave: (note: string, feelings: string[]) => Promise<void>;
  onDelete: () => void;
}

/** One reflection: what was felt and noted; edit it, or delete it (with Undo). */
export function ReflectionItem({ r, onSave, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(r.note);
  const [chosen, setChosen] = useState<string[]>(r.feelings);
  const [error, setError] = useState('');
  const noteId = `note-${r.id}`;

  if (editing) {
    return (
      <form
        class="edit"
        onSubmit={(e) => {
          e.preventDefault();
          onSave(note, chosen).then(
            () => setEditing(false),
            () => setError('This could not be saved just now. Your words are still here; you can try again.'),
          );
        }}
      >
        <fieldset>
          <legend>Feelings</legend>
          <FeelingChips chosen={chosen} onChange={setChosen} />
        </fieldset>
        <label for={noteId}>Note</label>
        <textarea id={noteId} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary">
            Save
          </button>
          <button
            type="button"
            onClick={() => {
              setNote(r.note);
              setChosen(r.feelings);
              setEditing(false);
            }}
          >
            Cancel
          </button>
        </div>
      </form>
    );
  }

  return (
    <>
      <p class="meta">
        {new Date(r.createdAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}
        {' · '}
        {choiceWords[r.choice]}
        {r.nudgeKind ? ` · ${kindNames[r.nudgeKind as NudgeKind] ?? r.nudgeKind}` : ''}
        {r.intensity ? ` · strength ${r.intensity} of 5` : ''}
        {r.win ? ' · a small win' : ''}
      </p>
      {r.feelings.length > 0 && <p class="feelings">{r.feelings.map(feelingLabel).join(', ')}</p>}
      {r.note && <p class="note">{r.note}</p>}
      {r.otherMind && <p class="other">What else: {r.otherMind}</p>}
      <div class="item-actions">
        <button type="button" class="quiet" onClick={() => setEditing(true)}>
          Edit
        </button>
        <button type="button" class="quiet" onClick={onDelete}>
          Delete
        </button>
      </div>
    </>
  );
}
