import { useEffect, useState } from 'preact/hooks';
import { feelingLabel } from '../../feelings';
import { computeInsights, INSIGHT_WEEKS, insightsFrom, type Insights } from '../../journal/insights';
import type { Api } from './types';

const weekLabel = (t: number) => new Date(t).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

interface Props {
  api: Api;
  now?: () => number;
}

/**
 * Gentle insights: what happened, never how well. Counts and a few simple
 * pictures, each with the same facts in text for screen readers. No streaks,
 * no scores, no goals, no red.
 */
export function InsightsPanel({ api, now = Date.now }: Props) {
  const [ins, setIns] = useState<Insights | null>(null);
  const [error, setError] = useState(false);

  useEffect(() => {
    const t = now();
    api('insights.data', { from: insightsFrom(t) })
      .then((data) => setIns(computeInsights(data, t)))
      .catch(() => setError(true));
  }, []);

  if (error) {
    return (
      <p class="error" role="alert">
        The insights could not be put together just now. Everything is still safe on this device.
      </p>
    );
  }
  if (!ins) return <p class="hint">Opening…</p>;

  const week = ins.weeks.at(-1)!;
  const anything = ins.weeks.some((w) => w.pauses || w.checkIns || w.later);
  if (!anything) {
    return (
      <p class="empty">
        Insights appear here as you take pauses. They only describe what happened; there is nothing to keep up or live up to.
      </p>
    );
  }
  const mix = ins.choices;
  const mixTotal = mix.ready + mix.later + mix.notNow;

  return (
    <div class="insights">
      <section aria-labelledby="ins-week">
        <h2 id="ins-week">This week</h2>
        <ul class="facts">
          <li>{plural(week.pauses, 'pause', 'pauses')}</li>
          <li>{plural(week.later, 'reply taken later', 'replies taken later')}</li>
          <li>{plural(week.checkIns, 'check-in', 'check-ins')}</li>
          {week.wins > 0 && <li>{plural(week.wins, 'small win noticed', 'small wins noticed')}</li>}
        </ul>
      </section>

      <section aria-labelledby="ins-weeks">
        <h2 id="ins-weeks">The past {INSIGHT_WEEKS} weeks</h2>
        <WeekBars ins={ins} />
        <div class="sr-only">
        <table>
          <caption>Pauses and check-ins each week</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Pauses</th>
              <th scope="col">Check-ins</th>
              <th scope="col">Replies taken later</th>
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
          <h2 id="ins-mix">What you chose</h2>
          <svg class="mix" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect x="0" y="0" height="8" width={(mix.ready / mixTotal) * 100} class="c1" />
            <rect x={(mix.ready / mixTotal) * 100} y="0" height="8" width={(mix.later / mixTotal) * 100} class="c2" />
            <rect x={((mix.ready + mix.later) / mixTotal) * 100} y="0" height="8" width={(mix.notNow / mixTotal) * 100} class="c3" />
          </svg>
          <ul class="legend">
            <li>
              <span class="key c1" aria-hidden="true" />
              Replied when ready: {mix.ready}
            </li>
            <li>
              <span class="key c2" aria-hidden="true" />
              Later: {mix.later}
            </li>
            <li>
              <span class="key c3" aria-hidden="true" />
              Not now: {mix.notNow}
            </li>
          </ul>
        </section>
      )}

      {ins.feelings.length > 0 && (
        <section aria-labelledby="ins-feelings">
          <h2 id="ins-feelings">Feelings most present</h2>
          <ul class="feeling-bars">
            {ins.feelings.map((f) => (
              <li key={f.id}>
                <span class="name">{feelingLabel(f.id)}</span>
                <span class="bar" aria-hidden="true" style={{ width: `${(f.count / ins.feelings[0]!.count) * 100}%` }} />
                <span class="count">{plural(f.count, 'time', 'times')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {ins.weeks.some((w) => w.intensity !== null) && (
        <section aria-labelledby="ins-strength">
          <h2 id="ins-strength">How strong feelings were</h2>
          <StrengthLine ins={ins} />
          <ul class="sr-only">
            {ins.weeks
              .filter((w) => w.intensity !== null)
              .map((w) => (
                <li key={w.start}>
                  Week of {weekLabel(w.start)}: on average {w.intensity} of 5
                </li>
              ))}
          </ul>
        </section>
      )}

      {ins.wins > 0 && (
        <p class="wins">
          <span aria-hidden="true">✦ </span>
          {plural(ins.wins, 'small win', 'small wins')} noticed in these weeks.
        </p>
      )}
    </div>
  );
}

/** Pauses per week as soft bars, check-ins as a dot on each. */
function WeekBars({ ins }: { ins: Insights }) {
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
        <span class="key c1" aria-hidden="true" /> Pauses <span class="key dot c2" aria-hidden="true" /> Check-ins
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
