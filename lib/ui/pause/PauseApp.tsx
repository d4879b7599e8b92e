import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CloseChoice, FrameToHost, HostToFrame, ShowRequest } from '../../content/frame-protocol';
import type { EventKind } from '../../db/schema';
import { storageFaultMessages } from '../../journal/faults';
import { dueAt, type LaterChoice } from '../../later/due';
import type { BackgroundApi, RequestType } from '../../messaging';
import { builtInNudges, type Nudge } from '../../nudges/catalogue';
import { effectiveNudges, type NudgeWords } from '../../nudges/effective';
import { pickNudge, remember, type PickHistory } from '../../nudges/picker';
import type { Settings } from '../../settings-model';
import { snoozeUntil, type SnoozeChoice } from '../../trigger/snooze';
import { useFocusTrap } from '../use-focus-trap';
import { Breathing } from './Breathing';
import { CheckIn, emptyCheckIn, hasWords, type CheckInValue } from './CheckIn';
import { ReplyLater } from './ReplyLater';

/** What the Pause app needs from outside; passed in so it can be tested. */
export interface PauseAppProps {
  /** Messages to the content script. */
  send: (msg: FrameToHost) => void;
  /** Subscribes to requests from the content script. */
  subscribe: (fn: (msg: HostToFrame) => void) => void;
  api: <K extends RequestType>(type: K, payload: BackgroundApi[K]['in']) => Promise<BackgroundApi[K]['out']>;
  settings: () => Settings;
  /** The person's words for nudges (edits and their own), as last loaded from the background. */
  customNudges?: () => readonly NudgeWords[];
  history: { load: () => Promise<PickHistory>; save: (h: PickHistory) => void };
  reducedMotion: () => boolean;
  /** Rests pauses on a site (writes the snoozes setting). */
  snooze: (site: string, until: number | 'never') => Promise<void>;
  /** Unsaved words (check-in, draft), kept in storage.session until saved or discarded. */
  drafts: { load: () => Promise<Drafts>; save: (d: Drafts) => void };
  now?: () => number;
  /** The practice page and the options preview: nothing is saved, scheduled or rested, and the card says so. */
  practice?: boolean;
}

/** What is kept while unsaved. */
export interface Drafts {
  checkIn?: CheckInValue;
  draft?: string;
}


/** The background's own words for a storage fault, shown as they are. */
function storageWords(err: unknown): string | undefined {
  const m = err instanceof Error ? err.message : '';
  return storageFaultMessages.has(m) ? m : undefined;
}

