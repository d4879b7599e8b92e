import * as v from 'valibot';
import { t } from '../../../lib/i18n';
import type { Services } from '../services';
import type { Handlers, Schemas, SenderRules } from './types';

type Sites = 'sites.custom.add' | 'sites.custom.remove';

/** A site's origin ("https://host[:port]"), as the person added it. */
const origin = v.pipe(
  v.string(),
  v.maxLength(300),
  v.regex(/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i, () => t('bg.siteAddress')),
);

/** Payload schemas of the person's own sites' requests. */
export const sitesSchemas = {
  'sites.custom.add': v.strictObject({ origin }),
  'sites.custom.remove': v.strictObject({ origin }),
} satisfies Schemas<Sites>;

/** The kind messages these schemas give (shown to the person as they are). */
export const sitesKindMessages = () => [t('bg.siteAddress')];

/** Extension pages only (the options page). */
export const sitesSenders: SenderRules<Sites> = {
  'sites.custom.add': ['extension-page'],
  'sites.custom.remove': ['extension-page'],
};

/** The person's own sites: added once the browser granted the host, removed with its script. */
export function sitesHandlers({ deps }: Services): Handlers<Sites> {
  return {
    async 'sites.custom.add'({ origin: o }) {
      if (!(await deps.customSites.hasPermission(o))) {
        throw new Error(t('bg.siteNotAllowed'));
      }
      await deps.customSites.register(o);
      return { origin: o };
    },
    async 'sites.custom.remove'({ origin: o }) {
      await deps.customSites.unregister(o);
      return null;
    },
  };
}
