import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CloseChoice, FrameToHost, HostToFrame, ShowRequest } from '../../content/frame-protocol';
import type { EventKind } from '../../db/schema';
import { dueAt, type LaterChoice } from '../../later/due';
import { t } from '../../i18n';
import { errorCode, type BackgroundApi, type RequestType } from '../../messaging';
import { builtInNudges, type Nudge } from '../../nudges/catalogue';
import { effectiveNudges, type NudgeWords } from '../../nudges/effective';
import { pickNudge, remember, type PickHistory } from '../../nudges/picker';
import type { Settings } from '../../settings-model';
import { snoozeUntil, type SnoozeChoice } from '../../trigger/snooze';
import { useFocusTrap } from '../use-focus-trap';
import { Breathing } from './Breathing';
import { CheckIn, emptyCheckIn, hasWords, type CheckInValue } from './views/CheckIn';
import { ReplyLater } from './views/ReplyLater';

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


/** The background's own words for a storage fault (already in the person's language), shown as they are. */
function storageWords(err: unknown): string | undefined {
  return errorCode(err) === 'storage' && err instanceof Error ? err.message : undefined;
}

type View = 'main' | 'later' | 'later-done' | 'checkin' | 'saved' | 'draft' | 'less' | 'less-done';

/** What the card says once a conversation is on the Later list. */
const laterDone = { hour: 'card.laterHour', evening: 'card.laterEvening', morning: 'card.laterMorning', none: 'card.laterNone' } as const;

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
    // Loaded while the card may already be in use: what happened meanwhile is newer and wins.
    void props.history
      .load()
      .then((h) => {
        if (history.current.ids.length === 0) history.current = h;
      })
      .catch(() => undefined);
    void props.drafts
      .load()
      .then((d) => (drafts.current = { ...d, ...drafts.current }))
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
      setError(t('card.lessFailed'));
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
      setError(storageWords(err) ?? t('card.saveFailed'));
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
      setError(storageWords(err) ?? t('card.laterFailed'));
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
          <h2 id="pause-title">{t('card.title')}</h2>
          <button type="button" class="quiet hide" onClick={() => close('hidden')} title={t('card.hideTitle')}>
            {t('common.hide')}
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
                  {t('card.skip')}
                </button>
              </div>
            ) : null}
            <p class="permission">{t('card.permission')}</p>
            <div class="actions">
              {req.trigger === 'send' ? (
                <>
                  <button type="button" class="primary" onClick={() => close('send-now')}>
                    {t('card.sendNow')}
                  </button>
                  <button type="button" onClick={() => close('draft-kept')}>
                    {t('card.keepDraft')}
                  </button>
                </>
              ) : (
                <button type="button" class="primary" onClick={() => close('ready')}>
                  {t('card.ready')}
                </button>
              )}
              <button type="button" onClick={() => setView('later')}>
                {t('card.replyLater')}
              </button>
              <button type="button" onClick={() => setView('checkin')}>
                {t('card.checkIn')}
              </button>
              {req.trigger !== 'send' && (
                <button type="button" onClick={() => close('not-now')}>
                  {t('card.notNow')}
                </button>
              )}
            </div>
            {req.trigger === 'send' && (
              <p class="hint">{t('card.sendHint', { site: req.siteName })}</p>
            )}
            <div class="secondary">
              <button type="button" class="quiet" onClick={() => setView('draft')}>
                {t('card.writeHere')}
              </button>
              <button type="button" class="quiet" onClick={() => setView('less')}>
                {t('card.pauseLess')}
              </button>
            </div>
          </>
        )}
        {view === 'draft' && (
          <div class="draft">
            <label for="pause-draft">{t('card.draft')}</label>
            <textarea
              id="pause-draft"
              rows={5}
              data-autofocus
              value={draft}
              onInput={(e) => changeDraft(e.currentTarget.value)}
            />
            <p class="hint">{t('card.draftHint', { site: req.siteName })}</p>
            <div class="actions">
              <button type="button" class="primary" disabled={!draft.trim()} onClick={moveToChat}>
                {t('card.moveToChat')}
              </button>
              <button type="button" onClick={() => setView('main')}>
                {t('common.back')}
              </button>
            </div>
          </div>
        )}
        {view === 'less' && (
          <div role="group" aria-label={t('card.pauseLess')}>
            <p>{t('card.restOn', { site: req.siteName })}</p>
            <div class="actions stacked">
              <button type="button" disabled={busy} onClick={() => void pauseLess('hour')}>
                {t('card.forHour')}
              </button>
              <button type="button" disabled={busy} onClick={() => void pauseLess('today')}>
                {t('card.forToday')}
              </button>
              <button type="button" disabled={busy} onClick={() => void pauseLess('never')}>
                {t('card.notThisSite')}
              </button>
              <button type="button" class="quiet" onClick={() => setView('main')}>
                {t('common.back')}
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
                ? t('card.lessPractice')
                : snoozeChoice === 'hour'
                ? t('card.restHour', { site: req.siteName })
                : snoozeChoice === 'today'
                  ? t('card.restToday', { site: req.siteName })
                  : t('card.restNever', { site: req.siteName })}
            </p>
            <div class="actions">
              <button type="button" class="primary" onClick={() => close('snoozed')}>
                {t('common.close')}
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
                ? t('card.laterPractice')
                : t(laterDone[laterChoice])}
            </p>
            <div class="actions">
              <button type="button" class="primary" onClick={() => close('later')}>
                {t('common.close')}
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
                ? t('card.savedPractice')
                : t('card.saved')}
            </p>
            <div class="actions">
              <button type="button" class="primary" onClick={() => close('ready')}>
                {t('card.ready')}
              </button>
              <button type="button" onClick={() => close('check-in')}>
                {t('common.close')}
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
