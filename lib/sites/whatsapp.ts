import { defineSiteAdapter } from './site-adapter';

/**
 * WhatsApp Web. The address never changes between chats, so the conversation comes from the page.
 *
 * Sources (docs/sites.md has the full list):
 * - Lexical composer in the chat's footer (data-tab=10): github.com/landifrancesco/Whatsapp-Automator issue #4
 *   (2025-11-04); the footer sets it apart from the search box (also Lexical, data-tab=3):
 *   github.com/Mohit25022005/WhatsBlitz content.js @dacb8f08.
 * - Send control: a button or role=button holding `span[data-icon*="send"]` (wds-ic-send-filled, and its renames):
 *   github.com/Matt-Fontes/SendScriptWhatsApp PRs #120 (2025-12-19), #128, #134, #135 (2026-04 … 2026-07).
 * - Conversation: message rows `#main [data-id]` = `true_<jid>_<msgId>`, header title as fallback:
 *   github.com/simonpiekarz/airminal-extension platforms/whatsapp.js @c20b1da4.
 * Confidence B.
 */
export default defineSiteAdapter({
  id: 'whatsapp',
  name: 'WhatsApp Web',
  matches: ['https://web.whatsapp.com/*'],
  composer: [
    { css: 'footer', seen: '2026-06', source: 'landifrancesco/Whatsapp-Automator#4; Mohit25022005/WhatsBlitz content.js @dacb8f08' },
  ],
  send: [
    { css: 'footer :is(button,[role="button"]):has([data-icon*="send"])', seen: '2026-07', source: 'Matt-Fontes/SendScriptWhatsApp PRs #120 … #135' },
    { css: 'footer button[data-tab="11"]', seen: '2025-08', source: 'Whatsapp-Automator#4 (data-tab of the send button)' },
  ],
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
