import * as v from 'valibot';
import { t } from '../../../lib/i18n';
import type { SenderLike } from '../../../lib/protocol/to-background';
import type { Services } from '../services';
import type { Handlers, Schemas, SenderRules } from './types';

type Frame = 'frame.register' | 'frame.token' | 'frame.state.get' | 'frame.state.set';

/** Payload schemas of the pause frame's requests. */
export const frameSchemas = {
  'frame.register': v.strictObject({ token: v.pipe(v.string(), v.minLength(16), v.maxLength(100)) }),
  'frame.token': v.null(),
  'frame.state.get': v.strictObject({ key: v.picklist(['pauseDrafts', 'nudgeHistory']) }),
  'frame.state.set': v.strictObject({
    key: v.picklist(['pauseDrafts', 'nudgeHistory']),
    value: v.pipe(
      v.unknown(),
      v.check((x) => JSON.stringify(x ?? null).length <= 200_000, () => t('bg.tooLarge')),
    ),
  }),
} satisfies Schemas<Frame>;

/** The kind messages these schemas give (shown to the person as they are). */
export const frameKindMessages = () => [t('bg.tooLarge')];

/** The content script registers its frame's token; only the frame (an extension page) reads it back. */
export const frameSenders: SenderRules<Frame> = {
  'frame.register': ['content-script'],
  'frame.token': ['extension-page'],
  'frame.state.get': ['extension-page'],
  'frame.state.set': ['extension-page'],
};

/** The pause frame: its token (per tab) and its unsaved state, in storage.session. */
export function frameHandlers({ deps }: Services): Handlers<Frame> {
  const tokenKey = (sender: SenderLike) => `frameToken:${sender.tab?.id ?? 'none'}`;
  return {
    async 'frame.register'({ token }, sender) {
      await deps.session.set(tokenKey(sender), token);
      return null;
    },
    async 'frame.state.get'({ key }) {
      return { value: (await deps.session.get(key)) ?? null };
    },
    async 'frame.state.set'({ key, value }) {
      await deps.session.set(key, value);
      return null;
    },
    async 'frame.token'(_p, sender) {
      const token = (await deps.session.get(tokenKey(sender))) as string | undefined;
      return { token: token ?? null };
    },
  };
}
