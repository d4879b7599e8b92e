import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { HideButton } from '../shared/HideButton';
import type { BackgroundApi, RequestType } from '../../protocol/to-background';
import type { Settings } from '../../settings-model';
import { t, type TextKey } from '../../i18n';
import { AboutSection } from './sections/AboutSection';
import { AppearanceSection } from './sections/AppearanceSection';
import { BreathingSection } from './sections/BreathingSection';
import { DataSection } from './sections/DataSection';
import { NudgesSection } from './sections/NudgesSection';
import { PracticeSection } from './sections/PracticeSection';
import { PrivacySection } from './sections/PrivacySection';
import { RemindersSection } from './sections/RemindersSection';
import { SitesSection } from './sections/SitesSection';
import { SupportSection } from './sections/SupportSection';
import { WhenSection } from './sections/WhenSection';

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
  /** Quick hide: this page (and every page of Unhurried, and the card) disappears at once. */
  hide: () => void;
  /** The section the address asks for (options.html#support), to land on once the page is drawn. */
  landOn?: string;
}

/** A section's id: its anchor, its heading's id, and (as opt.sec.<id>) its title. */
type SectionId = { [K in TextKey]: K extends `opt.sec.${infer Id}` ? Id : never }[TextKey];

/** The options page: loads and saves the settings, and lays out its sections under a table of contents. */
export function OptionsApp(props: Props) {
  const [s, setS] = useState<Settings | null>(null);

  // Our own writes come back through the watch; an older one arriving after a newer
  // change must not undo it, so echoes of what this page wrote are ignored.
  const written = useRef(new Set<string>());
  useEffect(() => {
    void props.load().then(setS);
    props.watch((v) => {
      const key = JSON.stringify(v);
      if (written.current.delete(key)) return;
      setS(v);
    });
  }, []);

  // The sections appear only once the settings are read, after the browser looked for the address's #section:
  // land on it then, with focus on its heading (so a screen reader starts there too).
  const landed = useRef(false);
  useEffect(() => {
    if (!s || landed.current) return;
    landed.current = true;
    const heading = props.landOn ? document.getElementById(props.landOn) : null;
    if (!heading || heading.tagName !== 'H2') return;
    heading.tabIndex = -1;
    (heading.closest('section') ?? heading).scrollIntoView();
    heading.focus({ preventScroll: true });
  }, [s]);

  if (!s) return <p class="hint">{t('common.opening')}</p>;
  const update = (next: Settings) => {
    setS(next);
    written.current.add(JSON.stringify(next));
    void props.save(next);
  };

  // The page's order: the table of contents and the sections both follow this one list.
  const sections: { id: SectionId; body: ComponentChildren }[] = [
    { id: 'nudges', body: <NudgesSection s={s} update={update} api={props.api} pauseUrl={props.pauseUrl} /> },
    { id: 'breathing', body: <BreathingSection s={s} update={update} /> },
    { id: 'when', body: <WhenSection s={s} update={update} /> },
    { id: 'sites', body: <SitesSection s={s} update={update} api={props.api} requestHost={props.requestHost} /> },
    { id: 'reminders', body: <RemindersSection s={s} update={update} /> },
    { id: 'appearance', body: <AppearanceSection s={s} update={update} /> },
    { id: 'privacy', body: <PrivacySection s={s} update={update} api={props.api} hideShortcut={props.hideShortcut} /> },
    { id: 'support', body: <SupportSection /> },
    { id: 'data', body: <DataSection s={s} api={props.api} saveFile={props.saveFile} storageUsed={props.storageUsed} /> },
    { id: 'practice', body: <PracticeSection practiceUrl={props.practiceUrl} /> },
    { id: 'about', body: <AboutSection /> },
  ];

  return (
    <main class="options">
      <HideButton onHide={props.hide} />
      <h1>{t('opt.title')}</h1>
      <p class="hint">{t('opt.lede')}</p>
      <nav aria-label={t('opt.sections')} class="toc">
        <ul>
          {sections.map(({ id }) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`opt.sec.${id}`)}</a>
            </li>
          ))}
        </ul>
      </nav>

      {sections.map(({ id, body }) => (
        <section key={id} aria-labelledby={id}>
          <h2 id={id}>{t(`opt.sec.${id}`)}</h2>
          {body}
        </section>
      ))}
    </main>
  );
}
