/**
 * Storage faults, in words a person can act on. The background turns a
 * failed write into one of these; the card and pages show it as it is and keep
 * the person's words. A failed write is never reported as saved.
 */
export const STORAGE_FULL =
  'There is no room left on this device to save this just now. Your words are still here: freeing some space in the browser lets you save them.';
export const STORAGE_UNAVAILABLE =
  'This browser is not keeping data at the moment (for example in a private window), so nothing can be saved. Your words are still here while this stays open.';

export const JOURNAL_NOT_OPENED =
  'Your journal could not be opened just now. Everything already in it is unchanged. Restarting the browser usually helps, and your words are still here.';

/** Every message a storage fault can show (the card shows these as they are). */
export const storageFaultMessages: ReadonlySet<string> = new Set([STORAGE_FULL, STORAGE_UNAVAILABLE, JOURNAL_NOT_OPENED]);

/** The DOMException name (or the name of the cause a wrapper carries). */
function names(err: unknown): string[] {
  const out: string[] = [];
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const { name, message, cause, error } = e as { name?: unknown; message?: unknown; cause?: unknown; error?: unknown };
    if (typeof name === 'string') out.push(name);
    if (typeof message === 'string' && /quota/i.test(message)) out.push('QuotaExceededError');
    e = cause ?? error;
  }
  return out;
}

/** Whether the disk or the browser's quota is full (also when it arrives wrapped in an AbortError). */
export function isQuotaError(err: unknown): boolean {
  return names(err).includes('QuotaExceededError');
}

/** Whether the connection was closed under us (the next try opens a fresh one). */
export function isClosedConnection(err: unknown): boolean {
  const n = names(err);
  const message = err && typeof err === 'object' ? String((err as { message?: unknown }).message ?? '') : '';
  return n.includes('InvalidStateError') && /clos/i.test(message);
}

/** Whether storage cannot be used at all (IndexedDB missing or refused, as in a private window). */
export function isUnavailable(err: unknown): boolean {
  const n = names(err);
  return n.includes('UnknownError') || n.includes('SecurityError') || (n.includes('InvalidStateError') && !isClosedConnection(err)) || (err instanceof ReferenceError && /indexedDB/i.test(err.message));
}

/** A kind message for a storage fault, or undefined when the error is something else. */
export function describeStorageFault(err: unknown): string | undefined {
  if (isQuotaError(err)) return STORAGE_FULL;
  if (isUnavailable(err)) return STORAGE_UNAVAILABLE;
  if (names(err).includes('JournalUnavailableError')) return JOURNAL_NOT_OPENED;
  return undefined;
}
