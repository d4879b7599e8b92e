import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { HideButton } from '../shared/HideButton';
import { intlLocale, t } from '../../i18n';
import type { Settings } from '../../settings-model';
import { siteName } from '../shared/site-name';
import { siteGroups } from '../../sites/groups';
import { chosenSites, withChosenSites } from './choice';

/** Where the welcome page's links lead (extension pages, so relative addresses work). */
export interface WelcomeLinks {
  practice: string;
  safety: string;
  support: string;
}

interface Props {
  load: () => Promise<Settings>;
  save: (s: Settings) => Promise<void>;
  links: WelcomeLinks;
  /** Quick hide: this page and the card in the chat tab go at once (as on every page of Unhurried). */
  hide?: () => void;
}

/** What the page says once the person pressed start: which sites, or that nothing pauses for now. */
type Outcome = { kind: 'some'; names: string[] } | { kind: 'none' } | { kind: 'error' };

/**
 * The welcome page: what Unhurried does, that the card always closes, and the sites to choose from — none ticked,
 * personal messengers and work tools apart. Nothing pauses anywhere until the person chooses here (or in the settings).
 */
export function WelcomeApp({ load, save, links, hide }: Props) {
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  // What is ticked right now, for the start button (clicks may come faster than renders).
  const latest = useRef<Set<string>>(new Set());

  useEffect(() => {
    void load().then((s) => {
      latest.current = chosenSites(s);
      setChosen(latest.current);
    });
  }, []);
  // The confirmation takes focus, so a screen reader says it and the keyboard goes on from there.
  useLayoutEffect(() => {
    if (outcome) status.current?.focus();
  }, [outcome]);

  if (!chosen) return <p class="hint">{t('common.opening')}</p>;

  const toggle = (id: string) => {
    setChosen((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      latest.current = next;
      return next;
    });
    setOutcome(null);
  };

  async function start(e: Event) {
    e.preventDefault();
    setBusy(true);
    try {
      // Read again just before writing, so a change made meanwhile elsewhere (the settings page) is kept.
      const picked = latest.current;
      await save(withChosenSites(await load(), picked));
      const names = siteGroups.flatMap((g) => g.ids.filter((id) => picked.has(id))).map(siteName);
      setOutcome(names.length ? { kind: 'some', names } : { kind: 'none' });
    } catch {
      setOutcome({ kind: 'error' });
    } finally {
      setBusy(false);
    }
  }

  const product = t('name.product');
  return (
    <main class="welcome">
      {hide && <HideButton onHide={hide} />}
      <h1>{t('welcome.title', { name: product })}</h1>
      <div class="lede">
        <p>{t('welcome.what1', { name: product })}</p>
        <p>{t('welcome.what2')}</p>
        <p>{t('welcome.what3')}</p>
      </div>
      <p class="leave">{t('welcome.leave', { notNow: t('card.notNow') })}</p>

      <form class="choose" aria-labelledby="choose-title" onSubmit={(e) => void start(e)}>
        <h2 id="choose-title">{t('welcome.chooseTitle')}</h2>
        <p class="hint">{t('welcome.chooseHint')}</p>
        {siteGroups.map((group) => (
          <fieldset key={group.id} aria-describedby={group.id === 'work' ? 'work-hint' : undefined}>
            <legend>{group.id === 'work' ? t('welcome.work') : t('welcome.personal')}</legend>
            {group.id === 'work' && (
              <p class="hint" id="work-hint">
                {t('welcome.workHint')}
              </p>
            )}
            <ul class="sites">
              {group.ids.map((id) => (
                <li key={id}>
                  <label class="site">
                    <input type="checkbox" name="site" value={id} checked={chosen.has(id)} onChange={() => toggle(id)} />
                    <span>{siteName(id)}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('welcome.start')}
          </button>
        </div>
        {outcome && (
          <p class="confirm" role="status" tabIndex={-1} ref={status}>
            {outcome.kind === 'some'
              ? t('welcome.startedSome', { sites: new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(outcome.names) })
              : outcome.kind === 'none'
                ? t('welcome.startedNone')
                : t('welcome.startFailed')}
          </p>
        )}
      </form>

      <section class="more" aria-labelledby="more-title">
        <h2 id="more-title">{t('welcome.moreTitle')}</h2>
        <ul>
          <li>
            <a href={links.practice}>{t('welcome.practice')}</a>
            <span class="hint"> {t('welcome.practiceHint')}</span>
          </li>
          <li>
            <a href={links.safety}>{t('welcome.safety')}</a>
            <span class="hint"> {t('welcome.safetyHint')}</span>
          </li>
          <li>
            <a href={links.support}>{t('welcome.support')}</a>
            <span class="hint"> {t('welcome.supportHint')}</span>
          </li>
        </ul>
      </section>
    </main>
  );
}
