import { intlLocale, t } from '../../i18n';
import { useEffect, useState } from 'preact/hooks';
import { siteIsOn, withSite, type Settings } from '../../settings-model';
import { snoozeUntil, type SnoozeChoice } from '../../trigger/snooze';
import { useWords } from './words';

/** What the popup knows about the current tab. */
export interface CurrentTab {
  site: string;
  siteName: string;
  conversation: string | null;
}

/** Stores the header reads and writes (all in storage.local; hashes only). */
export interface HeaderStores {
  current: () => Promise<CurrentTab | null>;
  settings: { load: () => Promise<Settings>; save: (s: Settings) => Promise<void> };
  snoozes: { load: () => Promise<Record<string, number | 'never'>>; save: (v: Record<string, number | 'never'>) => Promise<void> };
  marks: { load: () => Promise<string[]>; save: (v: string[]) => Promise<void> };
  now?: () => number;
  /** Opens the page where the person chooses their sites (the welcome page). */
  chooseSites?: () => void;
}

/** The popup's header: is Unhurried active here, rest it for a while, mark this conversation. */
export function SiteHeader(props: HeaderStores & { name?: string }) {
  const name = props.name ?? t('name.product');
  const now = props.now ?? Date.now;
  const { w } = useWords();
  const [tab, setTab] = useState<CurrentTab | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [snoozes, setSnoozes] = useState<Record<string, number | 'never'>>({});
  const [marks, setMarks] = useState<string[]>([]);

  useEffect(() => {
    void props.current().then(setTab, () => setTab(null));
    void props.settings.load().then(setSettings);
    void props.snoozes.load().then(setSnoozes);
    void props.marks.load().then(setMarks);
  }, []);

  if (tab === undefined || !settings) return null;
  // No site chosen yet: nothing pauses anywhere, and the way to choose is right here.
  const noneChosen = settings.enabledSites.length === 0 && (
    <p class="site-line">
      {w('welcome.popupNone')}{' '}
      {props.chooseSites && (
        <button type="button" onClick={props.chooseSites}>
          {w('welcome.popupChoose')}
        </button>
      )}
    </p>
  );
  if (tab === null) return noneChosen || <p class="site-line">{t('popup.notActive', { name })}</p>;

  const on = siteIsOn(settings, tab.site);
  const snooze = snoozes[tab.site];
  const resting = snooze === 'never' || (typeof snooze === 'number' && snooze > now());
  const marked = tab.conversation !== null && marks.includes(tab.conversation);

  const setOn = (value: boolean) => {
    const next = withSite(settings, tab.site, value);
    setSettings(next);
    void props.settings.save(next);
  };
  const rest = async (choice: SnoozeChoice | 'resume') => {
    // Read afresh before writing: "Rest everywhere" keeps its time in the same record.
    const next = { ...(await props.snoozes.load()) };
    if (choice === 'resume') delete next[tab.site];
    else next[tab.site] = snoozeUntil(choice, now());
    setSnoozes(next);
    void props.snoozes.save(next);
  };
  const toggleMark = () => {
    if (!tab.conversation) return;
    const next = marked ? marks.filter((m) => m !== tab.conversation) : [...marks, tab.conversation];
    setMarks(next);
    void props.marks.save(next);
  };

  return (
    <section class="site-header" aria-label={w('popup.siteRegion', { name, site: tab.siteName })}>
      <label class="switch">
        <input type="checkbox" role="switch" checked={on} onChange={() => setOn(!on)} />
        <span>{w('popup.activeOn', { site: tab.siteName })}</span>
      </label>
      {on && (
        <p class="site-line">
          {resting ? (
            <>
              {snooze === 'never'
                ? t('popup.resting')
                : t('popup.restingUntil', { time: new Date(snooze as number).toLocaleTimeString(intlLocale(), { hour: '2-digit', minute: '2-digit' }) })}{' '}
              <button type="button" class="quiet" onClick={() => void rest('resume')}>
                {w('popup.pauseAgain')}
              </button>
            </>
          ) : (
            <span class="rest-choices" role="group" aria-label={w('popup.pauseLess')}>
              <span>{w('popup.pauseLessColon')}</span>
              <button type="button" class="quiet" onClick={() => void rest('hour')}>
                {t('card.forHour')}
              </button>
              <button type="button" class="quiet" onClick={() => void rest('today')}>
                {t('card.forToday')}
              </button>
            </span>
          )}
        </p>
      )}
      {/* Marks matter only with "only in conversations I mark": elsewhere every conversation pauses already. */}
      {on && tab.conversation && settings.onlyMarked && (
        <button type="button" class="chip" aria-pressed={marked} onClick={toggleMark}>
          <span class="tick" aria-hidden="true">
            ✓{' '}
          </span>
          {w('popup.markConversation')}
        </button>
      )}
      {noneChosen}
      {/* "Lock now" sits here once the passphrase lock exists (privacy issue). */}
    </section>
  );
}
