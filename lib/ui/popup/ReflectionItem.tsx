import { useState } from 'preact/hooks';
import type { Reflection } from '../../db/schema';
import { feelingLabel } from '../../feelings';
import { FeelingChips } from '../FeelingChips';
import { kindNames, type AnyNudgeKind } from '../../nudges/catalogue';
import { siteName } from './site-name';

/** Notes longer than this (or with more lines) are clamped, with "Show more". */
const CLAMP_CHARS = 220;
const CLAMP_LINES = 4;

/** The person's choice in plain words. */
export const choiceWords: Record<Reflection['choice'], string> = {
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

const time = (t: number) => new Date(t).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/** One reflection: what was felt and noted; edit it, or delete it (with Undo). */
export function ReflectionItem({ r, onSave, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(r.note);
  const [chosen, setChosen] = useState<string[]>(r.feelings);
  const [error, setError] = useState('');
  const [expanded, setExpanded] = useState(false);
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

  const long = r.note.length > CLAMP_CHARS || r.note.split('\n').length > CLAMP_LINES;
  const bodyId = `body-${r.id}`;
  return (
    <article aria-label={`${time(r.createdAt)}, ${siteName(r.site)}`}>
      <p class="meta">
        <span class="when">{time(r.createdAt)}</span>
        {' · '}
        {siteName(r.site)}
        {' · '}
        {choiceWords[r.choice]}
        {r.nudgeKind ? ` · ${kindNames[r.nudgeKind as AnyNudgeKind] ?? r.nudgeKind}` : ''}
      </p>
      {(r.feelings.length > 0 || r.intensity) && (
        <p class="feelings">
          {r.feelings.map(feelingLabel).join(', ')}
          {r.intensity ? <span class="strength">{`${r.feelings.length ? ' · ' : ''}strength ${r.intensity} of 5`}</span> : null}
        </p>
      )}
      {r.win && (
        <p class="win">
          <span aria-hidden="true">✦ </span>A small win
        </p>
      )}
      <div id={bodyId}>
        {r.note && <p class={long && !expanded ? 'note clamped' : 'note'}>{r.note}</p>}
        {r.otherMind && (!long || expanded) && <p class="other">What else: {r.otherMind}</p>}
      </div>
      <div class="item-actions">
        {long && (
          <button type="button" class="quiet" aria-expanded={expanded} aria-controls={bodyId} onClick={() => setExpanded((x) => !x)}>
            {expanded ? 'Show less' : 'Show more'}
          </button>
        )}
        <button type="button" class="quiet" onClick={() => setEditing(true)}>
          Edit
        </button>
        <button type="button" class="quiet" onClick={onDelete}>
          Delete
        </button>
      </div>
    </article>
  );
}
