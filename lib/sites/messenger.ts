import { capture, defineSiteAdapter } from './site-adapter';

/**
 * Messenger on facebook.com/messages (messenger.com was shut down on 2026-04-15 but is kept while it answers).
 * Sources: SITES.md §Messenger — sample 30954443809 (Thread composer group, message grid, "Press enter to send"),
 * sample 53937626541 (composer candidates), github.com/Jared-Grace/love messenger_reply.mjs (e2ee thread URLs),
 * github.com/apotenza92/facebook-messenger-desktop issue #41 (messenger.com shutdown). Confidence B/C.
 * Limit: Facebook's pop-up chat boxes on other pages are not covered (the script runs on /messages only).
 */
export default defineSiteAdapter({
  id: 'messenger',
  name: 'Messenger',
  matches: ['https://www.facebook.com/messages/*', 'https://www.messenger.com/*'],
  composer: [
    {
      css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label="Message"]',
      seen: '2025-11',
      source: 'sample 53937626541; sample 30954443809',
    },
    {
      css: 'div[role="group"][aria-label="Thread composer"] div[role="textbox"][contenteditable="true"]',
      seen: '2025-09',
      source: 'sample 30954443809',
    },
  ],
  send: [
    { css: 'div[role="button"][aria-label="Press enter to send" i]', seen: '2025-11', source: 'sample 30954443809; Jared-Grace/love' },
  ],
  notComposer: [{ css: 'input[type="search"]', seen: '2025', source: 'Messenger chat list search' }],
  conversationKey: (_doc, url) => capture(/\/(?:messages\/)?(?:e2ee\/)?t\/([^/?#]+)/, url.pathname),
});
