import { useEffect, useState } from 'preact/hooks';
import type { Reflection } from '../../db/schema';
import { feelingLabel } from '../../feelings';
import type { BackgroundApi, RequestType } from '../../messaging';
import { kindNames, type NudgeKind } from '../../nudges/catalogue';
import { SiteHeader, type HeaderStores } from './SiteHeader';

interface Props {
  header: HeaderStores;
  api: <K extends RequestType>(type: K, payload: BackgroundApi[K]['in']) => Promise<BackgroundApi[K]['out']>;
}

const choiceWords: Record<Reflection['choice'], string> = {
  ready: 'Replied when ready',
  later: 'Replying later',
  'not-now': 'Not now',
  'check-in': 'Checked in',
  sent: 'Sent',
  'draft-kept': 'Kept as draft',
};

/** The day heading for a time, in local time. */
function dayLabel(t: number): string {
  return new Date(t).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** The toolbar popup: the reflections, newest first. */
export function PopupApp({ api, header }: Props) {
  const [items, setItems] = useState<Reflection[] | null>(null);
  const [error, setError] = useState(false);

  useEffect(() => {
    api('reflections.list', { limit: 100 })
      .then((r) => setItems(r.items))
      .catch(() => setError(true));
  }, []);

  return (
    <main class="popup">
      <header>
        <h1>Unhurried</h1>
        <SiteHeader {...header} />
      </header>
      <h2>Reflections</h2>
      {error && (
        <p class="error" role="alert">
          Your reflections could not be loaded just now. They are still safe on this device.
        </p>
      )}
      {items === null && !error && <p class="hint">Opening…</p>}
      {items?.length === 0 && (
        <p class="empty">
          Nothing here yet. When you check in during a pause, your reflection is kept here, only on this device.
        </p>
      )}
      {items && items.length > 0 && (
        <ul role="list" class="reflections">
          {items.map((r, i) => (
            <li key={r.id} role="listitem" class="reflection">
              {(i === 0 || dayLabel(items[i - 1]!.createdAt) !== dayLabel(r.createdAt)) && (
                <p class="day">{dayLabel(r.createdAt)}</p>
              )}
              <p class="meta">
                {new Date(r.createdAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}
                {' · '}
                {choiceWords[r.choice]}
                {r.nudgeKind ? ` · ${kindNames[r.nudgeKind as NudgeKind] ?? r.nudgeKind}` : ''}
                {r.intensity ? ` · strength ${r.intensity} of 5` : ''}
                {r.win ? ' · a small win' : ''}
              </p>
              {r.feelings.length > 0 && <p class="feelings">{r.feelings.map(feelingLabel).join(', ')}</p>}
              {r.note && <p class="note">{r.note}</p>}
              {r.otherMind && <p class="other">What else: {r.otherMind}</p>}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
