import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { LABEL_MAX_CHARS } from '../../model';

interface Props {
  /** The Later item's id (the field's id is made from it). */
  id: string;
  initial: string;
  /** Saves the label ('' removes it); a rejection keeps the form open with the words in it. */
  save: (label: string) => Promise<void>;
  /** Closes the form (after Save, Cancel or Escape). */
  close: () => void;
}

/**
 * A Later item's private label, edited in place: one field, Save and Cancel. Enter saves, Escape cancels. The field
 * stays out of the browser's form restore and spellchecking services (the person's own words).
 */
export function LabelEditor({ id, initial, save, close }: Props) {
  const [label, setLabel] = useState(initial);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const field = `label-${id}`;
  const input = useRef<HTMLInputElement>(null);
  // Focus goes to the field as it opens (autofocus applies only once per page).
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="label-form"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        save(label.trim()).then(close, () => {
          setError(t('popup.label.failed'));
          setBusy(false);
        });
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        close();
      }}
    >
      <label for={field}>{t('popup.label.field')}</label>
      <input
        id={field}
        type="text"
        value={label}
        maxLength={LABEL_MAX_CHARS}
        autoComplete="off"
        spellcheck={false}
        ref={input}
        aria-describedby={`${field}-hint`}
        onInput={(e) => setLabel(e.currentTarget.value)}
      />
      <p class="hint" id={`${field}-hint`}>
        {t('popup.label.hint')}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
