import { defineSiteAdapter } from './site-adapter';

/**
 * Microsoft Teams on the web (v2): teams.microsoft.com and teams.live.com.
 * Sources: SITES.md §Teams — sample 16070396892 (ckeditor data-tid, send data-tids), samples 65872187905,
 * 295265780 (the edit box shares data-tid="ckeditor" and has a "done" button), 70873645650 (placeholder),
 * kimura512/ctrlEnterSenderA teams.ts (2026-02, Enter sends). Confidence C: only the ckeditor and send data-tids are
 * well sourced. The address does not name the chat, so the chat header's title is the conversation.
 */
export default defineSiteAdapter({
  id: 'teams',
  name: 'Microsoft Teams',
  matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'],
  composer: [
    {
      css: 'div[data-tid="ckeditor"][contenteditable="true"][role="textbox"]:not([data-tid="chat-pane-message"] *)',
      seen: '2026-02',
      source: 'sample 16070396892; kimura512/ctrlEnterSenderA teams.ts',
    },
  ],
  send: [
    { css: 'button[data-tid="newMessageCommands-send"]:not([name="done"])', seen: '2026-02', source: 'sample 16070396892' },
    { css: 'button[data-tid="sendMessageCommands-send"]', seen: '2024', source: 'sample 16070396892 (older)' },
  ],
  notComposer: [
    { css: '[data-tid="chat-pane-message"] div[data-tid="ckeditor"]', seen: '2025', source: 'sample 295265780 (edit box)' },
    { css: 'input#ms-searchux-input', seen: '2025', source: 'Teams search' },
  ],
  conversationKey(doc) {
    const title = doc.querySelector('[data-tid="chat-title"], [data-tid="chat-header-title"]')?.textContent?.trim();
    return title ? `title:${title}` : null;
  },
});
