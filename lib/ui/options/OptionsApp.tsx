import { useEffect, useRef, useState } from 'preact/hooks';
import { errorWords, type BackgroundApi, type RequestType } from '../../messaging';
import type { BreathingPattern, LanguageSetting, LaterDefault, PauseMode, Settings, TextSize } from '../../settings-model';
import { browserLanguage, languageNames, locales, matchLocale, t, tAround, tn } from '../../i18n';
import { sites } from '../../sites/registry';
import { Breathing } from '../pause/Breathing';
import { CardPreview, type PreviewRequest } from './CardPreview';
import { DataSection } from './sections/DataSection';
import { LockSection } from './sections/LockSection';
import { Notice, type NoticeMessage } from './Notice';
import { NudgesSection } from './sections/NudgesSection';
import { Switch } from './Switch';

interface Props {
  load: () => Promise<Settings>;
  save: (s: Settings) => Promise<void>;
  watch: (fn: (s: Settings) => void) => void;
  /** Asks the browser for one host; must run inside the click that asked for it. */
  requestHost: (origin: string) => Promise<boolean>;
  api: <K extends RequestType>(type: K, payload: BackgroundApi[K]['in']) => Promise<BackgroundApi[K]['out']>;
  /** The pause page's address (the preview hosts the real card). */
  pauseUrl: string;
  /** The practice page's address. */
  practiceUrl: string;
  saveFile: (name: string, type: string, text: string) => void;
  /** Bytes the extension's own storage uses, when the browser says. */
  storageUsed: () => Promise<number | null>;
  /** The quick-hide keyboard shortcut as the browser has it now ("" when none is set). */
  hideShortcut: () => Promise<string>;
}

const patterns: BreathingPattern[] = ['even', 'box', 'long-out', '4-7-8'];
const laterChoices: LaterDefault[] = ['hour', 'evening', 'morning', 'none'];
const sections = ['nudges', 'breathing', 'when', 'sites', 'reminders', 'appearance', 'privacy', 'data', 'practice', 'about'] as const;
const modes: PauseMode[] = ['start', 'send', 'both'];
const modeHints = { start: 'opt.mode.startHint', send: 'opt.mode.sendHint', both: 'opt.mode.bothHint' } as const;

/** Minutes in plain words: "No rest" is the caller's; "5 minutes", "1 hour", "2 hours". */
const duration = (m: number) => (m < 60 ? tn('opt.minutes', m) : tn('opt.hours', m / 60));

/** Turns what the person typed into a site origin, or explains kindly why it cannot. */
export function parseSiteAddress(input: string): { origin: string } | { error: string } {
  const text = input.trim();
  if (!text) return { error: t('opt.site.empty') };
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { error: t('opt.site.notAddress') };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: t('opt.site.httpsOnly') };
  if (!/^[a-z0-9.-]+$/i.test(url.hostname) || !url.hostname.includes('.')) {
    return { error: t('opt.site.notAddress') };
  }
  return { origin: url.origin };
}

