import { useEffect, useRef, useState } from 'preact/hooks';
import type { Reflection } from '../../db/schema';
import type { BackgroundApi, RequestType } from '../../messaging';
import { ExportMenu } from './ExportMenu';
import { LaterList } from './LaterList';
import { ReflectionItem } from './ReflectionItem';
import { SiteHeader, type HeaderStores } from './SiteHeader';

interface Props {
  header: HeaderStores;
  openUrl: (url: string) => void;
  saveFile: (name: string, type: string, text: string) => void;
  api: <K extends RequestType>(type: K, payload: BackgroundApi[K]['in']) => Promise<BackgroundApi[K]['out']>;
}

/** The day heading for a time, in local time. */
function dayLabel(t: number): string {
  return new Date(t).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** The toolbar popup: the reflections, newest first. */
/** Reflections shown at first, and added by each "Show older" (the background pages them). */
const PAGE = 30;

const tabs = [
  { id: 'reflections', label: 'Reflections' },
  { id: 'later', label: 'Later' },
] as const;
type TabId = (typeof tabs)[number]['id'];

export function PopupApp({ api, header, openUrl, saveFile }: Props) {
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
  const [deleted, setDeleted] = useState<Reflection | null>(null);
  const [more, setMore] = useState(false);

  /** The next page of older reflections, read by the background from its createdAt index. */
  async function showOlder() {
    const last = items?.at(-1);
    if (!last) return;
    const r = await api('reflections.list', { limit: PAGE, before: last.createdAt });
    setItems((all) => [...(all ?? []), ...r.items]);
    setMore(r.items.length === PAGE);
  }
  const undoTimer = useRef<ReturnType<typeof setTimeout>>();

  async function remove(r: Reflection) {
    const { reflection } = await api('reflection.delete', { id: r.id });
    setItems((all) => (all ?? []).filter((x) => x.id !== r.id));
    setDeleted(reflection);
    clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setDeleted(null), 8000);
  }

  async function undo() {
    if (!deleted) return;
    await api('reflection.restore', { reflection: deleted });
    const back = deleted;
    setDeleted(null);
    setItems((all) => [...(all ?? []), back].sort((a, b) => b.createdAt - a.createdAt));
  }

  useEffect(() => {
    api('reflections.list', { limit: PAGE })
      .then((r) => {
        setItems(r.items);
        setMore(r.items.length === PAGE);
      })
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
              <ReflectionItem
                r={r}
                onSave={async (note, feelings) => {
                  const { reflection } = await api('reflection.update', { id: r.id, note, feelings });
                  setItems((all) => (all ?? []).map((x) => (x.id === r.id ? reflection : x)));
                }}
                onDelete={() => void remove(r)}
              />
            </li>
          ))}
        </ul>
      )}
      {more && (
        <button type="button" class="quiet more" onClick={() => void showOlder()}>
          Show older reflections
        </button>
      )}
      </section>
      <footer class="popup-footer">
        <ExportMenu load={() => api('journal.export', null)} save={saveFile} />
      </footer>
      <div class="undo-bar" role="status">
        {deleted && (
          <>
            <span>Reflection deleted.</span>
            <button type="button" onClick={() => void undo()}>
              Undo
            </button>
          </>
        )}
      </div>
    </main>
  );
}
