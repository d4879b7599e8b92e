import { defineSiteAdapter } from './site-adapter';

/**
 * Telegram Web, both clients: K (/k/) and A (/a/).
 * Sources: SITES.md §Telegram — K: sample 11941896686 (input-message-input with data-peer-id, a second
 * `.input-field-input-fake` editable, .btn-send states), github.com/morethanwords/tweb inputEditor (2026 TipTap
 * `[data-chat-input-editor="tiptap"]`); A: github.com/Ajaxy/telegram-tt MessageInput.tsx @880a6c69
 * (#editable-message-text, a non-editable `.form-control.clone`), Composer.tsx @95db3506. Confidence A/B.
 * Enter sends by default; the "Send by Ctrl+Enter" setting swaps it.
 */
export default defineSiteAdapter({
  id: 'telegram',
  name: 'Telegram',
  matches: ['https://web.telegram.org/k/*', 'https://web.telegram.org/a/*'],
  composer: [
    { css: '[data-chat-input-editor="tiptap"] [contenteditable="true"]', seen: '2026-03', source: 'morethanwords/tweb inputEditor (K, 2026)' },
    {
      css: 'div.input-message-input[contenteditable="true"][data-peer-id]:not(.input-field-input-fake)',
      seen: '2025-10',
      source: 'sample 11941896686 (K)',
    },
    { css: '#editable-message-text[contenteditable="true"]', seen: '2026-01', source: 'Ajaxy/telegram-tt MessageInput.tsx (A)' },
  ],
  send: [
    { css: '.btn-send-container button.btn-send.send', seen: '2025-10', source: 'sample 11941896686 (K)' },
    { css: 'button.Button.main-button.send', seen: '2026-01', source: 'Ajaxy/telegram-tt Composer.tsx (A)' },
  ],
  sendKeyChoice: true,
  notComposer: [
    { css: '.input-field-input-fake', seen: '2025-10', source: 'sample 11941896686' },
    { css: '.form-control.clone', seen: '2026-01', source: 'telegram-tt' },
    { css: 'input.input-search-input, #telegram-search-input', seen: '2025', source: 'chat list search' },
  ],
  conversationKey(doc, url, composer) {
    const peer = composer?.getAttribute('data-peer-id');
    const client = url.pathname.startsWith('/a/') ? 'a' : 'k';
    if (url.hash.length > 1) return `${client}:${url.hash.slice(1)}`;
    return peer ? `${client}:${peer}` : (doc.querySelector('.chat.active [data-peer-id]')?.getAttribute('data-peer-id') ?? null);
  },
});
