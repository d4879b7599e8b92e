import { t } from '../../i18n';

/** Quick hide at the top of a page of Unhurried opened in a tab: always in reach, one press, and the page is gone. */
export function HideButton({ onHide }: { onHide: () => void }) {
  return (
    <div class="page-bar">
      <button type="button" class="page-hide" onClick={onHide} title={t('page.hideTitle')}>
        {t('common.hide')}
      </button>
    </div>
  );
}
