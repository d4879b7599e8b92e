import { t } from '../../../i18n';
import type { LaterDefault } from '../../../settings-model';
import { Switch } from '../Switch';
import type { SettingsProps } from './props';

const laterChoices: LaterDefault[] = ['hour', 'evening', 'morning', 'none'];

/** Options → Reminders: which "Reply later" choice comes first, and whether a due reminder shows a notification. */
export function RemindersSection({ s, update }: SettingsProps) {
  return (
    <>
      <label class="row">
        <span>{t('opt.laterFirst')}</span>
        <select
          value={s.reminders.defaultChoice}
          onChange={(e) => update({ ...s, reminders: { ...s.reminders, defaultChoice: e.currentTarget.value as LaterDefault } })}
        >
          {laterChoices.map((value) => (
            <option key={value} value={value}>
              {t(`later.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <div class="row">
        <Switch
          checked={s.reminders.notifications}
          onToggle={() => update({ ...s, reminders: { ...s.reminders, notifications: !s.reminders.notifications } })}
        >
          {t('opt.notifications')}
        </Switch>
      </div>
      <p class="hint">{t('opt.notificationsHint')}</p>
    </>
  );
}
