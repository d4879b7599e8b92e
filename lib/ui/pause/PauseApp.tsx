import { useEffect, useRef, useState } from 'preact/hooks';
import type { FrameToHost, ShowRequest } from '../../content/frame-protocol';
import type { EventKind } from '../../db/schema';
import { dueAt, type LaterChoice } from '../../later/due';
import type { BackgroundApi, RequestType } from '../../messaging';
import { builtInNudges, type Nudge } from '../../nudges/catalogue';
import { pickNudge, remember, type PickHistory } from '../../nudges/picker';
import type { Settings } from '../../settings';
import { useFocusTrap } from '../use-focus-trap';
import { Breathing } from './Breathing';
import { CheckIn, emptyCheckIn, type CheckInValue } from './CheckIn';
import { ReplyLater } from './ReplyLater';

/** What the Pause app needs from outside; passed in so it can be tested. */
export interface PauseAppProps {
  /** Messages to the content script. */
  send: (msg: FrameToHost) => void;
  /** Subscribes to show/hide requests from the content script. */
  subscribe: (fn: (req: ShowRequest | null) => void) => void;
  api: <K extends RequestType>(type: K, payload: BackgroundApi[K]['in']) => Promise<BackgroundApi[K]['out']>;
  settings: () => Settings;
  history: { load: () => Promise<PickHistory>; save: (h: PickHistory) => void };
  reducedMotion: () => boolean;
  now?: () => number;
}

type View = 'main' | 'later' | 'later-done' | 'checkin' | 'saved';

const laterWords: Record<LaterChoice, string> = {
  hour: 'in about an hour',
  evening: 'this evening',
  morning: 'tomorrow morning',
  none: '',
};

