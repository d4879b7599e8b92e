import * as v from 'valibot';
import { WrongPassphraseError } from '../../lib/crypto/vault';
import { LockedError } from '../../lib/db/lock';
import { t } from '../../lib/i18n';
import { describeStorageFault, isClosedConnection } from '../../lib/db/faults';
import { classifySender, CodedError, type RequestType, type Response, type SenderLike } from '../../lib/protocol/to-background';
import type { Services } from './services';
import type { Handler, Handlers, Schemas, SenderRules } from './handlers/types';

/** Every request type's schema, sender rule and handler, and the schemas' own kind messages. */
export interface RouteTables {
  schemas: Schemas<RequestType>;
  allowed: SenderRules<RequestType>;
  handlers: Handlers<RequestType>;
  /** The kind, specific messages the schemas give (shown to the person as they are). */
  kindMessages: () => string[];
}

/** The onMessage answer: validates, checks the sender and runs the handler; never throws. */
export function createRoute({ schemas, allowed, handlers, kindMessages }: RouteTables, { deps, lock }: Services) {
  return async function route(message: unknown, sender: SenderLike): Promise<Response> {
    await deps.localeReady?.().catch(() => undefined);
    if (typeof message !== 'object' || message === null) return { ok: false, error: 'Unknown message' };
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) {
      return { ok: false, error: 'Unknown message' };
    }
    const rt = type as RequestType;
    const kind = classifySender(sender, deps.ownId, deps.ownBaseUrl);
    if (!allowed[rt].includes(kind)) return { ok: false, error: 'Not allowed from this sender' };
    const parsed = v.safeParse(schemas[rt], payload ?? null);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      // Our own kind messages (a short passphrase, a site address) speak for themselves; anything else names where.
      if (kindMessages().includes(issue.message)) return { ok: false, error: issue.message };
      return { ok: false, error: t('bg.invalid', { where: path ? ` (${path})` : '', detail: issue.message }) };
    }
    const handler = handlers[rt] as Handler<RequestType>;
    if (kind === 'extension-page' && deps.touchLock && rt !== 'lock.lock') {
      void lock.status().then((st) => st.enabled && !st.locked && deps.touchLock?.(), () => undefined);
    }
    try {
      try {
        return { ok: true, value: await handler(parsed.output as never, sender) };
      } catch (err) {
        // A connection closed under us (an upgrade elsewhere, the browser): nothing was
        // written, so one more try on a fresh connection is safe.
        if (!isClosedConnection(err) || !deps.resetDb) throw err;
        deps.resetDb();
        return { ok: true, value: await handler(parsed.output as never, sender) };
      }
    } catch (err) {
      if (err instanceof LockedError) return { ok: false, error: err.message, code: 'locked' };
      if (err instanceof WrongPassphraseError) return { ok: false, error: err.message, code: 'wrong-passphrase' };
      if (err instanceof CodedError) return { ok: false, error: err.message, code: err.code };
      const fault = describeStorageFault(err);
      if (fault) return { ok: false, error: fault, code: 'storage' };
      return { ok: false, error: err instanceof Error ? err.message : t('bg.somethingWrong') };
    }
  };
}
