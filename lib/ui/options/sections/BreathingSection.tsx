import { useState } from 'preact/hooks';
import { t } from '../../../i18n';
import { holdsBreath, type BreathingPattern } from '../../../settings-model';
import { Breathing } from '../../shared/Breathing';
import { Switch } from '../Switch';
import type { SettingsProps } from './props';

/** The choices, calmest first; "off" last, always there. */
const patterns: BreathingPattern[] = ['long-out', 'even', 'box', '4-7-8', 'off'];

/**
 * Options → Breathing: the rhythm (or no guide at all), how many breaths, whether the circle moves; a preview to
 * try it. A rhythm that holds the breath carries a gentle note beside the choice.
 */
export function BreathingSection({ s, update }: SettingsProps) {
  const [breathRun, setBreathRun] = useState(0);
  const { pattern } = s.breathing;
  const note = pattern === 'off' ? t('opt.breathingOff') : holdsBreath(pattern) ? t('opt.holdNote') : undefined;
  return (
    <>
      <label class="row">
        <span>{t('opt.rhythm')}</span>
        <select
          value={pattern}
          aria-describedby={note ? 'breathing-note' : undefined}
          onChange={(e) => {
            setBreathRun(0);
            update({ ...s, breathing: { ...s.breathing, pattern: e.currentTarget.value as BreathingPattern } });
          }}
        >
          {patterns.map((value) => (
            <option key={value} value={value}>
              {t(`opt.pattern.${value}`)}
            </option>
          ))}
        </select>
      </label>
      {note && (
        <p class="hint" id="breathing-note">
          {note}
        </p>
      )}
      {pattern !== 'off' && (
        <>
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
                  key={`${breathRun}-${pattern}-${s.breathing.breaths}-${s.breathing.animate}`}
                  pattern={pattern}
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
      )}
    </>
  );
}
