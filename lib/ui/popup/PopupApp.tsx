import { t } from '../../i18n';
import { useEffect, useState } from 'preact/hooks';
import { UnlockForm } from '../shared/UnlockForm';
import { ExportMenu } from './ExportMenu';
import { InsightsPanel } from './InsightsPanel';
import { LaterList } from './LaterList';
import { ReflectionsPanel } from './ReflectionsPanel';
import { RestEverywhere } from './RestEverywhere';
import { SiteHeader, type HeaderStores } from './SiteHeader';
import { DiscreetWords, wordsFor } from './words';
import type { BackgroundCaller } from '../../protocol/to-background';

interface Props {
  header: HeaderStores;
  openUrl: (url: string) => void;
  saveFile: (name: string, type: string, text: string) => void;
  api: BackgroundCaller;
  /** Subscribes to "the journal changed"; returns the unsubscribe. */
  onJournalChanged: (cb: () => void) => () => void;
  /** "Unhurried", or the neutral name in discreet mode. */
  name?: string;
  /** Quick hide: closes the popup at once. */
  hide?: () => void;
  /** Opens the settings (the options page). */
  openSettings?: () => void;
  /** Discreet mode: the popup speaks in neutral words (lib/ui/popup/words.ts). */
  discreet?: boolean;
}

const tabs = [{ id: 'reflections' }, { id: 'later' }, { id: 'insights' }] as const;
type TabId = (typeof tabs)[number]['id'];

/**
 * The toolbar popup: the way out first (Hide, Settings, this site's switch, Rest everywhere), then the journal's
 * tools (Export, Lock now) and its tabs: Reflections, Later and Insights.
 */
export function PopupApp({ api, header, openUrl, saveFile, onJournalChanged, name = t('name.product'), hide, openSettings, discreet = false }: Props) {
  const { w } = wordsFor(discreet);
  const [tab, setTab] = useState<TabId>('reflections');
  // The passphrase lock: locked, only the unlock form is shown. Checked again when the journal changes (auto-lock).
  const [lock, setLock] = useState<{ enabled: boolean; locked: boolean } | null>(null);
  const [lockedNote, setLockedNote] = useState('');
  const checkLock = () =>
    api('lock.status', null)
      .then(setLock)
      .catch(() => setLock({ enabled: false, locked: false }));
  useEffect(() => {
    void checkLock();
    return onJournalChanged(() => void checkLock());
  }, []);
  const tabKeys = (e: KeyboardEvent) => {
    // WAI-ARIA tabs: arrow keys move between tabs, Home/End to the ends.
    const i = tabs.findIndex((one) => one.id === tab);
    const next =
      e.key === 'ArrowRight' ? (i + 1) % tabs.length : e.key === 'ArrowLeft' ? (i - 1 + tabs.length) % tabs.length : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    setTab(tabs[next]!.id);
    document.getElementById(`tab-${tabs[next]!.id}`)?.focus();
  };

  const title = (
    <div class="title-line">
      <h1>{name}</h1>
      <span class="title-actions">
        {openSettings && (
          <button type="button" class="quiet" onClick={openSettings}>
            {t('popup.settings')}
          </button>
        )}
        {hide && (
          <button type="button" class="quiet hide" onClick={hide} title={t('popup.hideTitle')}>
            {t('common.hide')}
          </button>
        )}
      </span>
    </div>
  );
  // The way out stays within reach while locked: hiding, this site's switch and snoozes, resting everywhere
  // (settings, not the journal). Only the journal waits for the passphrase.
  const head = (
    <header>
      {title}
      <SiteHeader {...header} name={name} />
      <RestEverywhere snoozes={header.snoozes} name={name} {...(header.now ? { now: header.now } : {})} />
    </header>
  );

  // The list starts loading at once, alongside the lock check (the popup's first frame matters); when the
  // journal turns out to be locked, the list never showed anything and the unlock form takes its place.
  if (lock?.locked) {
    return (
      <DiscreetWords.Provider value={discreet}>
        <main class="popup">
          {head}
          <p class="sr-only" role="status">
            {lockedNote}
          </p>
          <UnlockForm
            words={{ locked: w('unlock.locked'), forgot: w('unlock.forgotText') }}
            unlock={async (passphrase) => {
              await api('lock.unlock', { passphrase });
              setLockedNote('');
              await checkLock();
            }}
          />
        </main>
      </DiscreetWords.Provider>
    );
  }

  return (
    <DiscreetWords.Provider value={discreet}>
      <main class="popup">
        {head}
        {/* Export and "Lock now" sit above the list, never below an endless one. */}
        <div class="journal-tools">
          <ExportMenu load={() => api('journal.export', null)} save={saveFile} lockOn={lock?.enabled ?? false} />
          {lock?.enabled && (
            <button
              type="button"
              class="quiet"
              onClick={() => void api('lock.lock', null).then(() => {
                setLockedNote(t('popup.locked'));
                return checkLock();
              })}
            >
              {t('popup.lockNow')}
            </button>
          )}
        </div>
        <div role="tablist" aria-label={t('popup.tabsLabel')} class="tabs" onKeyDown={tabKeys}>
          {tabs.map((one) => (
            <button
              key={one.id}
              type="button"
              role="tab"
              id={`tab-${one.id}`}
              aria-selected={tab === one.id}
              aria-controls={`panel-${one.id}`}
              tabIndex={tab === one.id ? 0 : -1}
              onClick={() => setTab(one.id)}
            >
              {w(`popup.tab.${one.id}`)}
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
      </main>
    </DiscreetWords.Provider>
  );
}
