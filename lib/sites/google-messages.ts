import { defineSiteAdapter } from './site-adapter';

/**
 * Google Messages for web. The content script runs on the whole of messages.google.com; it pauses under `/web/`.
 *
 * Sources:
 * - Angular custom elements: `mws-message-compose` holding the textarea (`[data-e2e-message-input-box]`),
 *   `mws-message-send-button button` (`[data-e2e-send-text-button]`), disabled while empty; Enter sends:
 *   github.com/smspamresearch/spstudy Code/sms_automation.py @885b2ca2, and 2025–26 bots in public code (no address
 *   known) for the `data-e2e-*` attributes.
 * Confidence B/C.
 */
export default defineSiteAdapter({
  id: 'google-messages',
  name: 'Google Messages',
  matches: ['https://messages.google.com/*'],
  where: /^\/web\//,
  composer: [
    { css: '[data-e2e-message-input-box]', seen: '2026-01', source: 'bots in public code, 2025–26' },
    { css: 'mws-message-compose', seen: '2025-06', source: 'smspamresearch/spstudy sms_automation.py @885b2ca2' },
  ],
  send: [
    { css: 'button[data-e2e-send-text-button]', seen: '2026-01', source: 'bots in public code, 2025–26' },
    { css: 'mws-message-send-button button', seen: '2025-06', source: 'smspamresearch/spstudy sms_automation.py @885b2ca2' },
  ],
  key: /\/web\/conversations\/([^/?#]+)/,
});
