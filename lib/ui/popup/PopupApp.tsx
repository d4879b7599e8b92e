import { useEffect, useState } from 'preact/hooks';
import type { Reflection } from '../../db/schema';
import { feelingLabel } from '../../feelings';
import type { BackgroundApi, RequestType } from '../../messaging';
import { kindNames, type NudgeKind } from '../../nudges/catalogue';
import { LaterList } from './LaterList';
import { SiteHeader, type HeaderStores } from './SiteHeader';

interface Props {
  header: HeaderStores;
  openUrl: (url: string) => void;
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
const tabs = [
  { id: 'reflections', label: 'Reflections' },
  { id: 'later', label: 'Later' },
] as const;
type TabId = (typeof tabs)[number]['id'];

export function PopupApp({ api, header, openUrl }: Props) {
  const [tab, setTab] = useState<TabId>('reflections');
  const tabKeys = (e: KeyboardEvent) => {
    // WAI-ARIA tabs: arrow keys move between tabs, Home/End to the ends.
    const i = tabs.findIndex((t) => t.id === tab);
    const next =
      e.key === 'ArrowRight' ? (i + 1) % tabs.length : e.key === 'ArrowLeft' ? (i - 1 + tabs.length) % tabs.length : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    setTab(tabs[next]!.id);
    document.getElementById(`tab-${tabs[next]!.id}`)?.focus();
  };
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
      <div role="tablist" aria-label="Your notes" class="tabs" onKeyDown={tabKeys}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section role="tabpanel" id="panel-later" aria-labelledby="tab-later" hidden={tab !== 'later'}>
        {tab === 'later' && <LaterList api={api} openUrl={openUrl} />}
      </section>
      <section role="tabpanel" id="panel-reflections" aria-labelledby="tab-reflections" hidden={tab !== 'reflections'}>
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
      </section>
    </main>
  );
}
