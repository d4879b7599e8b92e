import { t, tDynamic, type TextKey } from '../i18n';
import { NUDGE_KINDS, type AnyNudgeKind, type NudgeKind } from '../model';

/** One grounding nudge: short, second person, invitational. */
export interface Nudge {
  id: string;
  kind: AnyNudgeKind;
  text: string;
  /** A gentle question the check-in can offer afterwards. */
  followUp?: string;
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
const n = (id: string, kind: NudgeKind, followUp = false): Nudge & { kind: NudgeKind } =>
  Object.defineProperties({ id, kind } as Nudge & { kind: NudgeKind }, {
    text: { enumerable: true, get: () => tDynamic(`nudge.${id}`) ?? '' },
    ...(followUp ? { followUp: { enumerable: true, get: () => tDynamic(`nudge.${id}.followUp`) } } : {}),
  });

/** The built-in nudges. Written for Unhurried (words in lib/i18n/locales); ids are stable (reflections refer to them). */
export const builtInNudges: ReadonlyArray<Nudge & { kind: NudgeKind }> = [
  // Breathe: co-regulation, a slower breath out than in.
  n('breathe-circle', 'breathe'),
  n('breathe-balloon', 'breathe'),
  n('breathe-hand', 'breathe'),
  n('breathe-sigh', 'breathe'),
  n('breathe-count', 'breathe'),
  n('breathe-borrow', 'breathe', true),
  // Body: somatic grounding.
  n('body-feet', 'body'),
  n('body-shoulders', 'body'),
  n('body-jaw', 'body'),
  n('body-chair', 'body'),
  n('body-hands', 'body'),
  n('body-skin', 'body'),
  n('body-where', 'body', true),
  // Safe place: resourcing.
  n('safe-picture', 'safe-place'),
  n('safe-person', 'safe-place', true),
  n('safe-protector', 'safe-place'),
  n('safe-object', 'safe-place'),
  n('safe-memory', 'safe-place'),
  n('safe-room', 'safe-place'),
  // Other minds: mentalization.
  n('other-else', 'other-minds', true),
  n('other-guess', 'other-minds'),
  n('other-day', 'other-minds'),
  n('other-under', 'other-minds', true),
  n('other-friend', 'other-minds'),
  n('other-unknown', 'other-minds'),
  // Parts: Internal Family Systems.
  n('parts-which', 'parts', true),
  n('parts-protect', 'parts'),
  n('parts-all', 'parts'),
  n('parts-younger', 'parts'),
  n('parts-ask', 'parts', true),
  n('parts-curious', 'parts'),
  // Consent: boundaries.
  n('consent-yes', 'consent'),
  n('consent-short', 'consent'),
  n('consent-time', 'consent'),
  n('consent-change', 'consent'),
  n('consent-respected', 'consent', true),
  n('consent-limit', 'consent'),
  // Micro-trust: small moments count.
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
