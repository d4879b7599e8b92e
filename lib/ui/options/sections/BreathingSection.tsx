import { useState } from 'preact/hooks';
import { t } from '../../../i18n';
import type { BreathingPattern } from '../../../settings-model';
import { Breathing } from '../../shared/Breathing';
import { Switch } from '../Switch';
import type { SettingsProps } from './props';

const patterns: BreathingPattern[] = ['even', 'box', 'long-out', '4-7-8'];

/** Options → Breathing: the rhythm, how many breaths, whether the circle moves; a preview to try it. */
export function BreathingSection({ s, update }: SettingsProps) {
  const [breathRun, setBreathRun] = useState(0);
  return (
    <>
      <label class="row">
        <span>{t('opt.rhythm')}</span>
        <select
          value={s.breathing.pattern}
          onChange={(e) => update({ ...s, breathing: { ...s.breathing, pattern: e.currentTarget.value as BreathingPattern } })}
        >
          {patterns.map((value) => (
            <option key={value} value={value}>
              {t(`opt.pattern.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="row">
        <span>{t('opt.breaths')}</span>
        <select
          value={String(s.breathing.breaths)}
          onChange={(e) => update({ ...s, breathing: { ...s.breathing, breaths: Number(e.currentTarget.value) } })}
        >
          {[1, 2, 3, 4, 5, 6, 8, 10].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <div class="row">
        <Switch checked={s.breathing.animate} onToggle={() => update({ ...s, breathing: { ...s.breathing, animate: !s.breathing.animate } })}>
          {t('opt.animate')}
        </Switch>
      </div>
      <p class="hint">{t('opt.animateHint')}</p>
      <div class="breath-preview">
        {breathRun > 0 ? (
          <>
            <Breathing
              key={`${breathRun}-${s.breathing.pattern}-${s.breathing.breaths}-${s.breathing.animate}`}
              pattern={s.breathing.pattern}
              breaths={s.breathing.breaths}
              animate={s.breathing.animate && !window.matchMedia('(prefers-reduced-motion: reduce)').matches}
              onDone={() => setBreathRun(0)}
            />
            <button type="button" class="quiet" onClick={() => setBreathRun(0)}>
              {t('opt.stopPreview')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setBreathRun((n) => n + 1)}>
            {t('opt.previewBreathing')}
          </button>
        )}
      </div>
    </>
  );
}
