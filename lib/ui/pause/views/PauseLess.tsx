import { t } from '../../../i18n';
import type { SnoozeChoice } from '../../../trigger/snooze';
import { ErrorLine } from './ErrorLine';

interface Props {
  siteName: string;
  busy: boolean;
  error: string | undefined;
  onPick: (choice: SnoozeChoice) => void;
  onBack: () => void;
}

/** "Pause less here": rest pauses on this site for an hour, for today, or until turned back on. */
export function PauseLess({ siteName, busy, error, onPick, onBack }: Props) {
  return (
    <div role="group" aria-label={t('card.pauseLess')}>
      <p>{t('card.restOn', { site: siteName })}</p>
      <div class="actions stacked">
        <button type="button" disabled={busy} onClick={() => onPick('hour')}>
          {t('card.forHour')}
        </button>
        <button type="button" disabled={busy} onClick={() => onPick('today')}>
          {t('card.forToday')}
        </button>
        <button type="button" disabled={busy} onClick={() => onPick('never')}>
          {t('card.notThisSite')}
        </button>
        <button type="button" class="quiet" onClick={onBack}>
          {t('common.back')}
        </button>
      </div>
      <ErrorLine error={error} />
    </div>
  );
}
