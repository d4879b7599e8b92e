import { defineSiteAdapter } from './site-adapter';

/**
 * Telegram Web, both clients: K (/k/) and A (/a/).
 *
 * Sources:
 * - K, 2026: a TipTap editor mounted on `.input-message-input` itself, marked `[data-chat-input-editor="tiptap"]`
 *   on the same element (so a descendant selector never matches): github.com/morethanwords/tweb
 *   src/components/chat/inputEditor/index.ts @36d1db91.
 * - K, 2025: `div.input-message-input[contenteditable][data-peer-id]`, with a second editable
 *   `.input-field-input-fake` mirror (never the composer); send `.btn-send` with the state class `send` / `record`:
 *   a selector guide written from saved K pages and several bots in public code (no address known).
 * - A: `#editable-message-text` (role=textbox) in `#message-input-text`, a non-editable `.form-control.clone`:
 *   github.com/Ajaxy/telegram-tt src/components/middle/composer/MessageInput.tsx @880a6c69; the main button's
 *   class `send` / `record`: Composer.tsx @95db3506.
 * Enter sends by default; "Send by Ctrl+Enter" swaps it. Confidence A/B.
 */
export default defineSiteAdapter({
  id: 'telegram',
  name: 'Telegram',
  matches: ['https://web.telegram.org/*'],
  where: /^\/[ak]\//,
  composer: [
    { css: '[data-chat-input-editor]', seen: '2026-03', source: 'morethanwords/tweb inputEditor/index.ts @36d1db91 (K)' },
    { css: '.input-message-input[data-peer-id]', seen: '2025-10', source: 'K selector guide and bots (public code)' },
    { css: '#editable-message-text', seen: '2026-01', source: 'Ajaxy/telegram-tt MessageInput.tsx @880a6c69 (A)' },
  ],
  notComposer: [{ css: '.input-field-input-fake', seen: '2025-10', source: 'K selector guide (the fake mirror, tabindex -1)' }],
  send: [
    { css: 'button.btn-send.send', seen: '2025-10', source: 'K selector guide (public code)' },
    { css: 'button.main-button.send', seen: '2026-01', source: 'Ajaxy/telegram-tt Composer.tsx @95db3506 (A)' },
  ],
  sendKeyChoice: true,
  conversationKey(doc, url, composer) {
    const peer = composer?.getAttribute('data-peer-id');
    const client = url.pathname.startsWith('/a/') ? 'a' : 'k';
    if (url.hash.length > 1) return `${client}:${url.hash.slice(1)}`;
    return peer ? `${client}:${peer}` : (doc.querySelector('.chat.active [data-peer-id]')?.getAttribute('data-peer-id') ?? null);
  },
});
