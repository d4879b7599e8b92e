import { defineSiteAdapter } from './site-adapter';

/**
 * Gmail: inline replies and compose windows (several can be open at once).
 *
 * Sources:
 * - The body is an editable div `[g_editable="true"]` (`div.Am.Al.editable`), beside a hidden
 *   `textarea[aria-label="Message Body"]` that is never the composer: github.com/evan-brass/js-min
 *   examples/instantiate-performance/index.mjs @ec4d9055 (a captured compose dialog), still used in 2026 by
 *   github.com/simonpiekarz/airminal-extension platforms/gmail.js @c20b1da4.
 * - Send: `div[role=button].T-I.aoO` (the send button's own class in the capture; "More send options" lacks it); its
 *   label ("Send ‪(Ctrl-Enter)‬", in the person's language) as the last fallback.
 * - Ctrl/Cmd+Enter sends: github.com/kimura512/ctrlEnterSenderA (Gmail is a native "ctrl+enter" site).
 * Confidence B. Class names like `aoO` change without notice: the words fallback stays.
 */
export default defineSiteAdapter({
  id: 'gmail',
  name: 'Gmail',
  matches: ['https://mail.google.com/*'],
  composer: [
    { css: '[g_editable="true"]', seen: '2026-02', source: 'airminal platforms/gmail.js @c20b1da4; evan-brass/js-min @ec4d9055' },
    { css: '.Am.Al.editable', seen: '2026-02', source: 'airminal platforms/gmail.js @c20b1da4' },
  ],
  send: [{ css: '[role="button"].aoO', seen: '2026-02', source: 'evan-brass/js-min @ec4d9055 (captured Send button classes)' }],
  sendKey: 'mod-enter',
  conversationKey(doc, url, composer) {
    // A compose window has no thread yet: its recipients tell it apart, else its place among the open windows.
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
