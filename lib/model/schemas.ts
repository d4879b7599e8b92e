import * as v from 'valibot';
import { t } from '../i18n';
import { CHOICES, EVENT_KINDS, LABEL_MAX_CHARS, LATER_STATUSES, NOTE_MAX_CHARS, NUDGE_MAX_CHARS } from './values';

/**
 * The domain's shapes as valibot schemas: the one source of the domain types (lib/model/index.ts infers them
 * from here), of the background's payload checks and of the import file's checks.
 */

/** Text of at most `max` characters. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** An id: a non-empty string of at most 200 characters. */
export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** A time in milliseconds since 1970, within what Date can hold. */
export const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
/** What the person chose. */
export const choice = v.picklist(CHOICES);
/** What a pause event records. */
export const eventKind = v.picklist(EVENT_KINDS);

/** A check-in as the Pause card sends it (the entries, so the stored shape can add to them). */
export const reflectionInputEntries = {
  site: id,
  conversation: v.optional(id),
  nudgeId: v.optional(id),
  nudgeKind: v.optional(id),
  choice,
  feelings: v.pipe(v.array(text(40)), v.maxLength(40)),
  intensity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  note: text(NOTE_MAX_CHARS),
  otherMind: v.optional(text(NOTE_MAX_CHARS)),
  win: v.boolean(),
};
/** A check-in as the Pause card sends it. */
export const reflectionInput = v.strictObject(reflectionInputEntries);

/** One check-in, as kept. */
export const reflection = v.strictObject({ id, createdAt: time, updatedAt: time, ...reflectionInputEntries });

/** A web address a Later item can open: http or https only. */
export const webUrl = v.pipe(
  v.string(),
  v.maxLength(4000),
  v.check((s) => {
    try {
      return ['https:', 'http:'].includes(new URL(s).protocol);
    } catch {
      return false;
    }
  }, () => t('import.expectedAddress')),
);

/** A Later item's private label: the person's own words, trimmed, at most LABEL_MAX_CHARS characters. */
export const laterLabel = v.pipe(v.string(), v.trim(), v.maxLength(LABEL_MAX_CHARS));

/**
 * A conversation the person chose to answer later (dueAt null: "no reminder"). `label`: the person's own words
 * to tell two on one site apart (sealed like a reflection's note when the lock is on).
 */
export const laterItem = v.strictObject({
  id,
  createdAt: time,
  dueAt: v.nullable(time),
  site: id,
  url: webUrl,
  status: v.picklist(LATER_STATUSES),
  reminded: v.boolean(),
  label: v.optional(laterLabel),
});

/** A pause event, for gentle insights (no text). */
export const pauseEvent = v.strictObject({
  id,
  at: time,
  site: id,
  kind: eventKind,
  nudgeId: v.optional(id),
  durationMs: v.optional(v.pipe(v.number(), v.minValue(0))),
});

/**
 * The person's words for a nudge: an edit of a built-in one (same id as the built-in, `builtIn: true`; "Restore"
 * deletes it) or a nudge of their own.
 */
export const customNudge = v.strictObject({
  id,
  kind: id,
  text: v.pipe(v.string(), v.trim(), v.minLength(1, () => t('bg.nudgeEmpty')), v.maxLength(NUDGE_MAX_CHARS)),
  builtIn: v.boolean(),
  createdAt: time,
  updatedAt: time,
});
