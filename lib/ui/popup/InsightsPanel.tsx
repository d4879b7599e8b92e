import { intlLocale, t, tn } from '../../i18n';
import { useEffect, useState } from 'preact/hooks';
import { feelingLabel } from '../../feelings';
import { computeInsights, INSIGHT_WEEKS, insightsFrom, type Insights } from '../../journal/insights';
import type { BackgroundCaller } from '../../protocol/to-background';
import { useWords } from './words';

const weekLabel = (at: number) => new Date(at).toLocaleDateString(intlLocale(), { day: 'numeric', month: 'short' });

interface Props {
  api: BackgroundCaller;
  now?: () => number;
}

/**
 * Gentle insights: what happened, never how well. Counts and a few simple
 * pictures, each with the same facts in text for screen readers. No streaks,
 * no scores, no goals, no red.
 */
export function InsightsPanel({ api, now = Date.now }: Props) {
  const { w, wn } = useWords();
  const [ins, setIns] = useState<Insights | null>(null);
  const [error, setError] = useState(false);

  useEffect(() => {
    const at = now();
    api('insights.data', { from: insightsFrom(at) })
      .then((data) => setIns(computeInsights(data, at)))
      .catch(() => setError(true));
  }, []);

  if (error) {
    return (
      <p class="error" role="alert">
        {w('ins.failed')}
      </p>
    );
  }
  if (!ins) return <p class="hint">{t('common.opening')}</p>;

  const week = ins.weeks.at(-1)!;
  const anything = ins.weeks.some((w) => w.pauses || w.checkIns || w.later);
  if (!anything) {
    return (
      <p class="empty">{w('ins.empty')}</p>
    );
  }
  const mix = ins.choices;
  const mixTotal = mix.ready + mix.later + mix.notNow;

  return (
    <div class="insights">
      <section aria-labelledby="ins-week">
        <h2 id="ins-week">{t('ins.thisWeek')}</h2>
        <ul class="facts">
          <li>{wn('ins.pauses', week.pauses)}</li>
          <li>{wn('ins.later', week.later)}</li>
          <li>{wn('ins.checkIns', week.checkIns)}</li>
          {week.wins > 0 && <li>{tn('ins.winsNoticed', week.wins)}</li>}
        </ul>
      </section>

      <section aria-labelledby="ins-weeks">
        <h2 id="ins-weeks">{t('ins.pastWeeks', { n: INSIGHT_WEEKS })}</h2>
        <WeekBars ins={ins} />
        <div class="sr-only">
        <table>
          <caption>{w('ins.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ins.weekOf')}</th>
              <th scope="col">{w('ins.colPauses')}</th>
              <th scope="col">{w('ins.colCheckIns')}</th>
              <th scope="col">{w('ins.colLater')}</th>
            </tr>
          </thead>
          <tbody>
            {ins.weeks.map((w) => (
              <tr key={w.start}>
                <th scope="row">{weekLabel(w.start)}</th>
                <td>{w.pauses}</td>
                <td>{w.checkIns}</td>
                <td>{w.later}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </section>

      {mixTotal > 0 && (
        <section aria-labelledby="ins-mix">
          <h2 id="ins-mix">{t('ins.mix')}</h2>
          <svg class="mix" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect x="0" y="0" height="8" width={(mix.ready / mixTotal) * 100} class="c1" />
            <rect x={(mix.ready / mixTotal) * 100} y="0" height="8" width={(mix.later / mixTotal) * 100} class="c2" />
            <rect x={((mix.ready + mix.later) / mixTotal) * 100} y="0" height="8" width={(mix.notNow / mixTotal) * 100} class="c3" />
          </svg>
          <ul class="legend">
            <li>
              <span class="key c1" aria-hidden="true" />
              {w('ins.mixReady', { count: mix.ready })}
            </li>
            <li>
              <span class="key c2" aria-hidden="true" />
              {t('ins.mixLater', { count: mix.later })}
            </li>
            <li>
              <span class="key c3" aria-hidden="true" />
              {t('ins.mixNotNow', { count: mix.notNow })}
            </li>
          </ul>
        </section>
      )}

      {ins.feelings.length > 0 && (
        <section aria-labelledby="ins-feelings">
          <h2 id="ins-feelings">{t('ins.feelings')}</h2>
          <ul class="feeling-bars">
            {ins.feelings.map((f) => (
              <li key={f.id}>
                <span class="name">{feelingLabel(f.id)}</span>
                <span class="bar" aria-hidden="true" style={{ width: `${(f.count / ins.feelings[0]!.count) * 100}%` }} />
                <span class="count">{tn('ins.times', f.count)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {ins.weeks.some((w) => w.intensity !== null) && (
        <section aria-labelledby="ins-strength">
          <h2 id="ins-strength">{t('ins.strength')}</h2>
          <StrengthLine ins={ins} />
          <ul class="sr-only">
            {ins.weeks
              .filter((w) => w.intensity !== null)
              .map((w) => (
                <li key={w.start}>
                  {t('ins.strengthWeek', { week: weekLabel(w.start), n: (w.intensity ?? 0).toLocaleString(intlLocale()) })}
                </li>
              ))}
          </ul>
        </section>
      )}

      {ins.wins > 0 && (
        <p class="wins">
          <span aria-hidden="true">✦ </span>
          {tn('ins.winsWeeks', ins.wins)}
        </p>
      )}
    </div>
  );
}

/** Pauses per week as soft bars, check-ins as a dot on each. */
function WeekBars({ ins }: { ins: Insights }) {
  const { w } = useWords();
  const max = Math.max(1, ...ins.weeks.map((w) => Math.max(w.pauses, w.checkIns)));
  const W = 320;
  const H = 96;
  const TOP = 6; // room for a dot at the very top
  const slot = W / ins.weeks.length;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H + 18}`} aria-hidden="true" focusable="false">
        {ins.weeks.map((w, i) => {
          const h = (w.pauses / max) * (H - TOP);
          const c = (w.checkIns / max) * (H - TOP);
          return (
            <g key={w.start}>
              <rect class="c1" x={i * slot + slot * 0.2} y={H - h} width={slot * 0.6} height={h} rx="3" />
              {w.checkIns > 0 && <circle class="c2" cx={i * slot + slot / 2} cy={H - c} r="4" />}
              <text x={i * slot + slot / 2} y={H + 13} text-anchor="middle">
                {weekLabel(w.start)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span class="key c1" aria-hidden="true" /> {w('ins.colPauses')} <span class="key dot c2" aria-hidden="true" />{' '}
        {w('ins.colCheckIns')}
      </figcaption>
    </figure>
  );
}

/** Average strength of feeling (1–5) per week as a line; weeks with none noted are skipped. */
function StrengthLine({ ins }: { ins: Insights }) {
  const W = 320;
  const H = 60;
  const slot = W / ins.weeks.length;
  const pts = ins.weeks
    .map((w, i) => (w.intensity === null ? null : [i * slot + slot / 2, H - ((w.intensity - 1) / 4) * (H - 8) - 4] as const))
    .filter((p): p is readonly [number, number] => p !== null);
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      <polyline class="line" points={pts.map((p) => p.join(',')).join(' ')} />
      {pts.map((p) => (
        <circle key={p[0]} class="c2" cx={p[0]} cy={p[1]} r="3.5" />
      ))}
    </svg>
  );
}
