import { capture, defineSiteAdapter } from './site-adapter';

/**
 * Discord (DMs and server channels).
 * Sources: SITES.md §Discord — sample 14030640325 (Slate editor: data-slate-editor, data-slate-node=value,
 * aria-label "Message @user"), github.com/kimura512/ctrlEnterSenderA src/content/adapters/discord.ts (2026-02,
 * Enter sends; optional "Send Message" button), github.com/ralyodio/defpromo src/content/discord.js (2026-01),
 * airminal platforms/discord.js (/channels/<guild|@me>/<channel>). Confidence B.
 * Message-edit boxes are Slate textboxes too; they sit inside the message list item, so `li` excludes them.
 */
export default defineSiteAdapter({
  id: 'discord',
  name: 'Discord',
  matches: ['https://discord.com/channels/*'],
  composer: [
    {
      css: 'form div[role="textbox"][data-slate-editor="true"][contenteditable="true"]:not(li *)',
      seen: '2026-02',
      source: 'kimura512/ctrlEnterSenderA discord.ts; sample 14030640325',
    },
  ],
  send: [{ css: 'button[aria-label="Send Message"]', seen: '2026-02', source: 'kimura512/ctrlEnterSenderA (optional button)' }],
  notComposer: [
    { css: 'li div[role="textbox"][data-slate-editor="true"]', seen: '2026-02', source: 'edit-message box' },
    { css: 'input[aria-label="Search"]', seen: '2025', source: 'Discord search' },
  ],
  conversationKey: (_doc, url) => capture(/\/channels\/(?:[^/]+)\/(\d+)/, url.pathname),
});
