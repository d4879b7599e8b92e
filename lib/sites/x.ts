import { capture, defineSiteAdapter } from './site-adapter';

/**
 * X (Twitter) direct messages: XChat (x.com/i/chat, 2025+) and the legacy /messages.
 * Sources: SITES.md §X — sample 53530814133 (dm-composer-textarea / dm-composer-form / dm-composer-send-button),
 * sample 57783614227 (send button confirmed live Jan 2026; Enter sends in DMs), sample 71333069244 (chat inside an
 * open shadow root of xchatEmbedRoute), github.com/nirholas/XActions sendDirectMessage.js (legacy Draft.js
 * dmComposerTextInput / dmComposerSendButton). Confidence C: check on the live site.
 * The tweet composer (Ctrl/Cmd+Enter) is not matched: only DM composers are.
 */
export default defineSiteAdapter({
  id: 'x',
  name: 'X',
  matches: ['https://x.com/i/chat*', 'https://x.com/messages*', 'https://twitter.com/messages*'],
  composer: [
    { css: 'textarea[data-testid="dm-composer-textarea"]', seen: '2026-01', source: 'samples 53530814133, 57783614227' },
    {
      css: 'div[data-testid="dmComposerTextInput"][contenteditable="true"]',
      seen: '2026-02',
      source: 'nirholas/XActions sendDirectMessage.js (legacy)',
    },
  ],
  send: [
    { css: '[data-testid="dm-composer-send-button"]', seen: '2026-01', source: 'sample 57783614227' },
    { css: '[data-testid="dmComposerSendButton"]', seen: '2026-02', source: 'nirholas/XActions (legacy)' },
  ],
  notComposer: [{ css: 'input[data-testid="SearchBox_Search_Input"]', seen: '2025', source: 'X search' }],
  conversationKey: (_doc, url) => capture(/\/(?:i\/chat|messages)\/([^/?#]+)/, url.pathname),
});
