import { defineSiteAdapter } from './site-adapter';

/**
 * Messenger on facebook.com (messenger.com closed on 2026-04-15; kept while it still answers for some people).
 * The content script runs on the whole of facebook.com, so arriving at the feed and opening a chat works without a
 * reload; it pauses only in conversations (`/messages/…`, messenger.com's `/t/…`). Facebook's pop-up chat boxes on
 * other pages are not covered: no source describes them.
 *
 * Sources:
 * - The conversation is `[role=main]` holding the message grid and the Lexical composer (`data-lexical-editor`):
 *   github.com/apotenza92/facebook-messenger-desktop src/preload/notifications-inject.ts @fcd557ee (`/messages/t/`,
 *   `/messages/e2ee/t/`, the chats grid), and a 2025 Messenger extension seen in public code (no address known).
 * - The send control has no locale-free mark: its label ("Press enter to send", in the person's language) is read
 *   as a last fallback. github.com/Jared-Grace/love public/src/messenger_reply.mjs @7df6d83e ("Press Enter to send").
 * - messenger.com's closure: apotenza92/facebook-messenger-desktop issue #41 (2026-02-17), sindresorhus/caprine
 *   issue #2374, ferdium issue #2341.
 * Confidence B/C.
 */
export default defineSiteAdapter({
  id: 'messenger',
  name: 'Messenger',
  matches: ['https://www.facebook.com/*', 'https://www.messenger.com/*'],
  where: /^\/(?:messages\/|e2ee\/|t\/)/,
  // The conversation (role=main) holds the message grid and the composer group; its Lexical editor is the composer.
  composer: [{ css: '[role="main"]', seen: '2026-08', source: 'apotenza92/facebook-messenger-desktop notifications-inject.ts @fcd557ee; a 2025 Messenger extension' }],
  send: [],
  key: /\/(?:messages\/)?(?:e2ee\/)?t\/([^/?#]+)/,
});
