import { capture, defineSiteAdapter } from './site-adapter';

/**
 * Slack in the browser.
 * Sources: SITES.md §Slack — kimura512/ctrlEnterSenderA src/content/adapters/slack.ts (2026-02: Quill .ql-editor,
 * texty_send_button, a user preference swaps Enter and Ctrl+Enter), github.com/ngmtine/middler-slack
 * postSlack.ts, sample 55925019004 (aria-label "Send now"), airminal platforms/slack.js (/client/T…/C…). Confidence B.
 * Quill's sibling `.ql-clipboard` is contenteditable too and is never a composer.
 */
export default defineSiteAdapter({
  id: 'slack',
  name: 'Slack',
  matches: ['https://app.slack.com/client/*'],
  composer: [
    {
      css: '[data-qa="message_input"] .ql-editor[contenteditable="true"]',
      seen: '2026-02',
      source: 'kimura512/ctrlEnterSenderA slack.ts; ngmtine/middler-slack',
    },
    { css: '.ql-editor[contenteditable="true"][role="textbox"]', seen: '2026-02', source: 'airminal platforms/slack.js' },
  ],
  send: [{ css: 'button[data-qa="texty_send_button"]', seen: '2026-02', source: 'kimura512/ctrlEnterSenderA; sample 55925019004' }],
  sendKeyChoice: true,
  notComposer: [
    { css: '.ql-clipboard', seen: '2026-02', source: 'Quill clipboard helper' },
    { css: 'input[data-qa="search_input"]', seen: '2025', source: 'Slack search' },
  ],
  conversationKey: (_doc, url) => capture(/\/client\/[^/]+\/([CDG][A-Z0-9]+)/, url.pathname),
});
