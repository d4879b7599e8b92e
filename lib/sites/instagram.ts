import { capture, defineSiteAdapter } from './site-adapter';

/**
 * Instagram direct messages.
 * Sources: SITES.md §Instagram — samples 13416242868, 3231258800, 65847590400 (Lexical composer,
 * aria-label "Message", aria-placeholder "Message..."); send is a role=button whose text is "Send"
 * (sample 13416242868); thread id from /direct/t/<id> (airminal platforms/instagram.js). Confidence B/C.
 */
export default defineSiteAdapter({
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/direct/*'],
  composer: [
    {
      css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label="Message"]',
      seen: '2026-01',
      source: 'samples 13416242868, 65847590400',
    },
    {
      css: 'div[role="textbox"][contenteditable="true"][aria-placeholder="Message..."]',
      seen: '2025-10',
      source: 'sample 3231258800',
    },
  ],
  send: [{ css: 'div[role="button"]', seen: '2026-01', source: 'sample 13416242868 (text "Send", no aria-label)' }],
  sendText: 'Send',
  notComposer: [{ css: 'input[aria-label="Search input"]', seen: '2025', source: 'Instagram inbox search' }],
  conversationKey: (_doc, url) => capture(/\/direct\/t\/([^/?#]+)/, url.pathname),
});
