import { useEffect, useRef, useState } from 'preact/hooks';
import type { Choice, Reflection } from '../../model';
import { groupByDay, isFiltered, type ReflectionQuery } from '../../journal/search';
import { ReflectionItem } from './ReflectionItem';
import { intlLocale, t } from '../../i18n';
import { errorCode, type BackgroundCaller } from '../../protocol/to-background';
import { Filters } from './Filters';
import { useWords } from './words';

/**
 * Reflections fetched per page: a popup shows about six at once, and fewer to draw means a faster first frame. The
 * background pages and searches; the popup only shows.
 */
export const PAGE = 20;
/** A failed load is tried once more after this long before the popup says it failed. */
const RETRY_AFTER_MS = 400;
/** Typing pauses this long before a search runs. */
const SEARCH_DELAY_MS = 120;

const dayHeading = (at: number) => new Date(at).toLocaleDateString(intlLocale(), { weekday: 'long', day: 'numeric', month: 'long' });

/** A date input's value ("2026-11-27") as local midnight; the "to" day is included, so its end is the next midnight. */
function localDay(value: string, endOfDay: boolean): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + (endOfDay ? 1 : 0)).getTime();
}

interface Props {
  api: BackgroundCaller;
  /** Subscribes to "the journal changed" (a check-in saved in a tab meanwhile); returns the unsubscribe. */
  onJournalChanged: (cb: () => void) => () => void;
}

