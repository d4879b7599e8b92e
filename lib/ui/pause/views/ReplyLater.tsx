import { t } from '../../../i18n';
import type { LaterChoice } from '../../../later/due';

interface Props {
  onPick: (choice: LaterChoice) => void;
  onBack: () => void;
  busy: boolean;
  /** The person's usual choice (options → Reminders): offered first, with focus on it. */
  first?: LaterChoice;
}

const choices: LaterChoice[] = ['hour', 'evening', 'morning', 'none'];

/** Reply later: when would you like a gentle reminder? */
export function ReplyLater({ onPick, onBack, busy, first = 'evening' }: Props) {
  const ordered = [...choices.filter((c) => c === first), ...choices.filter((c) => c !== first)];
  return (
    <div class="later" role="group" aria-label={t('card.whenReminderShort')}>
      <p>{t('card.whenReminder')}</p>
      <div class="actions stacked">
        {ordered.map((c, i) => (
          <button type="button" key={c} disabled={busy} onClick={() => onPick(c)} data-autofocus={i === 0 ? true : undefined}>
            {t(`later.${c}`)}
          </button>
        ))}
        <button type="button" class="quiet" onClick={onBack}>
          {t('common.back')}
        </button>
      </div>
    </div>
  );
}
