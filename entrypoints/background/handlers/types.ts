import type * as v from 'valibot';
import type { BackgroundApi, RequestType, SenderKind, SenderLike } from '../../../lib/protocol/to-background';

/** One request's handler: the checked payload in, the answer out. */
export type Handler<K extends RequestType> = (payload: BackgroundApi[K]['in'], sender: SenderLike) => Promise<BackgroundApi[K]['out']>;

// Each table is a mapped type over a set of request types: an area's table must hold exactly its own
// types, and the combined table (handlers/index.ts) every type of BackgroundApi, or typecheck fails.

/** A handler for each request type in K. */
export type Handlers<K extends RequestType> = { [P in K]: Handler<P> };

/** A payload schema for each request type in K, whose output is what the handler takes. */
export type Schemas<K extends RequestType> = { [P in K]: v.GenericSchema<unknown, BackgroundApi[P]['in']> };

/** Which senders may make each request type in K. */
export type SenderRules<K extends RequestType> = { [P in K]: readonly SenderKind[] };