/** The Reflections tab: search, filters, and the list grouped by day, loaded a page at a time as you scroll. */
export function ReflectionsPanel({ api, onJournalChanged }: Props) {
  const { w, wn } = useWords();
  const [text, setText] = useState('');
  const [feeling, setFeeling] = useState('');
  const [site, setSite] = useState('');
  const [choice, setChoice] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [sites, setSites] = useState<string[]>([]);
  const [items, setItems] = useState<Reflection[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState(false);
  const [deleted, setDeleted] = useState<Reflection | null>(null);
  const [announce, setAnnounce] = useState('');
  const seq = useRef(0);
  const loadingMore = useRef(false);
  const undoTimer = useRef<ReturnType<typeof setTimeout>>();
  const sentinel = useRef<HTMLSpanElement>(null);

  const query: ReflectionQuery = {
    ...(text.trim() ? { text: text.trim() } : {}),
    ...(feeling ? { feeling } : {}),
    ...(site ? { site } : {}),
    ...(choice ? { choice: choice as Choice } : {}),
    ...(localDay(from, false) !== undefined ? { from: localDay(from, false)! } : {}),
    ...(localDay(to, true) !== undefined ? { to: localDay(to, true)! } : {}),
  };
  const filtered = isFiltered(query);
  const key = JSON.stringify(query);

  /**
   * Runs the query afresh (keeping at least `keep` items loaded); a newer run wins over an older one. A failure is
   * tried once more on its own after a moment (the background may have been starting up or restarting) before
   * the popup says so, with a way to try again.
   */
  async function run(keep = PAGE, quietTries = 1): Promise<void> {
    const mine = ++seq.current;
    try {
      const r = await api('reflections.query', { query, limit: Math.min(500, Math.max(PAGE, keep)) });
      if (mine !== seq.current) return;
      setItems(r.items);
      setTotal(r.total);
      setError(false);
      if (isFiltered(query)) {
        setAnnounce(r.total === 0 ? w('refl.noMatch') : wn('refl.found', r.total));
      } else setAnnounce('');
    } catch (err) {
      // Locked: the popup shows the unlock form instead of this list; nothing to say here.
      if (errorCode(err) === 'locked' || mine !== seq.current) return;
      if (quietTries > 0) {
        await new Promise((r) => setTimeout(r, RETRY_AFTER_MS));
        if (mine === seq.current) return run(keep, quietTries - 1);
        return;
      }
      setError(true);
    }
  }

  useEffect(() => {
    const timer = setTimeout(() => void run(), items === null ? 0 : SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);

  useEffect(() => {
    api('reflections.sites', null)
      .then((r) => setSites(r.sites))
      .catch(() => undefined);
  }, []);

  // A check-in saved in a chat tab while the popup is open appears without reopening it.
  const latest = useRef(run);
  latest.current = run;
  const loaded = useRef(0);
  loaded.current = items?.length ?? 0;
  useEffect(() => onJournalChanged(() => void latest.current(loaded.current)), []);

  async function loadMore() {
    const last = items?.at(-1);
    if (!last || loadingMore.current || !items || items.length >= total) return;
    loadingMore.current = true;
    const mine = seq.current;
    try {
      const r = await api('reflections.query', { query, limit: PAGE, after: { createdAt: last.createdAt, id: last.id } });
      if (mine !== seq.current) return;
      setItems((all) => {
        const have = new Set((all ?? []).map((x) => x.id));
        return [...(all ?? []), ...r.items.filter((x) => !have.has(x.id))];
      });
      setTotal(r.total);
    } finally {
      loadingMore.current = false;
    }
  }

  // Loads the next page when the end of the list scrolls into view.
  useEffect(() => {
    const el = sentinel.current;
    if (!el) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void loadMore();
    });
    io.observe(el);
    return () => io.disconnect();
  });

  async function remove(r: Reflection) {
    const { reflection } = await api('reflection.delete', { id: r.id });
    setItems((all) => (all ?? []).filter((x) => x.id !== r.id));
    setTotal((n) => n - 1);
    setDeleted(reflection);
    clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setDeleted(null), 8000);
  }

  async function undo() {
    if (!deleted) return;
    await api('reflection.restore', { reflection: deleted });
    setDeleted(null);
    await run(loaded.current + 1);
  }

  function clearAll() {
    setText('');
    setFeeling('');
    setSite('');
    setChoice('');
    setFrom('');
    setTo('');
  }

  const activeFilters = [feeling, site, choice, from, to].filter(Boolean).length;
  const groups = items ? groupByDay(items) : [];
  const more = items !== null && items.length < total;

  return (
    <>
      <div class="search" role="search">
        <label for="search" class="sr-only">
          {w('refl.search')}
        </label>
        <input
          id="search"
          type="search"
          placeholder={w('refl.search')}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          autoComplete="off"
          spellcheck={false}
        />
        <button
          type="button"
          class="quiet"
          aria-expanded={filtersOpen}
          aria-controls="filters"
          onClick={() => setFiltersOpen((o) => !o)}
        >
          {activeFilters ? t('refl.filtersCount', { count: activeFilters }) : t('refl.filters')}
        </button>
      </div>
      <Filters
        open={filtersOpen}
        values={{ feeling, site, choice, from, to }}
        set={{ feeling: setFeeling, site: setSite, choice: setChoice, from: setFrom, to: setTo }}
        sites={sites}
        filtered={filtered}
        clear={clearAll}
      />
      <p class="sr-only" role="status">
        {announce}
      </p>
      {error && (
        <p class="error" role="alert">
          {w('refl.loadFailed')}{' '}
          <button type="button" class="link" onClick={() => void run(loaded.current, 0)}>
            {t('common.tryAgain')}
          </button>
        </p>
      )}
      {items === null && !error && <p class="hint">{t('common.opening')}</p>}
      {items?.length === 0 && !filtered && (
        <p class="empty">
          {w('refl.empty')}
        </p>
      )}
      {items?.length === 0 && filtered && (
        <p class="empty">
          {w('refl.noMatchTry')}{' '}
          <button type="button" class="link" onClick={clearAll}>
            {t('refl.clearLink')}
          </button>
          .
        </p>
      )}
      {groups.map((g) => (
        <section key={g.day} class="day-group" aria-label={dayHeading(g.day)}>
          <h2 class="day">{dayHeading(g.day)}</h2>
          <ul role="list" class="reflections">
            {g.items.map((r) => (
              <li key={r.id} role="listitem" class="reflection">
                <ReflectionItem
                  r={r}
                  onSave={async (note, chosen) => {
                    const { reflection } = await api('reflection.update', { id: r.id, note, feelings: chosen });
                    setItems((all) => (all ?? []).map((x) => (x.id === r.id ? reflection : x)));
                  }}
                  onDelete={() => void remove(r)}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {more && (
        <p class="more-line">
          <span ref={sentinel} />
          <button type="button" class="quiet more" onClick={() => void loadMore()}>
            {w('refl.older')}
          </button>
        </p>
      )}
      <div class="undo-bar" role="status">
        {deleted && (
          <>
            <span>{w('refl.deleted')}</span>
            <button type="button" onClick={() => void undo()}>
              {t('refl.undo')}
            </button>
          </>
        )}
      </div>
    </>
  );
}
