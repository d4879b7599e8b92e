import { defineSiteAdapter } from './site-adapter';

/**
 * Reddit chat: chat.reddit.com, and the chat overlay that opens on any www.reddit.com page (so both whole origins).
 * The composer is the editor inside `rs-message-composer` (or `rs-message-composer-old`): a
 * `textarea[name="message"]` in that element's own open shadow root (nested in faceplate-app › rs-app › rs-room), or
 * a contenteditable `[name="body"][role="textbox"]` inside it. A CSS selector `rs-message-composer textarea` is read
 * inside the shadow tree and can never match, so the place is found through the shadow host (`closestAcross`).
 *
 * Sources: two 2025 Go Playwright chat bots, a 2025 Selenium bot with the full shadow path, a 2026 extension that
 * finds the composer in `roomOverlay()` › `rs-message-composer(-old)`.shadowRoot, and a 2026 test fixture of the
 * contenteditable variant with a submit button (all in public code, no address known). Comment composers
 * (`shreddit-composer`) are elsewhere: github.com/Automattic/harper packages/lint-framework/src/lint/editorUtils.ts
 * @5148c816. Confidence B/C; Enter to send is assumed (bots press Enter).
 */
export default defineSiteAdapter({
  id: 'reddit',
  name: 'Reddit chat',
  matches: ['https://chat.reddit.com/*', 'https://www.reddit.com/*'],
  deep: true,
  composer: [
    { css: 'rs-message-composer', seen: '2026-03', source: 'chat bots and a 2026 extension (public code)' },
    { css: 'rs-message-composer-old', seen: '2025-11', source: 'chat bots (public code)' },
  ],
  send: [
    { css: 'rs-message-composer button[type="submit"]', seen: '2026-03', source: 'a 2026 test fixture (public code)' },
    { css: 'form faceplate-tooltip.ml-auto>button', seen: '2025-06', source: 'a 2025 Selenium bot with the full shadow path (public code)' },
  ],
  key: /\/(?:room|user)\/([^/?#]+)/,
});
