import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../settings-model';
import { hostPracticeCard, type PracticeCard } from './card-host';

interface Props {
  pauseUrl: string;
  settings: () => Promise<Settings>;
  watchSettings: (fn: (s: Settings) => void) => void;
}

interface Line {
  from: 'them' | 'me';
  text: string;
}

const opening: Line[] = [
  { from: 'them', text: 'Hi! Are you free on Saturday?' },
  { from: 'them', text: 'Let me know when you can.' },
];

/**
 * A pretend chat with no one on the other side, where the person can meet the
 * real Pause card (the same page, in practice mode) before it ever appears in
 * a real conversation. Nothing here is saved, sent or scheduled.
 */
export function PracticeApp({ pauseUrl, settings, watchSettings }: Props) {
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
    card.current?.show({ site: 'practice', siteName: 'this practice chat', conversation: null, url: location.href, trigger });
    frame.current?.focus();
  }

  function send(words: string) {
    if (!words.trim()) return;
    setLines((l) => [...l, { from: 'me', text: words.trim() }]);
    setText('');
    pausedThisReply.current = false;
    setTimeout(() => setLines((l) => [...l, { from: 'them', text: 'Thanks, whenever suits you.' }]), 900);
  }

  const mode = s?.mode ?? 'start';
  return (
    <main class="practice">
      <h1>Practice</h1>
      <p class="lede">
        A pretend chat, with no one on the other side. Try the pause here as often as you like: nothing you do on this page is
        saved, sent or scheduled.
      </p>
      <p class="hint">
        {mode === 'send'
          ? 'Your settings pause when you press send: write a reply, then press Enter or Send.'
          : mode === 'both'
            ? 'Your settings pause when you start a reply and again when you send.'
            : 'Your settings pause when you start a reply: type a first letter.'}
      </p>
      <section class="chat" aria-label="Pretend chat">
        <ol class="lines" aria-live="polite">
          {lines.map((l, i) => (
            <li key={i} class={l.from}>
              <span class="sr-only">{l.from === 'them' ? 'Them: ' : 'You: '}</span>
              {l.text}
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
            Message
          </label>
          <textarea
            id="practice-message"
            ref={composer}
            rows={2}
            placeholder="Type a reply"
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
            Send
          </button>
        </form>
      </section>
      <p>
        <button type="button" onClick={() => showCard('start')}>
          Show the pause now
        </button>
      </p>
      <iframe ref={frame} class={open ? 'card-frame open' : 'card-frame'} title="Pause before replying" tabIndex={open ? 0 : -1} aria-hidden={!open} />
    </main>
  );
}
