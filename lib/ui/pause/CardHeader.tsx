import { t } from '../../i18n';

interface Props {
  onHide: () => void;
}

/** The card's title (it names the dialog) and its Hide button, above every view. */
export function CardHeader({ onHide }: Props) {
  return (
    <div class="card-head">
      <h2 id="pause-title">{t('card.title')}</h2>
      <button type="button" class="quiet hide" onClick={onHide} title={t('card.hideTitle')}>
        {t('common.hide')}
      </button>
    </div>
  );
}
