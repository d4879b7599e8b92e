import { intlLocale, t } from '../../i18n';
import { useState } from 'preact/hooks';
import { feelingLabel } from '../../feelings';
import { FeelingChips } from '../shared/FeelingChips';
import { kindNames } from '../../nudges/catalogue';
import type { AnyNudgeKind, Reflection } from '../../model';
import { siteName } from '../shared/site-name';
import { useWords } from './words';

/** Notes longer than this (or with more lines) are clamped, with "Show more". */
const CLAMP_CHARS = 220;
const CLAMP_LINES = 4;


interface Props {
  r: Reflection;
  onSave: (note: string, feelings: string[]) => Promise<void>;
  onDelete: () => void;
}

const time = (at: number) => new Date(at).toLocaleTimeString(intlLocale(), { hour: '2-digit', minute: '2-digit' });

/** One reflection: what was felt and noted; edit it, or delete it (with Undo). */
export function ReflectionItem({ r, onSave, onDelete }: Props) {
  const { w } = useWords();
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
            () => setError(t('refl.saveFailed')),
          );
        }}
      >
        <fieldset>
          <legend>{t('refl.feelings')}</legend>
          <FeelingChips chosen={chosen} onChange={setChosen} />
        </fieldset>
        <label for={noteId}>{t('checkin.note')}</label>
        <textarea autocomplete="off" id={noteId} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary">
            {t('common.save')}
          </button>
          <button
            type="button"
            onClick={() => {
              setNote(r.note);
              setChosen(r.feelings);
              setEditing(false);
            }}
          >
            {t('common.cancel')}
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
        {w(`choice.${r.choice}`)}
        {r.nudgeKind ? ` · ${kindNames[r.nudgeKind as AnyNudgeKind] ?? r.nudgeKind}` : ''}
      </p>
      {(r.feelings.length > 0 || r.intensity) && (
        <p class="feelings">
          {r.feelings.map(feelingLabel).join(', ')}
          {r.intensity ? <span class="strength">{`${r.feelings.length ? ' · ' : ''}${t('refl.strength', { n: r.intensity })}`}</span> : null}
        </p>
      )}
      {r.win && (
        <p class="win">
          <span aria-hidden="true">✦ </span>
          {t('refl.win')}
        </p>
      )}
      <div id={bodyId}>
        {r.note && <p class={long && !expanded ? 'note clamped' : 'note'}>{r.note}</p>}
        {r.otherMind && (!long || expanded) && <p class="other">{t('refl.whatElse', { text: r.otherMind })}</p>}
      </div>
      <div class="item-actions">
        {long && (
          <button type="button" class="quiet" aria-expanded={expanded} aria-controls={bodyId} onClick={() => setExpanded((x) => !x)}>
            {expanded ? t('refl.showLess') : t('refl.showMore')}
          </button>
        )}
        <button type="button" class="quiet" onClick={() => setEditing(true)}>
          {t('common.edit')}
        </button>
        <button type="button" class="quiet" onClick={onDelete}>
          {t('common.delete')}
        </button>
      </div>
    </article>
  );
}
