import { t } from '../../i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../settings-model';
import { HideButton } from '../shared/HideButton';
import { pageTitle } from '../shared/page-title';
import { hostPracticeCard, type PracticeCard } from '../shared/practice-card';

interface Props {
  pauseUrl: string;
  settings: () => Promise<Settings>;
  watchSettings: (fn: (s: Settings) => void) => void;
  /** Quick hide: this page (and every page of Unhurried, and the card) disappears at once. */
  hide: () => void;
}

type Line = { from: 'them'; key: 'practice.line1' | 'practice.line2' | 'practice.reply' } | { from: 'me'; text: string };

/** The pretend conversation's opening lines (kept as keys, so a language change shows them anew). */
const opening: Line[] = [
  { from: 'them', key: 'practice.line1' },
  { from: 'them', key: 'practice.line2' },
];

/**
 * A pretend chat with no one on the other side, where the person can meet the
 * real Pause card (the same page, in practice mode) before it ever appears in
 * a real conversation. Nothing here is saved, sent or scheduled.
 */
export function PracticeApp({ pauseUrl, settings, watchSettings, hide }: Props) {
  const [s, setS] = useState<Settings | null>(null);
  const [lines, setLines] = useState<Line[]>(opening);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  const card = useRef<PracticeCard>();
  const composer = useRef<HTMLTextAreaElement>(null);
  const pausedThisReply = useRef(false);
  const textRef = useRef('');
  textRef.current = text;

  useEffect(() => {
    void settings().then(setS);
    watchSettings(setS);
    const c = hostPracticeCard(frame.current!, pauseUrl);
    card.current = c;
    c.onClose((choice, insertText) => {
      setOpen(false);
      if (insertText) setText(insertText);
      if (choice === 'send-now') send(textRef.current);
      composer.current?.focus();
    });
  }, []);

  function showCard(trigger: 'start' | 'send') {
    setOpen(true);
    card.current?.show({ site: 'practice', siteName: t('practice.site'), conversation: null, url: location.href, trigger });
    frame.current?.focus();
  }

  function send(words: string) {
    if (!words.trim()) return;
    setLines((l) => [...l, { from: 'me', text: words.trim() }]);
    setText('');
    pausedThisReply.current = false;
    setTimeout(() => setLines((l) => [...l, { from: 'them', key: 'practice.reply' }]), 900);
  }

  const mode = s?.mode ?? 'start';
  return (
    <main class="practice">
      <HideButton onHide={hide} />
      <h1>{t('practice.title')}</h1>
      <p class="lede">{t('practice.lede')}</p>
      <p class="hint">
        {mode === 'send' ? t('practice.modeSend') : mode === 'both' ? t('practice.modeBoth') : t('practice.modeStart')}
      </p>
      <section class="chat" aria-label={t('practice.chat')}>
        <ol class="lines" aria-live="polite">
          {lines.map((l, i) => (
            <li key={i} class={l.from}>
              <span class="sr-only">{l.from === 'them' ? t('practice.them') : t('practice.you')} </span>
              {l.from === 'them' ? t(l.key) : l.text}
            </li>
          ))}
        </ol>
        <form
          class="composer"
          onSubmit={(e) => {
            e.preventDefault();
            if (mode !== 'start') showCard('send');
            else send(text);
          }}
        >
          <label for="practice-message" class="sr-only">
            {t('practice.message')}
          </label>
          <textarea autocomplete="off"
            id="practice-message"
            ref={composer}
            rows={2}
            placeholder={t('practice.placeholder')}
            value={text}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                (e.currentTarget.form as HTMLFormElement).requestSubmit();
                return;
              }
              const starting = e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
              if (starting && mode !== 'send' && !pausedThisReply.current && !textRef.current) {
                pausedThisReply.current = true;
                e.preventDefault();
                showCard('start');
              }
            }}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit" class="primary">
            {t('practice.send')}
          </button>
        </form>
      </section>
      <p>
        <button type="button" onClick={() => showCard('start')}>
          {t('practice.showNow')}
        </button>
      </p>
      <iframe ref={frame} class={open ? 'card-frame open' : 'card-frame'} title={pageTitle('card', s?.privacy.discreet ?? true)} tabIndex={open ? 0 : -1} aria-hidden={!open} />
    </main>
  );
}
