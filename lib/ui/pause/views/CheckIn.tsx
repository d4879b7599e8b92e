import { t } from '../../../i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FeelingChips } from '../../shared/FeelingChips';
import { hasWords, type CheckInValue } from '../check-in';

interface Props {
  value: CheckInValue;
  followUp?: string;
  saving: boolean;
  error?: string;
  onChange: (v: CheckInValue) => void;
  onSave: () => void;
  onBack: () => void;
  onDiscard: () => void;
}

/**
 * A short private reflection: feeling words, strength, a note. "What else could be going on?" is offered, never
 * put in front of the person: for someone taught to doubt their own reading, the question waits behind a button
 * (open at once when it already holds their words).
 */
export function CheckIn({ value, followUp, saving, error, onChange, onSave, onBack, onDiscard }: Props) {
  const [ids] = useState(() => ({ note: `note-${Math.random()}`, other: `other-${Math.random()}` }));
  const [otherOpen, setOtherOpen] = useState<'closed' | 'open' | 'asked'>(() => (value.otherMind.trim() !== '' ? 'open' : 'closed'));
  const otherField = useRef<HTMLTextAreaElement>(null);
  // Asked for: focus goes into the field, where the person chose to write (the button it replaces is gone).
  useEffect(() => {
    if (otherOpen === 'asked') otherField.current?.focus();
  }, [otherOpen]);
  return (
    <form
      class="checkin"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <fieldset>
        <legend>{t('checkin.body')}</legend>
        <FeelingChips chosen={value.feelings} onChange={(next) => onChange({ ...value, feelings: next })} />
      </fieldset>
      <fieldset>
        <legend>{t('checkin.strength')}</legend>
        <div class="scale">
          {[1, 2, 3, 4, 5].map((i) => (
            <label key={i} class="scale-item">
              <input
                type="radio"
                name="intensity"
                value={i}
                checked={value.intensity === i}
                onChange={() => onChange({ ...value, intensity: i })}
              />
              <span>{i}</span>
            </label>
          ))}
        </div>
        <p class="hint">{t('checkin.scale')}</p>
      </fieldset>
      <label for={ids.note}>{t('checkin.note')}</label>
      {followUp && (
        <p class="hint" id={`${ids.note}-hint`}>
          {followUp}
        </p>
      )}
      <textarea autocomplete="off"
        id={ids.note}
        aria-describedby={followUp ? `${ids.note}-hint` : undefined}
        rows={3}
        value={value.note}
        onInput={(e) => onChange({ ...value, note: e.currentTarget.value })}
      />
      {otherOpen !== 'closed' ? (
        <>
          <label for={ids.other}>{t('checkin.otherMind')}</label>
          <p class="hint" id={`${ids.other}-hint`}>
            {t('checkin.otherMindHint')}
          </p>
          <textarea autocomplete="off"
            id={ids.other}
            ref={otherField}
            aria-describedby={`${ids.other}-hint`}
            rows={2}
            value={value.otherMind}
            onInput={(e) => onChange({ ...value, otherMind: e.currentTarget.value })}
          />
        </>
      ) : (
        <button type="button" class="quiet offer" onClick={() => setOtherOpen('asked')}>
          {t('checkin.otherMindOffer')}
        </button>
      )}
      <button
        type="button"
        class="chip win"
        aria-pressed={value.win}
        onClick={() => onChange({ ...value, win: !value.win })}
      >
        <span class="tick" aria-hidden="true">
          ✓{' '}
        </span>
        {t('checkin.win')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {t('common.save')}
        </button>
        <button type="button" onClick={onBack}>
          {t('common.back')}
        </button>
        {hasWords(value) && (
          <button type="button" class="quiet" onClick={onDiscard}>
            {t('checkin.discard')}
          </button>
        )}
      </div>
      <p class="hint">{t('checkin.private')}</p>
    </form>
  );
}