/** The Pause card inside the private frame. */
export function PauseApp(props: PauseAppProps) {
  const now = props.now ?? Date.now;
  const [req, setReq] = useState<ShowRequest | null>(null);
  const [view, setView] = useState<View>('main');
  const [nudge, setNudge] = useState<Nudge | undefined>();
  const [breathing, setBreathing] = useState(true);
  const [checkIn, setCheckIn] = useState<CheckInValue>(emptyCheckIn);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [laterChoice, setLaterChoice] = useState<LaterChoice>('none');
  const history = useRef<PickHistory>({ ids: [], kinds: [] });
  const shownAt = useRef(0);
  const dialog = useRef<HTMLDivElement>(null);
  const reqRef = useRef<ShowRequest | null>(null);
  reqRef.current = req;

  useFocusTrap(dialog, req !== null);

  useEffect(() => {
    void props.history
      .load()
      .then((h) => (history.current = h))
      .catch(() => undefined);
    props.subscribe((r) => {
      if (!r) {
        setReq(null);
        return;
      }
      const next = pickNudge(builtInNudges, history.current, props.settings().disabledKinds);
      if (next) {
        history.current = remember(history.current, next);
        props.history.save(history.current);
      }
      shownAt.current = now();
      setNudge(next);
      setView('main');
      setBreathing(true);
      setCheckIn(emptyCheckIn);
      setError(undefined);
      setBusy(false);
      setReq(r);
      report('shown', r, next);
    });
  }, []);

  // Move focus into the card whenever it opens or changes view.
  useEffect(() => {
    if (!req) return;
    const el = dialog.current;
    const target = el?.querySelector<HTMLElement>('[data-autofocus]') ?? el;
    target?.focus();
    props.send({ type: 'shown' });
  }, [req, view]);

  function report(kind: EventKind, r: ShowRequest | null = reqRef.current, n: Nudge | undefined = nudge) {
    if (!r) return;
    const payload: BackgroundApi['event.add']['in'] = { site: r.site, kind };
    if (n) payload.nudgeId = n.id;
    if (kind !== 'shown') payload.durationMs = Math.max(0, now() - shownAt.current);
    void props.api('event.add', payload).catch(() => undefined);
  }

  function close(choice: 'ready' | 'not-now' | 'later' | 'check-in') {
    if (choice === 'ready' || choice === 'not-now') report(choice);
    setReq(null);
    props.send({ type: 'close', choice });
  }

  async function saveCheckIn() {
    if (!req) return;
    setBusy(true);
    setError(undefined);
    const payload: BackgroundApi['reflection.add']['in'] = {
      site: req.site,
      choice: 'check-in',
      feelings: checkIn.feelings,
      note: checkIn.note,
      win: checkIn.win,
    };
    if (req.conversation) payload.conversation = req.conversation;
    if (nudge) {
      payload.nudgeId = nudge.id;
      payload.nudgeKind = nudge.kind;
    }
    if (checkIn.intensity) payload.intensity = checkIn.intensity;
    if (checkIn.otherMind.trim()) payload.otherMind = checkIn.otherMind;
    try {
      await props.api('reflection.add', payload);
      report('check-in');
      setView('saved');
    } catch {
      setError('This could not be saved just now. Your words are still here; you can try again in a moment.');
    } finally {
      setBusy(false);
    }
  }

  async function pickLater(choice: LaterChoice) {
    if (!req) return;
    setBusy(true);
    setError(undefined);
    try {
      await props.api('later.add', { site: req.site, url: req.url, dueAt: dueAt(choice, now()) });
      report('later');
      setLaterChoice(choice);
      setView('later-done');
    } catch {
      setError('This could not be saved just now. You can try again, or simply come back to it when you like.');
    } finally {
      setBusy(false);
    }
  }

  if (!req) return null;
  const settings = props.settings();
  const animate = settings.breathing.animate && !props.reducedMotion();

  return (
    <div class="backdrop">
      <div
        class="card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="pause-title"
        aria-describedby={view === 'main' ? 'pause-nudge' : undefined}
        tabIndex={-1}
        ref={dialog}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            close('not-now');
          }
        }}
      >
        <h2 id="pause-title">Pause before replying</h2>
        {view === 'main' && (
          <>
            <p id="pause-nudge" class="nudge">
              {nudge?.text}
            </p>
            {breathing ? (
              <div class="breath-box">
                <Breathing
                  pattern={settings.breathing.pattern}
                  breaths={settings.breathing.breaths}
                  animate={animate}
                  onDone={() => setBreathing(false)}
                />
                <button type="button" class="quiet" onClick={() => setBreathing(false)}>
                  Skip
                </button>
              </div>
            ) : null}
            <p class="permission">Replying later is allowed.</p>
            <div class="actions">
              <button type="button" class="primary" onClick={() => close('ready')}>
                I'm ready to reply
              </button>
              <button type="button" onClick={() => setView('later')}>
                Reply later
              </button>
              <button type="button" onClick={() => setView('checkin')}>
                Check in
              </button>
              <button type="button" onClick={() => close('not-now')}>
                Not now
              </button>
            </div>
          </>
        )}
        {view === 'later' && (
          <>
            <ReplyLater busy={busy} onPick={(c) => void pickLater(c)} onBack={() => setView('main')} />
            {error && (
              <p class="error" role="alert">
                {error}
              </p>
            )}
          </>
        )}
        {view === 'later-done' && (
          <>
            <p class="confirm" role="status" data-autofocus tabIndex={-1}>
              {laterChoice === 'none'
                ? 'It is on your Later list, waiting for whenever you are ready.'
                : `It is on your Later list. A gentle reminder will come ${laterWords[laterChoice]}. Until then, it can wait.`}
            </p>
            <div class="actions">
              <button type="button" class="primary" onClick={() => close('later')}>
                Close
              </button>
            </div>
          </>
        )}
        {view === 'checkin' && (
          <CheckIn
            value={checkIn}
            {...(nudge?.followUp ? { followUp: nudge.followUp } : {})}
            saving={busy}
            {...(error ? { error } : {})}
            onChange={setCheckIn}
            onSave={() => void saveCheckIn()}
            onBack={() => setView('main')}
          />
        )}
        {view === 'saved' && (
          <>
            <p class="confirm" role="status" data-autofocus tabIndex={-1}>
              Kept on this device, just for you. Thank you for checking in with yourself.
            </p>
            <div class="actions">
              <button type="button" class="primary" onClick={() => close('ready')}>
                I'm ready to reply
              </button>
              <button type="button" onClick={() => close('check-in')}>
                Close
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