type View = 'main' | 'later' | 'later-done' | 'checkin' | 'saved' | 'draft' | 'less' | 'less-done';

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
  const [snoozeChoice, setSnoozeChoice] = useState<SnoozeChoice>('hour');
  const [draft, setDraft] = useState('');
  const drafts = useRef<Drafts>({});
  const history = useRef<PickHistory>({ ids: [], kinds: [] });
  const shownAt = useRef(0);
  const dialog = useRef<HTMLDivElement>(null);
  const reqRef = useRef<ShowRequest | null>(null);
  reqRef.current = req;

  useFocusTrap(dialog, req !== null);

  // Escape closes the card like "Not now", wherever focus is inside the frame.
  const closeRef = useRef<() => void>(() => undefined);
  closeRef.current = () => close(reqRef.current?.trigger === 'send' ? 'draft-kept' : 'not-now');
  const hideRef = useRef<() => void>(() => undefined);
  hideRef.current = () => close('hidden');
  useEffect(() => {
    // Registered once, so an Escape pressed the instant the card appears is never lost.
    // Quick hide: Shift tapped on its own three times within a second and a half. A tap counts when
    // Shift is released with no other key pressed meanwhile, so Shift+Tab and capitals never count.
    const taps: number[] = [];
    let alone = false;
    const onKey = (e: KeyboardEvent) => {
      if (!reqRef.current) return;
      if (e.key === 'Shift') {
        if (!e.repeat) alone = true;
        return;
      }
      alone = false;
      taps.length = 0;
      if (e.key !== 'Escape') return;
      e.preventDefault();
      closeRef.current();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (!reqRef.current || e.key !== 'Shift' || !alone) return;
      alone = false;
      const t = performance.now();
      taps.push(t);
      while (taps.length && t - taps[0]! > 1500) taps.shift();
      if (taps.length >= 3) {
        taps.length = 0;
        hideRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, []);

  useEffect(() => {
    void props.history
      .load()
      .then((h) => (history.current = h))
      .catch(() => undefined);
    void props.drafts
      .load()
      .then((d) => (drafts.current = d))
      .catch(() => undefined);
    props.subscribe((msg) => {
      if (msg.type === 'dismiss') report('not-now');
      if (msg.type !== 'show') {
        setReq(null);
        return;
      }
      const r = msg;
      const settings = props.settings();
      const pool = effectiveNudges(props.customNudges?.() ?? [], settings.disabledNudges);
      // A preview (options page) or practice run may ask for one nudge by id.
      const asked = r.nudgeId ? pool.find((x) => x.id === r.nudgeId) ?? builtInNudges.find((x) => x.id === r.nudgeId) : undefined;
      const next = asked ?? pickNudge(pool, history.current, settings.disabledKinds);
      if (next) {
        history.current = remember(history.current, next);
        props.history.save(history.current);
      }
      shownAt.current = now();
      setNudge(next);
      setView('main');
      setBreathing(true);
      setCheckIn(drafts.current.checkIn ?? emptyCheckIn);
      setDraft(drafts.current.draft ?? '');
      setError(undefined);
      setBusy(false);
      setReq(r);
      report('shown', r, next);
    });
  }, []);

  // Move focus into the card whenever it opens or changes view, before the next
  // keystroke can arrive (a layout effect runs right after the DOM changes).
  useLayoutEffect(() => {
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

  function keepDrafts(next: Drafts) {
    drafts.current = next;
    props.drafts.save(next);
  }

  function changeCheckIn(v: CheckInValue) {
    setCheckIn(v);
    keepDrafts({ ...drafts.current, checkIn: hasWords(v) ? v : undefined });
  }

  function changeDraft(text: string) {
    setDraft(text);
    keepDrafts({ ...drafts.current, draft: text.trim() ? text : undefined });
  }

  function close(choice: CloseChoice, insertText?: string) {
    if (choice === 'ready' || choice === 'not-now' || choice === 'draft-kept') report(choice);
    if (choice === 'send-now') report('sent');
    setReq(null);
    props.send(insertText ? { type: 'close', choice, insertText } : { type: 'close', choice });
  }

  function moveToChat() {
    const text = draft;
    keepDrafts({ ...drafts.current, draft: undefined });
    setDraft('');
    close('ready', text);
  }

  async function pauseLess(choice: SnoozeChoice) {
    if (!req) return;
    setBusy(true);
    setError(undefined);
    try {
      await props.snooze(req.site, snoozeUntil(choice, now()));
      report('snoozed');
      setSnoozeChoice(choice);
      setView('less-done');
    } catch {
      setError('That could not be changed just now. You can try again, or use the settings page.');
    } finally {
      setBusy(false);
    }
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
      keepDrafts({ ...drafts.current, checkIn: undefined });
      report('check-in');
      setView('saved');
    } catch (err) {
      setError(storageWords(err) ?? 'This could not be saved just now. Your words are still here; you can try again in a moment.');
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
    } catch (err) {
      setError(storageWords(err) ?? 'This could not be saved just now. You can try again, or simply come back to it when you like.');
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
      >
        <div class="card-head">
          <h2 id="pause-title">Pause before replying</h2>
          <button type="button" class="quiet hide" onClick={() => close('hidden')} title="Hide at once (or press Shift three times)">
            Hide
          </button>
        </div>
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
              {req.trigger === 'send' ? (
                <>
                  <button type="button" class="primary" onClick={() => close('send-now')}>
                    Send now
                  </button>
                  <button type="button" onClick={() => close('draft-kept')}>
                    Keep as draft
                  </button>
                </>
              ) : (
                <button type="button" class="primary" onClick={() => close('ready')}>
                  I'm ready to reply
                </button>
              )}
              <button type="button" onClick={() => setView('later')}>
                Reply later
              </button>
              <button type="button" onClick={() => setView('checkin')}>
                Check in
              </button>
              {req.trigger !== 'send' && (
                <button type="button" onClick={() => close('not-now')}>
                  Not now
                </button>
              )}
            </div>
            {req.trigger === 'send' && (
              <p class="hint">
                Your message stays exactly as you wrote it. If {req.siteName} does not take it from here, press send
                once more and it goes straight through.
              </p>
            )}
            <div class="secondary">
              <button type="button" class="quiet" onClick={() => setView('draft')}>
                Write it here first
              </button>
              <button type="button" class="quiet" onClick={() => setView('less')}>
                Pause less here
              </button>
            </div>
          </>
        )}
        {view === 'draft' && (
          <div class="draft">
            <label for="pause-draft">Draft</label>
            <textarea
              id="pause-draft"
              rows={5}
              data-autofocus
              value={draft}
              onInput={(e) => changeDraft(e.currentTarget.value)}
            />
            <p class="hint">Only you can see this. Nothing reaches {req.siteName} until you move it to the chat.</p>
            <div class="actions">
              <button type="button" class="primary" disabled={!draft.trim()} onClick={moveToChat}>
                Move to chat
              </button>
              <button type="button" onClick={() => setView('main')}>
                Back
              </button>
            </div>
          </div>
        )}
        {view === 'less' && (
          <div role="group" aria-label="Pause less here">
            <p>Rest the pause on {req.siteName}:</p>
            <div class="actions stacked">
              <button type="button" disabled={busy} onClick={() => void pauseLess('hour')}>
                For 1 hour
              </button>
              <button type="button" disabled={busy} onClick={() => void pauseLess('today')}>
                For today
              </button>
              <button type="button" disabled={busy} onClick={() => void pauseLess('never')}>
                Not on this site
              </button>
              <button type="button" class="quiet" onClick={() => setView('main')}>
                Back
              </button>
            </div>
            {error && (
              <p class="error" role="alert">
                {error}
              </p>
            )}
          </div>
        )}
        {view === 'less-done' && (
          <>
            <p class="confirm" role="status" data-autofocus tabIndex={-1}>
              {props.practice
                ? 'In practice nothing changes. In a real chat, the pause would rest on that site.'
                : snoozeChoice === 'hour'
                ? `The pause will rest on ${req.siteName} for an hour.`
                : snoozeChoice === 'today'
                  ? `The pause will rest on ${req.siteName} for the rest of today.`
                  : `The pause will rest on ${req.siteName} until you turn it back on in the settings.`}
            </p>
            <div class="actions">
              <button type="button" class="primary" onClick={() => close('snoozed')}>
                Close
              </button>
            </div>
          </>
        )}
        {view === 'later' && (
          <>
            <ReplyLater
              busy={busy}
              first={props.settings().reminders.defaultChoice}
              onPick={(c) => void pickLater(c)}
              onBack={() => setView('main')}
            />
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
              {props.practice
                ? 'In practice nothing is set aside. In a real chat, this conversation would wait on your Later list.'
                : laterChoice === 'none'
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
            onChange={changeCheckIn}
            onDiscard={() => changeCheckIn(emptyCheckIn)}
            onSave={() => void saveCheckIn()}
            onBack={() => setView('main')}
          />
        )}
        {view === 'saved' && (
          <>
            <p class="confirm" role="status" data-autofocus tabIndex={-1}>
              {props.practice
                ? 'This was practice, so nothing was kept. In a real chat, your check-in stays on this device, just for you.'
                : 'Kept on this device, just for you. Thank you for checking in with yourself.'}
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
