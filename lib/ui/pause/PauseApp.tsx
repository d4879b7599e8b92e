import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CloseChoice, FrameToHost, HostToFrame, ShowRequest } from '../../protocol/frame';
import type { EventKind, NudgeWords } from '../../model';
import { dueAt, type LaterChoice } from '../../later/due';
import { t } from '../../i18n';
import type { BackgroundCaller } from '../../protocol/to-background';
import { kindNames, type Nudge } from '../../nudges/catalogue';
import { offeredNudges } from '../../nudges/effective';
import { remember, type PickHistory } from '../../nudges/picker';
import type { Settings } from '../../settings-model';
import { snoozeUntil, type SnoozeChoice } from '../../trigger/snooze';
import { useFocusTrap } from '../shared/use-focus-trap';
import { CardHeader } from './CardHeader';
import { useCardKeys } from './card-keys';
import {
  closeEvent,
  escapeChoice,
  eventPayload,
  mergeLoadedDrafts,
  nudgeFor,
  storageWords,
  withCheckIn,
  withDraft,
  type Drafts,
  type View,
} from './card-state';
import { checkInToReflectionInput, emptyCheckIn, type CheckInValue } from './check-in';
import { useAttempt } from './use-attempt';
import { CheckIn } from './views/CheckIn';
import { Choices } from './views/Choices';
import { LaterSet, Rested, Saved } from './views/Confirmations';
import { Draft } from './views/Draft';
import { ErrorLine } from './views/ErrorLine';
import { PauseLess } from './views/PauseLess';
import { ReplyLater } from './views/ReplyLater';

export type { Drafts } from './card-state';

/** What the Pause app needs from outside; passed in so it can be tested. */
export interface PauseAppProps {
  /** Messages to the content script. */
  send: (msg: FrameToHost) => void;
  /** Subscribes to requests from the content script. */
  subscribe: (fn: (msg: HostToFrame) => void) => void;
  api: BackgroundCaller;
  settings: () => Settings;
  /** The person's words for nudges (edits and their own), as last loaded from the background. */
  customNudges?: () => readonly NudgeWords[];
  history: { load: () => Promise<PickHistory>; save: (h: PickHistory) => void };
  reducedMotion: () => boolean;
  /** Rests pauses on a site: a snooze for a while; "never" turns the site off in the settings. */
  snooze: (site: string, until: number | 'never') => Promise<void>;
  /** Unsaved words (check-in, draft), kept in storage.session until saved or discarded. */
  drafts: { load: () => Promise<Drafts>; save: (d: Drafts) => void };
  now?: () => number;
  /** The practice page and the options preview: nothing is saved, scheduled or rested, and the card says so. */
  practice?: boolean;
}

