import { capture, defineSiteAdapter } from './site-adapter';

/**
 * Google Messages for web.
 * Sources: SITES.md §Google Messages — github.com/smspamresearch/spstudy sms_automation.py, sample 9075578041
 * (mws-message-compose textarea, mws-message-send-button button), samples 62646823172 and 56127576427
 * (data-e2e-* attributes, Enter sends). Confidence B/C.
 */
export default defineSiteAdapter({
  id: 'google-messages',
  name: 'Google Messages',
  matches: ['https://messages.google.com/web/*'],
  composer: [
    { css: 'textarea[data-e2e-message-input-box]', seen: '2026-01', source: 'samples 62646823172, 56127576427' },
    { css: 'mws-message-compose textarea', seen: '2025-06', source: 'sample 9075578041' },
  ],
  send: [
    { css: 'button[data-e2e-send-text-button]', seen: '2026-01', source: 'sample 62646823172' },
    { css: 'mws-message-send-button button', seen: '2025-06', source: 'sample 9075578041' },
  ],
  notComposer: [{ css: 'input[type="search"]', seen: '2025', source: 'conversation search' }],
  conversationKey: (_doc, url) => capture(/\/web\/conversations\/([^/?#]+)/, url.pathname),
});
