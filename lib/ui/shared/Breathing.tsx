import { t } from '../../i18n';
import { useEffect, useState } from 'preact/hooks';
import type { BreathingRhythm } from '../../settings-model';
import { breathPhases } from './breathing';

interface Props {
  pattern: BreathingRhythm;
  breaths: number;
  /** False: text only (reduced motion, or animation turned off). */
  animate: boolean;
  onDone: () => void;
}

/** A calm breathing guide: a circle that grows and settles, with words and a count. */
export function Breathing({ pattern, breaths, animate, onDone }: Props) {
  const phases = breathPhases(pattern);
  const [step, setStep] = useState(0);
  const [secondsLeft, setSecondsLeft] = useState(phases[0]?.seconds ?? 0);
  const breath = Math.floor(step / phases.length);
  const phase = phases[step % phases.length]!;
  const finished = breath >= breaths;

  useEffect(() => {
    if (finished) return;
    setSecondsLeft(phase.seconds);
    const tick = setInterval(() => setSecondsLeft((s) => Math.max(1, s - 1)), 1000);
    const next = setTimeout(() => setStep((s) => s + 1), phase.seconds * 1000);
    return () => {
      clearInterval(tick);
      clearTimeout(next);
    };
  }, [step, finished]);

  useEffect(() => {
    if (finished) onDone();
  }, [finished]);

  if (finished) return null;
  return (
    <div class="breathing">
      {animate && (
        <div
          class="breath-circle"
          data-to={phase.to}
          style={{ transitionDuration: `${phase.seconds}s` }}
          aria-hidden="true"
        />
      )}
      <p class="breath-words" aria-live="polite">
        <span class="breath-label">{phase.label}</span> <span class="breath-count">{secondsLeft}</span>
      </p>
      <p class="breath-progress">
        {t('breath.progress', { n: breath + 1, total: breaths })}
      </p>
    </div>
  );
}
