import { defineSiteAdapter } from './site-adapter';

/**
 * Slack in the browser. The content script runs on the whole of app.slack.com; it pauses under `/client/…`.
 *
 * Sources:
 * - Quill editor (`.ql-editor`) inside `[data-qa="message_input"]` (thread replies have their own):
 *   github.com/kimura512/ctrlEnterSenderA src/content/adapters/slack.ts @7306c14d (2026-02; a user preference swaps
 *   Enter and Ctrl+Enter), github.com/ngmtine/middler-slack src/slackFunctions/postSlack.ts @9f93956e.
 * - Send: `button[data-qa="texty_send_button"]`, always present, aria-disabled while empty (same sources).
 * - Channel id from `/client/T…/C…`: github.com/simonpiekarz/airminal-extension platforms/slack.js @c20b1da4.
 * Quill's sibling `.ql-clipboard` is editable too; the editor layer leaves it out.
 * Confidence B.
 */
export default defineSiteAdapter({
  id: 'slack',
  name: 'Slack',
  matches: ['https://app.slack.com/*'],
  where: /^\/client\//,
  composer: [
    { css: '[data-qa="message_input"]', seen: '2026-02', source: 'kimura512/ctrlEnterSenderA slack.ts @7306c14d; ngmtine/middler-slack postSlack.ts @9f93956e' },
    { css: '.ql-editor', seen: '2026-02', source: 'airminal platforms/slack.js @c20b1da4' },
  ],
  send: [{ css: 'button[data-qa="texty_send_button"]', seen: '2026-02', source: 'kimura512/ctrlEnterSenderA slack.ts @7306c14d' }],
  sendKeyChoice: true,
  key: /\/client\/[^/]+\/([CDG][A-Z0-9]+)/,
});
