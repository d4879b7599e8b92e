import * as v from 'valibot';
import { t } from '../../../lib/i18n';
import type { Services } from '../services';
import type { Handlers, Schemas, SenderRules } from './types';

type Lock = 'lock.status' | 'lock.enable' | 'lock.unlock' | 'lock.lock' | 'lock.change' | 'lock.disable';

/** A new passphrase: long enough to resist guessing, said kindly. */
const passphrase = v.pipe(
  v.string(),
  v.minLength(8, () => t('bg.passShort')),
  v.maxLength(1000),
);
/** A passphrase being checked (any length: the keyring says whether it is right). */
const given = v.pipe(v.string(), v.maxLength(1000));

/** Payload schemas of the lock's requests. */
export const lockSchemas = {
  'lock.status': v.null(),
  'lock.enable': v.strictObject({ passphrase }),
  'lock.unlock': v.strictObject({ passphrase: given }),
  'lock.lock': v.null(),
  'lock.change': v.strictObject({ passphrase: given, next: passphrase }),
  'lock.disable': v.strictObject({ passphrase: given }),
} satisfies Schemas<Lock>;

/** The kind messages these schemas give (shown to the person as they are). */
export const lockKindMessages = () => [t('bg.passShort')];

/** Extension pages only. */
export const lockSenders: SenderRules<Lock> = {
  'lock.status': ['extension-page'],
  'lock.enable': ['extension-page'],
  'lock.unlock': ['extension-page'],
  'lock.lock': ['extension-page'],
  'lock.change': ['extension-page'],
  'lock.disable': ['extension-page'],
};

/** The passphrase lock: each change of state empties the read model and tells open pages. */
export function lockHandlers({ deps, lock, cache, lockNow }: Services): Handlers<Lock> {
  return {
    async 'lock.status'() {
      return lock.status();
    },
    async 'lock.enable'({ passphrase: p }) {
      await lock.enable(p);
      cache.reset();
      deps.notifyChanged('nudges');
      return null;
    },
    async 'lock.unlock'({ passphrase: p }) {
      await lock.unlock(p);
      cache.reset();
      deps.notifyChanged('nudges');
      return null;
    },
    async 'lock.lock'() {
      await lockNow();
      return null;
    },
    async 'lock.change'({ passphrase: p, next }) {
      await lock.change(p, next);
      return null;
    },
    async 'lock.disable'({ passphrase: p }) {
      await lock.disable(p);
      cache.reset();
      deps.notifyChanged('nudges');
      return null;
    },
  };
}
