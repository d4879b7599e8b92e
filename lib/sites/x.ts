import { defineSiteAdapter } from './site-adapter';

/**
 * X (Twitter) direct messages: XChat (x.com/i/chat, 2025+) and the legacy /messages. The content script runs on the
 * whole of x.com (people open their chats from /home, with no page load); the DM composers' test ids are the place,
 * so the tweet composer (Ctrl/Cmd+Enter) never pauses.
 *
 * Sources:
 * - XChat: `textarea[data-testid="dm-composer-textarea"]` in `form[data-testid="dm-composer-form"]`, send
 *   `[data-testid="dm-composer-send-button"]` (present only with text), the chat inside an open shadow root of
 *   `[data-testid="xchatEmbedRoute"]`: 2026 bots and test fixtures in public code (no address known); the move to
 *   XChat: github.com/lockdown-systems/cyd PR #692 (2026-08-06).
 * - Legacy: Draft.js `[data-testid="dmComposerTextInput"]`, send `[data-testid="dmComposerSendButton"]`:
 *   github.com/nirholas/XActions scripts/sendDirectMessage.js @7b2fef26.
 * Enter sends in DMs. Confidence C: check on the live site.
 */
export default defineSiteAdapter({
  id: 'x',
  name: 'X',
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  deep: true,
  composer: [
    { css: '[data-testid="dm-composer-form"]', seen: '2026-01', source: 'XChat bots (public code); lockdown-systems/cyd PR #692' },
    { css: '[data-testid="dmComposerTextInput"]', seen: '2026-02', source: 'nirholas/XActions sendDirectMessage.js @7b2fef26 (legacy)' },
  ],
  send: [
    { css: '[data-testid="dm-composer-send-button"]', seen: '2026-01', source: 'XChat bots (public code), confirmed live 2026-01' },
    { css: '[data-testid="dmComposerSendButton"]', seen: '2026-02', source: 'nirholas/XActions @7b2fef26 (legacy)' },
  ],
  key: /\/(?:i\/chat|messages)\/([^/?#]+)/,
});