/** The options page. */
export function OptionsApp(props: Props) {
  const [s, setS] = useState<Settings | null>(null);
  const [address, setAddress] = useState('');
  const [siteMsg, setSiteMsg] = useState<NoticeMessage>(null);
  const [previewReq, setPreviewReq] = useState<PreviewRequest | null>(null);
  const [breathRun, setBreathRun] = useState(0);
  const [shortcut, setShortcut] = useState('');

  // Our own writes come back through the watch; an older one arriving after a newer
  // change must not undo it, so echoes of what this page wrote are ignored.
  const written = useRef(new Set<string>());
  useEffect(() => {
    void props.load().then(setS);
    void props.hideShortcut().then(setShortcut, () => undefined);
    props.watch((v) => {
      const key = JSON.stringify(v);
      if (written.current.delete(key)) return;
      setS(v);
    });
  }, []);

  if (!s) return <p class="hint">{t('common.opening')}</p>;
  const update = (next: Settings) => {
    setS(next);
    written.current.add(JSON.stringify(next));
    void props.save(next);
  };

  async function addSite(e: Event) {
    e.preventDefault();
    const parsed = parseSiteAddress(address);
    if ('error' in parsed) {
      setSiteMsg({ kind: 'error', text: parsed.error });
      return;
    }
    // The browser's own prompt, for this one site only.
    const granted = await props.requestHost(parsed.origin).catch(() => false);
    if (!granted) {
      setSiteMsg({ kind: 'error', text: t('opt.notAllowed') });
      return;
    }
    try {
      await props.api('sites.custom.add', { origin: parsed.origin });
      setAddress('');
      setSiteMsg({ kind: 'ok', text: t('opt.addedSite', { host: new URL(parsed.origin).host }) });
    } catch (err) {
      setSiteMsg({ kind: 'error', text: errorWords(err, t('common.didNotWork')) });
    }
  }

  return (
    <main class="options">
      <h1>{t('opt.title')}</h1>
      <p class="hint">{t('opt.lede')}</p>
      <nav aria-label={t('opt.sections')} class="toc">
        <ul>
          {sections.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`opt.sec.${id}`)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="nudges">
        <h2 id="nudges">{t('opt.sec.nudges')}</h2>
        <NudgesSection s={s} update={update} api={props.api} preview={(id) => setPreviewReq({ nudgeId: id, n: Date.now() })} />
        <h3>{t('opt.preview')}</h3>
        <CardPreview pauseUrl={props.pauseUrl} request={previewReq} />
      </section>

      <section aria-labelledby="breathing">
        <h2 id="breathing">{t('opt.sec.breathing')}</h2>
        <label class="row">
          <span>{t('opt.rhythm')}</span>
          <select
            value={s.breathing.pattern}
            onChange={(e) => update({ ...s, breathing: { ...s.breathing, pattern: e.currentTarget.value as BreathingPattern } })}
          >
            {patterns.map((value) => (
              <option key={value} value={value}>
                {t(`opt.pattern.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="row">
          <span>{t('opt.breaths')}</span>
          <select
            value={String(s.breathing.breaths)}
            onChange={(e) => update({ ...s, breathing: { ...s.breathing, breaths: Number(e.currentTarget.value) } })}
          >
            {[1, 2, 3, 4, 5, 6, 8, 10].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <div class="row">
          <Switch checked={s.breathing.animate} onToggle={() => update({ ...s, breathing: { ...s.breathing, animate: !s.breathing.animate } })}>
            {t('opt.animate')}
          </Switch>
        </div>
        <p class="hint">{t('opt.animateHint')}</p>
        <div class="breath-preview">
          {breathRun > 0 ? (
            <>
              <Breathing
                key={`${breathRun}-${s.breathing.pattern}-${s.breathing.breaths}-${s.breathing.animate}`}
                pattern={s.breathing.pattern}
                breaths={s.breathing.breaths}
                animate={s.breathing.animate && !window.matchMedia('(prefers-reduced-motion: reduce)').matches}
                onDone={() => setBreathRun(0)}
              />
              <button type="button" class="quiet" onClick={() => setBreathRun(0)}>
                {t('opt.stopPreview')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setBreathRun((n) => n + 1)}>
              {t('opt.previewBreathing')}
            </button>
          )}
        </div>
      </section>

      <section aria-labelledby="when">
        <h2 id="when">{t('opt.sec.when')}</h2>
        <fieldset>
          <legend class="sr-only">{t('opt.sec.when')}</legend>
          {modes.map((value) => (
            <label class="choice" key={value}>
              <input type="radio" name="mode" value={value} checked={s.mode === value} onChange={() => update({ ...s, mode: value })} />
              <span>
                {t(`opt.mode.${value}`)}
                <span class="hint block">{t(modeHints[value])}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <label class="row">
          <span>{t('opt.cooldown')}</span>
          <select
            value={String(s.cooldownMinutes)}
            onChange={(e) => update({ ...s, cooldownMinutes: Number(e.currentTarget.value) })}
          >
            {[0, 5, 10, 20, 30, 60, 120].map((m) => (
              <option key={m} value={m}>
                {m === 0 ? t('opt.noRest') : duration(m)}
              </option>
            ))}
          </select>
        </label>
        <div class="row">
          <Switch checked={s.onlyMarked} onToggle={() => update({ ...s, onlyMarked: !s.onlyMarked })}>
            {t('opt.onlyMarked')}
          </Switch>
        </div>
        <p class="hint">{t('opt.onlyMarkedHint')}</p>
        <div class="row">
          <Switch
            checked={s.quietHours.enabled}
            onToggle={() => update({ ...s, quietHours: { ...s.quietHours, enabled: !s.quietHours.enabled } })}
          >
            {t('opt.quiet')}
          </Switch>
          {(['from', 'to'] as const).map((end) => (
            <label class="row tight" key={end}>
              <span>{end === 'from' ? t('opt.quietFrom') : t('opt.quietTo')}</span>
              <input
                type="time"
                value={s.quietHours[end]}
                disabled={!s.quietHours.enabled}
                onChange={(e) =>
                  update({ ...s, quietHours: { ...s.quietHours, [end]: e.currentTarget.value || s.quietHours[end] } })
                }
              />
            </label>
          ))}
        </div>
      </section>

      <section aria-labelledby="sites">
        <h2 id="sites">{t('opt.sec.sites')}</h2>
        <ul class="sites">
          {sites.map((site) => {
            const on = !s.disabledSites.includes(site.id);
            return (
              <li key={site.id}>
                <Switch
                  checked={on}
                  onToggle={() =>
                    update({
                      ...s,
                      disabledSites: on ? [...s.disabledSites, site.id] : s.disabledSites.filter((x) => x !== site.id),
                    })
                  }
                >
                  {site.name}
                </Switch>
              </li>
            );
          })}
        </ul>
        <h3>{t('opt.howSend')}</h3>
        <p class="hint">{t('opt.howSendHint')}</p>
        {sites
          .filter((site) => site.sendKeyChoice)
          .map((site) => (
            <label class="row" key={site.id}>
              <span>{t('opt.sendsWith', { site: site.name })}</span>
              <select
                value={s.sendKeys[site.id] ?? site.sendKey}
                onChange={(e) =>
                  update({ ...s, sendKeys: { ...s.sendKeys, [site.id]: e.currentTarget.value as 'enter' | 'mod-enter' } })
                }
              >
                <option value="enter">{t('opt.key.enter')}</option>
                <option value="mod-enter">{t('opt.key.modEnter')}</option>
              </select>
            </label>
          ))}
        <h3>{t('opt.ownSites')}</h3>
        {s.customSites.length === 0 ? (
          <p class="hint">{t('opt.ownSitesNone')}</p>
        ) : (
          <ul class="sites">
            {s.customSites.map((c) => (
              <li key={c.origin}>
                <span>{new URL(c.origin).host}</span>{' '}
                <button
                  type="button"
                  onClick={() =>
                    void props.api('sites.custom.remove', { origin: c.origin }).then(() =>
                      setSiteMsg({ kind: 'ok', text: t('opt.removedSite', { host: new URL(c.origin).host }) }),
                    )
                  }
                >
                  {t('opt.removeSite', { host: new URL(c.origin).host })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add-site" onSubmit={(e) => void addSite(e)}>
          <label for="site-address">{t('opt.siteAddress')}</label>
          <div class="row">
            <input
              id="site-address"
              type="text"
              inputMode="url"
              placeholder="social.example"
              value={address}
              onInput={(e) => setAddress(e.currentTarget.value)}
            />
            <button type="submit">{t('opt.addSite')}</button>
          </div>
        </form>
        <Notice msg={siteMsg} />
      </section>

      <section aria-labelledby="reminders">
        <h2 id="reminders">{t('opt.sec.reminders')}</h2>
        <label class="row">
          <span>{t('opt.laterFirst')}</span>
          <select
            value={s.reminders.defaultChoice}
            onChange={(e) => update({ ...s, reminders: { ...s.reminders, defaultChoice: e.currentTarget.value as LaterDefault } })}
          >
            {laterChoices.map((value) => (
              <option key={value} value={value}>
                {t(`later.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <div class="row">
          <Switch
            checked={s.reminders.notifications}
            onToggle={() => update({ ...s, reminders: { ...s.reminders, notifications: !s.reminders.notifications } })}
          >
            {t('opt.notifications')}
          </Switch>
        </div>
        <p class="hint">{t('opt.notificationsHint')}</p>
      </section>

      <section aria-labelledby="appearance">
        <h2 id="appearance">{t('opt.sec.appearance')}</h2>
        <fieldset>
          <legend>{t('opt.colours')}</legend>
          {(['system', 'light', 'dark'] as const).map((value) => (
            <label class="choice" key={value}>
              <input
                type="radio"
                name="theme"
                value={value}
                checked={s.appearance.theme === value}
                onChange={() => update({ ...s, appearance: { ...s.appearance, theme: value } })}
              />
              <span>{t(`opt.theme.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        <label class="row">
          <span>{t('opt.textSize')}</span>
          <select
            value={s.appearance.textSize}
            onChange={(e) => update({ ...s, appearance: { ...s.appearance, textSize: e.currentTarget.value as TextSize } })}
          >
            <option value="normal">{t('opt.size.normal')}</option>
            <option value="large">{t('opt.size.large')}</option>
            <option value="larger">{t('opt.size.larger')}</option>
          </select>
        </label>
        <p class="hint">{t('opt.sizeHint')}</p>
        <label class="row">
          <span>{t('opt.language')}</span>
          <select
            value={s.appearance.language}
            onChange={(e) => update({ ...s, appearance: { ...s.appearance, language: e.currentTarget.value as LanguageSetting } })}
          >
            <option value="auto">{t('opt.languageAuto', { language: languageNames[matchLocale(browserLanguage())] })}</option>
            {locales.map((l) => (
              // Each language by its own name, marked as that language for screen readers.
              <option key={l} value={l} lang={l}>
                {languageNames[l]}
              </option>
            ))}
          </select>
        </label>
        <p class="hint">{t('opt.languageHint')}</p>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">{t('opt.sec.privacy')}</h2>
        <div class="row">
          <Switch checked={s.privacy.discreet} onToggle={() => update({ ...s, privacy: { ...s.privacy, discreet: !s.privacy.discreet } })}>
            {t('opt.discreet')}
          </Switch>
        </div>
        <p class="hint">{t('opt.discreetHint', { name: t('name.discreet') })}</p>
        <h3>{t('opt.lockHeading')}</h3>
        <LockSection s={s} update={update} api={props.api} />
        <h3>{t('opt.hideHeading')}</h3>
        <p>
          {t('opt.hideText')}
          {shortcut ? (
            <>
              {' '}
              {tAround('opt.hideShortcut', 'keys')[0]}
              <kbd>{shortcut}</kbd>
              {tAround('opt.hideShortcut', 'keys')[1]}
            </>
          ) : null}
        </p>
        <p class="hint">
          {shortcut ? t('opt.hideChange') : t('opt.hideNone')} {t('opt.hideKept')}
        </p>
      </section>

      <section aria-labelledby="data">
        <h2 id="data">{t('opt.sec.data')}</h2>
        <DataSection s={s} api={props.api} saveFile={props.saveFile} storageUsed={props.storageUsed} />
      </section>

      <section aria-labelledby="practice">
        <h2 id="practice">{t('opt.sec.practice')}</h2>
        <p>{t('opt.practiceText')}</p>
        <a class="button" href={props.practiceUrl} target="_blank" rel="noopener">
          {t('opt.practiceOpen')}
        </a>
      </section>

      <section aria-labelledby="about">
        <h2 id="about">{t('opt.sec.about')}</h2>
        <p>{t('opt.about')}</p>
        <p class="hint">{t('opt.aboutLocal')}</p>
      </section>
    </main>
  );
}
