import { defineSiteAdapter } from './site-adapter';

/**
 * Bluesky chat. The content script runs on the whole of bsky.app (people open their chats from the home feed, with
 * no page load); it pauses on `/messages/<id>` pages only.
 *
 * Sources (the app's own code, confidence A):
 * - The redesigned composer (gate `dms:new_message_composer:enable`): a textarea with id `chat-input-<id>`, send a
 *   Pressable labelled "Send message" (translated by Lingui): github.com/bluesky-social/social-app
 *   src/screens/Messages/components/MessageComposer.tsx @0132b725.
 * - The earlier composer: a textarea with no locale-free attribute (the only textarea on a conversation page), the
 *   send Pressable its next sibling: src/screens/Messages/components/MessageInput.web.tsx @07d00691.
 * Enter sends unless Shift or an IME is composing.
 */
export default defineSiteAdapter({
  id: 'bluesky',
  name: 'Bluesky',
  matches: ['https://bsky.app/*'],
  where: /^\/messages\/[^/]/,
  composer: [
    { css: 'textarea[id^="chat-input-"]', seen: '2026-06', source: 'bluesky-social/social-app MessageComposer.tsx @0132b725' },
    { css: 'textarea', seen: '2026-01', source: 'bluesky-social/social-app MessageInput.web.tsx @07d00691' },
  ],
  send: [{ css: 'textarea~[role="button"]', seen: '2026-01', source: 'bluesky-social/social-app MessageInput.web.tsx @07d00691 (the next sibling)' }],
  key: /\/messages\/([^/?#]+)/,
});
