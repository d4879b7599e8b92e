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
  conversationKey(doc, url, composer) {
    // A compose window has no thread yet: its recipients tell it apart (as SITES.md suggests),
    // else its place among the open compose windows.
    const dialog = composer?.closest('[role="dialog"]');
    if (dialog) {
      const emails = Array.from(dialog.querySelectorAll('[email]'), (el) => el.getAttribute('email')).filter(Boolean);
      const to = emails.length > 0 ? emails.join(',') : (dialog.querySelector<HTMLTextAreaElement>('textarea[name="to"]')?.value ?? '');
      return to ? `compose:${to}` : `compose#${Array.from(doc.querySelectorAll('[role="dialog"]')).indexOf(dialog)}`;
    }
    // An inline reply belongs to the open thread.
    const thread = /^#[^/?]+\/(?:[^/?]+\/)?([A-Za-z0-9]{10,})/.exec(url.hash)?.[1];
    return thread ? `thread:${thread}` : null;
  },
});
