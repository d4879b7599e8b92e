import type * as v from 'valibot';
import type { customNudge, laterItem, pauseEvent, reflection, reflectionInput } from './schemas';
import type { PRIVATE_FIELD_NAMES } from './values';

/**
 * The domain model: what Unhurried keeps and talks about, defined once. The types are inferred from the schemas
 * in ./schemas (one source for the database, the protocol, the import check and the UI); the closed lists are in
 * ./values. This module has no runtime code of its own, so a page that needs only the types carries nothing.
 */

export * from './values';

/** One check-in. */
export type Reflection = v.InferOutput<typeof reflection>;
/** A check-in as the Pause card sends it; the background adds ids and times. */
export type ReflectionInput = v.InferOutput<typeof reflectionInput>;
/** The fields of a reflection that only the person may read (encrypted when the lock is on). */
export type PrivateFields = Pick<Reflection, (typeof PRIVATE_FIELD_NAMES)[number]>;
/** A conversation the person chose to answer later. */
export type LaterItem = v.InferOutput<typeof laterItem>;
/** A pause event, for gentle insights. */
export type PauseEvent = v.InferOutput<typeof pauseEvent>;
/** The person's words for a nudge, as kept (an edit of a built-in one, or their own). */
export type CustomNudge = v.InferOutput<typeof customNudge>;
/** The person's words for a nudge, as the background hands them out. */
export type NudgeWords = Pick<CustomNudge, 'id' | 'kind' | 'text' | 'builtIn'>;
