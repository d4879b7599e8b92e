import { t } from '../../../i18n';

interface Props {
  value: string;
  siteName: string;
  /** The chat did not take the words when they were moved: say so, kindly, above them. */
  notTaken?: boolean;
  onChange: (text: string) => void;
  /** Puts the words into the chat's composer and closes the card. */
  onMove: () => void;
  onBack: () => void;
}

/** "Write it here first": a private draft, moved into the chat only when the person chooses. */
export function Draft({ value, siteName, notTaken, onChange, onMove, onBack }: Props) {
  return (
    <div class="draft">
      {notTaken && (
        <p id="pause-draft-back" class="confirm" role="status">
          {t('card.draftNotTaken')}
        </p>
      )}
      <label for="pause-draft">{t('card.draft')}</label>
      <textarea autocomplete="off"
        id="pause-draft"
        rows={5}
        data-autofocus
        value={value}
        aria-describedby={notTaken ? 'pause-draft-back' : undefined}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      <p class="hint">{t('card.draftHint', { site: siteName })}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={!value.trim()} onClick={onMove}>
          {t('card.moveToChat')}
        </button>
        <button type="button" onClick={onBack}>
          {t('common.back')}
        </button>
      </div>
    </div>
  );
}
