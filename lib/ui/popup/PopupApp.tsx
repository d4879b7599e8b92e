import { useState } from 'preact/hooks';
import { ExportMenu } from './ExportMenu';
import { InsightsPanel } from './InsightsPanel';
import { LaterList } from './LaterList';
import { ReflectionsPanel } from './ReflectionsPanel';
import { SiteHeader, type HeaderStores } from './SiteHeader';
import type { Api } from './types';

interface Props {
  header: HeaderStores;
  openUrl: (url: string) => void;
  saveFile: (name: string, type: string, text: string) => void;
  api: Api;
  /** Subscribes to "the journal changed"; returns the unsubscribe. */
  onJournalChanged: (cb: () => void) => () => void;
  /** "Unhurried", or the neutral name in discreet mode. */
  name?: string;
  /** Quick hide: closes the popup at once. */
  hide?: () => void;
}

const tabs = [
  { id: 'reflections', label: 'Reflections' },
  { id: 'later', label: 'Later' },
  { id: 'insights', label: 'Insights' },
] as const;
type TabId = (typeof tabs)[number]['id'];

/** The toolbar popup: this site's switch, then Reflections, Later and Insights. */
export function PopupApp({ api, header, openUrl, saveFile, onJournalChanged, name = 'Unhurried', hide }: Props) {
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

  return (
    <main class="popup">
      <header>
        <div class="title-line">
          <h1>{name}</h1>
          {hide && (
            <button type="button" class="quiet hide" onClick={hide} title="Close this window at once">
              Hide
            </button>
          )}
        </div>
        <SiteHeader {...header} name={name} />
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
      <section role="tabpanel" id="panel-reflections" aria-labelledby="tab-reflections" hidden={tab !== 'reflections'}>
        <ReflectionsPanel api={api} onJournalChanged={onJournalChanged} />
      </section>
      <section role="tabpanel" id="panel-later" aria-labelledby="tab-later" hidden={tab !== 'later'}>
        {tab === 'later' && <LaterList api={api} openUrl={openUrl} />}
      </section>
      <section role="tabpanel" id="panel-insights" aria-labelledby="tab-insights" hidden={tab !== 'insights'}>
        {tab === 'insights' && <InsightsPanel api={api} />}
      </section>
      <footer class="popup-footer">
        <ExportMenu load={() => api('journal.export', null)} save={saveFile} />
      </footer>
    </main>
  );
}
