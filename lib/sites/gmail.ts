import { defineSiteAdapter } from './site-adapter';

/**
 * Gmail: inline replies and compose windows (several can be open at once).
 * Sources: SITES.md §Gmail — github.com/evan-brass/js-min instantiate-performance/index.mjs @ec4d9055 (captured
 * compose dialog: editable div, hidden textarea with the same label, Send button), airminal platforms/gmail.js
 * (2026-02), kimura512/ctrlEnterSenderA (Gmail sends with Ctrl/Cmd+Enter). Confidence B.
 * The hidden `textarea[aria-label="Message Body"]` is never a composer (it is a textarea, not contenteditable).
 */
export default defineSiteAdapter({
  id: 'gmail',
  name: 'Gmail',
  matches: ['https://mail.google.com/*'],
  composer: [
    {
      css: 'div[role="textbox"][contenteditable="true"][g_editable="true"]',
      seen: '2026-02',
      source: 'airminal platforms/gmail.js; evan-brass/js-min capture',
    },
    { css: 'div.Am.Al.editable[contenteditable="true"]', seen: '2026-02', source: 'airminal platforms/gmail.js' },
  ],
  send: [{ css: 'div[role="button"][aria-label^="Send"]', seen: '2026-02', source: 'airminal; evan-brass/js-min' }],
  notComposer: [
    { css: 'textarea[aria-label="Message Body"]', seen: '2020-10', source: 'evan-brass/js-min (hidden helper)' },
    { css: 'input[aria-label="Search mail"]', seen: '2025', source: 'Gmail search' },
  ],
  sendKey: 'mod-enter',
  conversationKey(_doc, url, composer) {
    // An inline reply belongs to the open thread; a compose window has no thread yet.
    const thread = /^#[^/?]+\/(?:[^/?]+\/)?([A-Za-z0-9]{10,})/.exec(url.hash)?.[1];
    if (thread && !composer?.closest('[role="dialog"]')) return `thread:${thread}`;
    return composer?.closest('[role="dialog"]') ? 'compose' : thread ? `thread:${thread}` : null;
  },
});
