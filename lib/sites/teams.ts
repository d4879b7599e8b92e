import { defineSiteAdapter } from './site-adapter';

/**
 * Microsoft Teams on the web (v2): teams.cloud.microsoft (work and school accounts, since 2025), teams.microsoft.com
 * and teams.live.com. The address does not name the chat, so the chat header's title is the conversation.
 *
 * Sources:
 * - CKEditor 5 composer `[data-tid="ckeditor"]`; send `button[data-tid="newMessageCommands-send"]` (older builds
 *   `sendMessageCommands-send`); the edit-message box shares the ckeditor data-tid inside the message and has a
 *   `done` button: a C# Selenium page object and other bots in public code (no address known);
 *   github.com/kimura512/ctrlEnterSenderA src/content/adapters/teams.ts @7306c14d (2026-02, Enter sends).
 * - The move to teams.cloud.microsoft: github.com/IsmaelMartinez/teams-for-linux issues #2043, #2390, #2651;
 *   github.com/schindlershadow/keep-teams-awake PR #6.
 * - Header and message data-tids: github.com/simonpiekarz/airminal-extension platforms/teams.js @7e6f6740 (unverified).
 * Confidence C: only the ckeditor and send data-tids are well sourced. With the formatting box open, Enter makes a new
 * line and Ctrl+Enter sends.
 */
export default defineSiteAdapter({
  id: 'teams',
  name: 'Microsoft Teams',
  matches: ['https://teams.cloud.microsoft/*', 'https://teams.microsoft.com/*', 'https://teams.live.com/*'],
  composer: [{ css: '[data-tid="ckeditor"]', seen: '2026-02', source: 'kimura512/ctrlEnterSenderA teams.ts @7306c14d; Selenium page objects (public code)' }],
  notComposer: [{ css: '[data-tid="chat-pane-message"]', seen: '2025', source: 'the edit box inside a message (public code)' }],
  send: [
    { css: 'button[data-tid="newMessageCommands-send"]:not([name="done"])', seen: '2026-02', source: 'Selenium page objects (public code)' },
    { css: 'button[data-tid="sendMessageCommands-send"]', seen: '2024', source: 'Selenium page objects (public code, older)' },
  ],
  conversationKey(doc) {
    const title = doc.querySelector('[data-tid="chat-title"], [data-tid="chat-header-title"]')?.textContent?.trim();
    return title ? `title:${title}` : null;
  },
});
