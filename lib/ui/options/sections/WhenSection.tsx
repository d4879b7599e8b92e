import { t, tn } from '../../../i18n';
import type { PauseMode } from '../../../settings-model';
import { Switch } from '../Switch';
import type { SettingsProps } from './props';

const modes: PauseMode[] = ['start', 'send', 'both'];
const modeHints = { start: 'opt.mode.startHint', send: 'opt.mode.sendHint', both: 'opt.mode.bothHint' } as const;

/** Minutes in plain words: "No rest" is the caller's; "5 minutes", "1 hour", "2 hours". */
const duration = (m: number) => (m < 60 ? tn('opt.minutes', m) : tn('opt.hours', m / 60));

/** Options → When to pause: on starting a reply, on sending, or both; the rest between pauses; marked chats only; quiet hours. */
export function WhenSection({ s, update }: SettingsProps) {
  return (
    <>
      <fieldset>
        <legend class="sr-only">{t('opt.sec.when')}</legend>
        {modes.map((value) => (
          <label class="choice" key={value}>
            <input type="radio" name="mode" value={value} checked={s.mode === value} onChange={() => update({ ...s, mode: value })} />
            <span>
              {t(`opt.mode.${value}`)}
              <span class="hint block">{t(modeHints[value])}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label class="row">
        <span>{t('opt.cooldown')}</span>
        <select value={String(s.cooldownMinutes)} onChange={(e) => update({ ...s, cooldownMinutes: Number(e.currentTarget.value) })}>
          {[0, 5, 10, 20, 30, 60, 120].map((m) => (
            <option key={m} value={m}>
              {m === 0 ? t('opt.noRest') : duration(m)}
            </option>
          ))}
        </select>
      </label>
      <div class="row">
        <Switch checked={s.onlyMarked} onToggle={() => update({ ...s, onlyMarked: !s.onlyMarked })}>
          {t('opt.onlyMarked')}
        </Switch>
      </div>
      <p class="hint">{t('opt.onlyMarkedHint')}</p>
      <div class="row">
        <Switch checked={s.quietHours.enabled} onToggle={() => update({ ...s, quietHours: { ...s.quietHours, enabled: !s.quietHours.enabled } })}>
          {t('opt.quiet')}
        </Switch>
        {(['from', 'to'] as const).map((end) => (
          <label class="row tight" key={end}>
            <span>{end === 'from' ? t('opt.quietFrom') : t('opt.quietTo')}</span>
            <input
              type="time"
              value={s.quietHours[end]}
              disabled={!s.quietHours.enabled}
              onChange={(e) => update({ ...s, quietHours: { ...s.quietHours, [end]: e.currentTarget.value || s.quietHours[end] } })}
            />
          </label>
        ))}
      </div>
    </>
  );
}
