import { defineSiteAdapter } from './site-adapter';

/**
 * WhatsApp Web.
 *
 * Sources (see also docs in SITES.md):
 * - Lexical composer, XPath with data-tab=10 and aria-owns=emoji-suggestion:
 *   github.com/landifrancesco/Whatsapp-Automator issue #4 (2025-11-04).
 * - "footer" ancestor required so the search box (also a Lexical textbox, data-tab=3)
 *   is ignored: public "pause before sending" adapter, live-verified 2026-06;
 *   github.com/Mohit25022005/WhatsBlitz content.js for the search box.
 * - Send button aria-label "Send", icon wds-ic-send-filled, data-tab=11:
 *   github.com/Matt-Fontes/SendScriptWhatsApp PR #120 (2025-12-19) and several 2025 samples.
 * - Conversation id: message rows `#main [data-id]` = `true_<jid>_<msgId>`, header title as
 *   fallback: github.com/simonpiekarz/airminal-extension platforms/whatsapp.js (2026-02-18).
 * The URL never changes between chats, so the conversation comes from the page.
 */
export default defineSiteAdapter({
  id: 'whatsapp',
  name: 'WhatsApp Web',
  matches: ['https://web.whatsapp.com/*'],
  composer: [
    {
      css: 'footer div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
      seen: '2026-06',
      source: 'landifrancesco/Whatsapp-Automator#4; pause-before-sending adapter (live-verified 2026-06)',
    },
    {
      css: 'footer div[contenteditable="true"][data-tab="10"]',
      seen: '2025-08',
      source: 'sample 30718470927 (XPath changed 02.08.2025)',
    },
  ],
  send: [
    { css: 'footer button[aria-label="Send"]', seen: '2026-06', source: 'Whatsapp-Automator#4' },
    {
      css: 'footer button:has(span[data-icon="wds-ic-send-filled"])',
      seen: '2025-12',
      source: 'Matt-Fontes/SendScriptWhatsApp PR #120',
    },
    { css: 'footer button[data-tab="11"]', seen: '2025', source: 'sample 53150108403' },
  ],
  notComposer: [
    { css: '#side div[contenteditable="true"][data-tab="3"]', seen: '2025', source: 'Mohit25022005/WhatsBlitz' },
  ],
  sendKey: 'enter',
  conversationKey(doc) {
    // Prefer the chat JID from any message row; it survives renames.
    const row = doc.querySelector('#main [data-id]');
    const dataId = row?.getAttribute('data-id') ?? '';
    const jid = /^(?:true|false)_([^_]+@[a-z.]+)_/.exec(dataId)?.[1];
    if (jid) return jid;
    const title = doc.querySelector('#main header span[title]')?.getAttribute('title');
    return title ? `title:${title}` : null;
  },
});
