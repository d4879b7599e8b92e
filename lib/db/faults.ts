/**
 * Storage faults, in words a person can act on. The background turns a
 * failed write into one of these (with the code 'storage'); the card and pages show it as it is and keep
 * the person's words. A failed write is never reported as saved.
 */
import { t } from '../i18n';

/** No room left on the device (or the browser's quota). */
export const storageFull = (): string => t('bg.storageFull');
/** The browser keeps no data (a private window, IndexedDB refused). */
export const storageUnavailable = (): string => t('bg.storageUnavailable');
/** The journal would not open. */
export const journalNotOpened = (): string => t('bg.journalNotOpened');

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
  if (isQuotaError(err)) return storageFull();
  if (isUnavailable(err)) return storageUnavailable();
  if (names(err).includes('JournalUnavailableError')) return journalNotOpened();
  return undefined;
}
