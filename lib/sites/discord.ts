import { defineSiteAdapter } from './site-adapter';

/**
 * Discord (DMs and server channels). The content script runs on the whole of discord.com (people arrive at /app and
 * open a chat in the app); it pauses on `/channels/…` pages only.
 *
 * Sources:
 * - Slate editor (`data-slate-editor`, role=textbox) in the channel's `form`: github.com/kimura512/ctrlEnterSenderA
 *   src/content/adapters/discord.ts @7306c14d (2026-02, Enter sends), github.com/ralyodio/defpromo
 *   src/content/discord.js @3e3892cb (2026-01).
 * - Message-edit boxes are Slate textboxes too, inside the message's list item: never the composer. The search box
 *   is a Slate combobox (Automattic/harper PR #2063): the editor layer leaves comboboxes out.
 * - No send button by default; the optional one is found by its words as a last fallback (kimura512 looks for
 *   "Send Message").
 * - Channel id from `/channels/<guild|@me>/<channel>`: github.com/simonpiekarz/airminal-extension
 *   platforms/discord.js @c20b1da4.
 * Confidence B.
 */
export default defineSiteAdapter({
  id: 'discord',
  name: 'Discord',
  matches: ['https://discord.com/*'],
  where: /^\/channels\//,
  composer: [{ css: 'form', seen: '2026-02', source: 'kimura512/ctrlEnterSenderA discord.ts @7306c14d; ralyodio/defpromo discord.js @3e3892cb' }],
  notComposer: [{ css: 'li', seen: '2026-02', source: 'edit-message box inside the message list item' }],
  send: [],
  key: /\/channels\/(?:[^/]+)\/(\d+)/,
});
