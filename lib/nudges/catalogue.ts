import { t, tDynamic, type TextKey } from '../i18n';
import { NUDGE_KINDS, type AnyNudgeKind, type NudgeKind } from '../model';
import type { BreathClaim } from './breath-fit';

/** One grounding nudge: short, second person, invitational. */
export interface Nudge {
  id: string;
  kind: AnyNudgeKind;
  text: string;
  /** A gentle question the check-in can offer afterwards. */
  followUp?: string;
  /** What the words say about breathing, so the card never offers them over a rhythm they contradict. */
  breath?: BreathClaim;
}

/**
 * Display names of the kinds, in the person's language. Each name is read when it is used (a getter), so a
 * language change shows at the next render with no call site knowing about languages.
 */
export const kindNames = Object.defineProperties(
  {} as Record<AnyNudgeKind, string>,
  Object.fromEntries(
    [...NUDGE_KINDS, 'own'].map((k) => [k, { enumerable: true, get: () => t(`kind.${k}` as TextKey) }]),
  ),
);

/** A built-in nudge: its words are the message `nudge.<id>` (and `nudge.<id>.followUp`) in the person's language. */
const n = (id: string, kind: NudgeKind, followUp = false, breath?: BreathClaim): Nudge & { kind: NudgeKind } =>
  Object.defineProperties((breath ? { id, kind, breath } : { id, kind }) as Nudge & { kind: NudgeKind }, {
    text: { enumerable: true, get: () => tDynamic(`nudge.${id}`) ?? '' },
    ...(followUp ? { followUp: { enumerable: true, get: () => tDynamic(`nudge.${id}.followUp`) } } : {}),
  });

/** The built-in nudges. Written for Unhurried (words in lib/i18n/locales); ids are stable (reflections refer to them). */
export const builtInNudges: ReadonlyArray<Nudge & { kind: NudgeKind }> = [
  // Breathe: co-regulation. Words that name a rhythm say so (see breath-fit.ts), so the card keeps them to rhythms
  // they fit: the guide, a longer breath out, or counts of their own.
  n('breathe-circle', 'breathe', false, { guide: true }),
  n('breathe-balloon', 'breathe'),
  n('breathe-hand', 'breathe'),
  n('breathe-sigh', 'breathe', false, { longerOut: true }),
  n('breathe-count', 'breathe', false, { counts: { in: 4, out: 6 } }),
  n('breathe-borrow', 'breathe', true),
  // Body: somatic grounding.
  n('body-feet', 'body'),
  n('body-shoulders', 'body'),
  n('body-jaw', 'body'),
  n('body-chair', 'body'),
  n('body-hands', 'body'),
  n('body-skin', 'body'),
  n('body-where', 'body', true),
  // A steady place: resourcing.
  n('safe-picture', 'safe-place'),
  n('safe-person', 'safe-place', true),
  n('safe-protector', 'safe-place'),
  n('safe-object', 'safe-place'),
  n('safe-memory', 'safe-place'),
  n('safe-room', 'safe-place'),
  // The other side: mentalization. The person's own reading comes first and counts; nothing hints that the other
  // person's behaviour is theirs to excuse or to carry.
  n('other-else', 'other-minds', true),
  n('other-guess', 'other-minds'),
  n('other-day', 'other-minds'),
  n('other-under', 'other-minds', true),
  n('other-friend', 'other-minds'),
  n('other-unknown', 'other-minds'),
  // Parts of me: Internal Family Systems.
  n('parts-which', 'parts', true),
  n('parts-protect', 'parts'),
  n('parts-all', 'parts'),
  n('parts-younger', 'parts'),
  n('parts-ask', 'parts', true),
  n('parts-curious', 'parts'),
  // Yes and no: consent, boundaries.
  n('consent-yes', 'consent'),
  n('consent-short', 'consent'),
  n('consent-time', 'consent'),
  n('consent-change', 'consent'),
  n('consent-respected', 'consent', true),
  n('consent-limit', 'consent'),
  // Small steps: micro-trust, small moments count.
  n('micro-later', 'micro-trust'),
  n('micro-good', 'micro-trust', true),
  n('micro-calm', 'micro-trust'),
  n('micro-practice', 'micro-trust'),
  n('micro-pace', 'micro-trust'),
  n('micro-kind', 'micro-trust'),
];


const byId = new Map(builtInNudges.map((x) => [x.id, x]));
/** A built-in nudge by id. */
export function nudgeById(id: string): Nudge | undefined {
  return byId.get(id);
}
