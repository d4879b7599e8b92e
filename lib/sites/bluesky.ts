import { capture, defineSiteAdapter } from './site-adapter';

/**
 * Bluesky chat.
 * Sources: SITES.md §Bluesky — github.com/bluesky-social/social-app
 * src/screens/Messages/components/MessageInput.web.tsx @07d00691 (textarea placeholder "Write a message",
 * Pressable send button aria-label "Send message", Enter sends unless Shift or an IME is composing). Confidence A.
 */
export default defineSiteAdapter({
  id: 'bluesky',
  name: 'Bluesky',
  matches: ['https://bsky.app/messages*'],
  composer: [{ css: 'textarea[placeholder="Write a message"]', seen: '2026-01', source: 'bluesky-social/social-app MessageInput.web.tsx' }],
  send: [{ css: 'div[role="button"][aria-label="Send message"]', seen: '2026-01', source: 'bluesky-social/social-app MessageInput.web.tsx' }],
  notComposer: [{ css: 'input[placeholder="Search"]', seen: '2025', source: 'Bluesky search' }],
  conversationKey: (_doc, url) => capture(/\/messages\/([^/?#]+)/, url.pathname),
});
