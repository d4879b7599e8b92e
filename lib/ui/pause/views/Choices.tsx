import { t } from '../../../i18n';
import type { CloseChoice, ShowRequest } from '../../../protocol/frame';
import { holdsBreath, type BreathingRhythm } from '../../../settings-model';
import { Breathing } from '../../shared/Breathing';
import type { View } from '../card-state';

/** How the breathing guide runs; absent when it is off, done or skipped. */
export interface BreathingGuide {
  pattern: BreathingRhythm;
  breaths: number;
  /** False: text only (reduced motion, or animation turned off). */
  animate: boolean;
}

interface Props {
  nudge: string | undefined;
  /** The nudge's kind, by its plain name ("Breathe", "A steady place"…). */
  kindName: string | undefined;
  breathing: BreathingGuide | undefined;
  trigger: ShowRequest['trigger'];
  siteName: string;
  /** The breathing guide finished or was skipped. */
  onBreathed: () => void;
  onClose: (choice: CloseChoice) => void;
  onOpen: (view: View) => void;
}

/** The card's first view: the nudge, a breathing guide, and what the person may do next. */
export function Choices({ nudge, kindName, breathing, trigger, siteName, onBreathed, onClose, onOpen }: Props) {
  const beforeSend = trigger === 'send';
  return (
    <>
      {kindName && <p class="nudge-kind">{kindName}</p>}
      <p id="pause-nudge" class="nudge">
        {nudge}
      </p>
      {breathing ? (
        <div class="breath-box">
          <Breathing pattern={breathing.pattern} breaths={breathing.breaths} animate={breathing.animate} onDone={onBreathed} />
          {holdsBreath(breathing.pattern) && <p class="hint breath-note">{t('breath.holdNote')}</p>}
          <button type="button" class="quiet" onClick={onBreathed}>
            {t('card.skip')}
          </button>
        </div>
      ) : null}
      <p class="permission">{t('card.permission')}</p>
      <div class="actions">
        {beforeSend ? (
          <>
            <button type="button" class="primary" onClick={() => onClose('send-now')}>
              {t('card.sendNow')}
            </button>
            <button type="button" onClick={() => onClose('draft-kept')}>
              {t('card.keepDraft')}
            </button>
          </>
        ) : (
          <button type="button" class="primary" onClick={() => onClose('ready')}>
            {t('card.ready')}
          </button>
        )}
        <button type="button" onClick={() => onOpen('later')}>
          {t('card.replyLater')}
        </button>
        <button type="button" onClick={() => onOpen('checkin')}>
          {t('card.checkIn')}
        </button>
        {!beforeSend && (
          <button type="button" onClick={() => onClose('not-now')}>
            {t('card.notNow')}
          </button>
        )}
      </div>
      {beforeSend && <p class="hint">{t('card.sendHint', { site: siteName })}</p>}
      <div class="secondary">
        <button type="button" class="quiet" onClick={() => onOpen('draft')}>
          {t('card.writeHere')}
        </button>
        <button type="button" class="quiet" onClick={() => onOpen('less')}>
          {t('card.pauseLess')}
        </button>
      </div>
    </>
  );
}
