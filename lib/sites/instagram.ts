import { defineSiteAdapter } from './site-adapter';

/**
 * Instagram direct messages. The content script runs on the whole of instagram.com (people open their messages from
 * the feed, with no page load); it pauses on `/direct/…` pages only.
 *
 * Sources:
 * - Lexical composer (`data-lexical-editor`, role=textbox): several 2025–26 automation scripts in public code (no
 *   address known); Enter sends: github.com/mst-mkt/ctrl-enter src/contents/instagram.ts @9616175b.
 * - The send control is a role=button with only a word in it ("Send", "Enviar", …), present only with text; read as
 *   a last fallback. When the composer is empty a ❤️ button sends a heart: never a send we pause.
 * - Thread id from `/direct/t/<id>`: github.com/simonpiekarz/airminal-extension platforms/instagram.js @c20b1da4.
 * Confidence B/C.
 */
export default defineSiteAdapter({
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  where: /^\/direct\//,
  composer: [
    { css: '[data-lexical-editor]', seen: '2026-01', source: 'public automation scripts 2025–26; airminal instagram.js @c20b1da4' },
    { css: '[role="textbox"]', seen: '2025-10', source: 'public automation scripts 2025' },
  ],
  send: [],
  key: /\/direct\/t\/([^/?#]+)/,
});
