/**
 * The domain's closed lists, as plain values: what the person can choose, what a pause event can record, how a
 * Later item stands. Types, schemas, the database, the protocol and the UI all take them from here.
 */

/** What the person chose when the pause appeared (`check-in`: they paused to check in, nothing else was decided). */
export const CHOICES = ['ready', 'later', 'not-now', 'check-in', 'sent', 'draft-kept'] as const;
/** One of CHOICES. */
export type Choice = (typeof CHOICES)[number];

/** Kinds of pause events (no text is ever kept with an event). */
export const EVENT_KINDS = ['shown', 'ready', 'later', 'check-in', 'not-now', 'snoozed', 'sent', 'draft-kept'] as const;
/** One of EVENT_KINDS. */
export type EventKind = (typeof EVENT_KINDS)[number];

/** Where a Later item stands. */
export const LATER_STATUSES = ['pending', 'done'] as const;
/** One of LATER_STATUSES. */
export type LaterStatus = (typeof LATER_STATUSES)[number];

/** Words for how the body feels, offered in the check-in (stable ids; labels come from lib/i18n). */
export const FEELING_IDS = ['tense', 'calm', 'numb', 'racing', 'heavy', 'open', 'safe', 'unsure', 'angry', 'sad', 'hopeful', 'tired'] as const;
/** One of FEELING_IDS. */
export type Feeling = (typeof FEELING_IDS)[number];

/** The seven kinds of built-in nudge, each from an approach that helps rebuild trust. */
export const NUDGE_KINDS = ['breathe', 'body', 'safe-place', 'other-minds', 'parts', 'consent', 'micro-trust'] as const;
/** One built-in kind of nudge. */
export type NudgeKind = (typeof NUDGE_KINDS)[number];
/** A built-in kind, or the person's own nudges. */
export type AnyNudgeKind = NudgeKind | 'own';

/** The fields of a reflection that only the person may read (sealed when the lock is on). */
export const PRIVATE_FIELD_NAMES = ['feelings', 'intensity', 'note', 'otherMind', 'win'] as const;

/** The longest words the person can keep in a nudge. */
export const NUDGE_MAX_CHARS = 400;
/** The longest private label a Later item keeps (so two on one site can be told apart). */
export const LABEL_MAX_CHARS = 200;
/** The longest note (and "what else") a check-in keeps. */
export const NOTE_MAX_CHARS = 20_000;
