import type { BackgroundApi, RequestType } from '../../protocol/to-background';
import { PAGE } from './ReflectionsPanel';
import type { BackgroundCaller } from '../../protocol/to-background';

type Ask = { [K in RequestType]: [K, BackgroundApi[K]['in']] }[RequestType];

/**
 * What the popup asks the background before it can show anything: whether the journal is locked, the newest page of
 * reflections, and which sites have any. Asked as the popup's script starts, these round trips overlap the page's own
 * start-up (reading settings, the first render) instead of following it. A unit test keeps this list equal to what
 * the popup really asks first, so it cannot drift into asking twice.
 */
export const firstQuestions: readonly Ask[] = [
  ['lock.status', null],
  ['reflections.query', { query: {}, limit: PAGE }],
  ['reflections.sites', null],
];

/** How long an early answer waits to be taken: the popup asks within a few frames, or it asks afresh. */
const KEEP_MS = 2000;

const keyOf = (type: string, payload: unknown) => `${type} ${JSON.stringify(payload)}`;

/**
 * Asks `questions` now and returns an api that hands each early answer to the first identical request (same type,
 * same payload), once, if it is a good answer; anything else, a failed early answer, and anything asked again go to
 * the background as usual. `forget()` drops early answers not yet taken (the journal changed, so they may be stale).
 */
export function askEarly(api: BackgroundCaller, questions: readonly Ask[], now: () => number = Date.now): { api: BackgroundCaller; forget: () => void } {
  const early = new Map<string, { at: number; answer: Promise<unknown> }>();
  for (const [type, payload] of questions) {
    const answer = api(type, payload as never);
    answer.catch(() => undefined); // Handled by whoever takes it; one never taken must not be an unhandled rejection.
    early.set(keyOf(type, payload), { at: now(), answer });
  }
  const wrapped = (<K extends RequestType>(type: K, payload: BackgroundApi[K]['in']) => {
    const key = keyOf(type, payload);
    const found = early.get(key);
    early.delete(key);
    if (!found || now() - found.at > KEEP_MS) return api(type, payload);
    // Only a good answer is handed on: a failed one (locked then, unlocked since; the worker was starting) is asked afresh.
    return (found.answer as Promise<BackgroundApi[K]['out']>).catch(() => api(type, payload));
  }) as BackgroundCaller;
  return { api: wrapped, forget: () => early.clear() };
}
