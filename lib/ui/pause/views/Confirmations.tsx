import type { ComponentChildren } from 'preact';
import { t } from '../../../i18n';
import type { LaterChoice } from '../../../later/due';
import type { SnoozeChoice } from '../../../trigger/snooze';

interface ConfirmProps {
  words: string;
  /** The buttons that close the card. */
  children: ComponentChildren;
}

/** A closing line, focused so a screen reader says it, with the buttons that close the card. */
function Confirm({ words, children }: ConfirmProps) {
  return (
    <>
      <p class="confirm" role="status" data-autofocus tabIndex={-1}>
        {words}
      </p>
      <div class="actions">{children}</div>
    </>
  );
}

/** In practice nothing is saved, scheduled or rested, and the closing line says so. */
interface Closing {
  practice: boolean | undefined;
}

/** After "Pause less here": how long pauses rest on this site. */
export function Rested({ practice, choice, siteName, onClose }: Closing & { choice: SnoozeChoice; siteName: string; onClose: () => void }) {
  const site = { site: siteName };
  const words = practice
    ? t('card.lessPractice')
    : choice === 'hour'
      ? t('card.restHour', site)
      : choice === 'today'
        ? t('card.restToday', site)
        : t('card.restNever', site);
  return (
    <Confirm words={words}>
      <button type="button" class="primary" onClick={onClose}>
        {t('common.close')}
      </button>
    </Confirm>
  );
}

/** What the card says once a conversation is on the Later list. */
const laterDone = { hour: 'card.laterHour', evening: 'card.laterEvening', morning: 'card.laterMorning', none: 'card.laterNone' } as const;

/** After "Reply later": when the reminder comes (or that there is none). */
export function LaterSet({ practice, choice, onClose }: Closing & { choice: LaterChoice; onClose: () => void }) {
  return (
    <Confirm words={practice ? t('card.laterPractice') : t(laterDone[choice])}>
      <button type="button" class="primary" onClick={onClose}>
        {t('common.close')}
      </button>
    </Confirm>
  );
}

/** After a check-in is saved: back to the chat when ready, or just close. */
export function Saved({ practice, onReady, onClose }: Closing & { onReady: () => void; onClose: () => void }) {
  return (
    <Confirm words={practice ? t('card.savedPractice') : t('card.saved')}>
      <button type="button" class="primary" onClick={onReady}>
        {t('card.ready')}
      </button>
      <button type="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </Confirm>
  );
}