/** The Pause card inside the private frame: its state, and which view shows it. */
export function PauseApp(props: PauseAppProps) {
  const now = props.now ?? Date.now;
  const [req, setReq] = useState<ShowRequest | null>(null);
  const [view, setView] = useState<View>('main');
  const [nudge, setNudge] = useState<Nudge | undefined>();
  const [breathing, setBreathing] = useState(true);
  const [checkIn, setCheckIn] = useState<CheckInValue>(emptyCheckIn);
  const attempt = useAttempt();
  const [laterChoice, setLaterChoice] = useState<LaterChoice>('none');
  const [snoozeChoice, setSnoozeChoice] = useState<SnoozeChoice>('hour');
  const [draft, setDraft] = useState('');
  /** The chat did not take the moved draft: the card came back to it, and says so. */
  const [draftBack, setDraftBack] = useState(false);
  const drafts = useRef<Drafts>({});
  const history = useRef<PickHistory>({ ids: [], kinds: [] });
  const shownAt = useRef(0);
  const dialog = useRef<HTMLDivElement>(null);
  const reqRef = useRef<ShowRequest | null>(null);
  reqRef.current = req;

  useFocusTrap(dialog, req !== null);
  // Escape closes the card like "Not now" (before a send: keeps the draft); the quick hide leaves no trace.
  useCardKeys(() => reqRef.current !== null, () => close(escapeChoice(reqRef.current)), () => close('hidden'));

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
      .then((d) => (drafts.current = mergeLoadedDrafts(d, drafts.current)))
      .catch(() => undefined);
    // Subscribed once: this `report` is the first render's, so a dismissal is counted without a nudge id.
    props.subscribe((msg) => {
      if (msg.type === 'dismiss') report('not-now');
      if (msg.type === 'draft-taken') {
        // The moved draft is in the composer now: only then is it forgotten here.
        keepDrafts(withDraft(drafts.current, ''));
        setDraft('');
        return;
      }
      setDraftBack(msg.type === 'show' && !!msg.draftBack);
      if (msg.type === 'show' && msg.draftBack) {
        // The same pause, back on its draft (still kept): no new nudge, nothing counted again.
        setDraft(drafts.current.draft ?? '');
        setView('draft');
        setReq(msg);
        return;
      }
      if (msg.type !== 'show') {
        setReq(null);
        return;
      }
      const settings = props.settings();
      const pool = offeredNudges(props.customNudges?.() ?? [], settings.disabledNudges, settings.breathing.pattern);
      const next = nudgeFor(msg, pool, history.current, settings.disabledKinds);
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
      attempt.reset();
      setReq(msg);
      report('shown', msg, next);
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
    void props.api('event.add', eventPayload(r.site, kind, n, () => now() - shownAt.current)).catch(() => undefined);
  }

  function keepDrafts(next: Drafts) {
    drafts.current = next;
    props.drafts.save(next);
  }

  function changeCheckIn(v: CheckInValue) {
    setCheckIn(v);
    keepDrafts(withCheckIn(drafts.current, v));
  }

  function changeDraft(text: string) {
    setDraft(text);
    keepDrafts(withDraft(drafts.current, text));
  }

  function close(choice: CloseChoice, insertText?: string) {
    const kind = closeEvent(choice);
    if (kind) report(kind);
    setReq(null);
    props.send(insertText ? { type: 'close', choice, insertText } : { type: 'close', choice });
  }

  /** The draft stays kept until the content script sees it in the composer ('draft-taken'). */
  function moveToChat() {
    close('ready', draft);
  }

  function pauseLess(r: ShowRequest, choice: SnoozeChoice) {
    return attempt.run(async () => {
      await props.snooze(r.site, snoozeUntil(choice, now()));
      report('snoozed');
      setSnoozeChoice(choice);
      setView('less-done');
    }, () => t('card.lessFailed'));
  }

  function saveCheckIn(r: ShowRequest) {
    return attempt.run(async () => {
      await props.api('reflection.add', checkInToReflectionInput(checkIn, r, nudge));
      keepDrafts(withCheckIn(drafts.current, emptyCheckIn));
      report('check-in');
      setView('saved');
    }, (err) => storageWords(err) ?? t('card.saveFailed'));
  }

  function pickLater(r: ShowRequest, choice: LaterChoice) {
    return attempt.run(async () => {
      await props.api('later.add', { site: r.site, url: r.url, dueAt: dueAt(choice, now()) });
      report('later');
      setLaterChoice(choice);
      setView('later-done');
    }, (err) => storageWords(err) ?? t('card.laterFailed'));
  }

  if (!req) return null;
  const settings = props.settings();
  const animate = settings.breathing.animate && !props.reducedMotion();
  const { pattern, breaths } = settings.breathing;
  const back = () => setView('main');

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
        <CardHeader onHide={() => close('hidden')} />
        {view === 'main' && (
          <Choices
            nudge={nudge?.text}
            kindName={nudge ? kindNames[nudge.kind] : undefined}
            breathing={breathing && pattern !== 'off' ? { pattern, breaths, animate } : undefined}
            trigger={req.trigger}
            siteName={req.siteName}
            onBreathed={() => setBreathing(false)}
            onClose={close}
            onOpen={setView}
          />
        )}
        {view === 'draft' && <Draft value={draft} siteName={req.siteName} notTaken={draftBack} onChange={changeDraft} onMove={moveToChat} onBack={back} />}
        {view === 'less' && (
          <PauseLess siteName={req.siteName} busy={attempt.busy} error={attempt.error} onPick={(c) => void pauseLess(req, c)} onBack={back} />
        )}
        {view === 'less-done' && (
          <Rested practice={props.practice} choice={snoozeChoice} siteName={req.siteName} onClose={() => close('snoozed')} />
        )}
        {view === 'later' && (
          <>
            <ReplyLater busy={attempt.busy} first={settings.reminders.defaultChoice} onPick={(c) => void pickLater(req, c)} onBack={back} />
            <ErrorLine error={attempt.error} />
          </>
        )}
        {view === 'later-done' && <LaterSet practice={props.practice} choice={laterChoice} onClose={() => close('later')} />}
        {view === 'checkin' && (
          <CheckIn
            value={checkIn}
            {...(nudge?.followUp ? { followUp: nudge.followUp } : {})}
            saving={attempt.busy}
            {...(attempt.error ? { error: attempt.error } : {})}
            onChange={changeCheckIn}
            onDiscard={() => changeCheckIn(emptyCheckIn)}
            onSave={() => void saveCheckIn(req)}
            onBack={back}
          />
        )}
        {view === 'saved' && <Saved practice={props.practice} onReady={() => close('ready')} onClose={() => close('check-in')} />}
      </div>
    </div>
  );
}
