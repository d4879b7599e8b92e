import { capture, defineSiteAdapter } from './site-adapter';

/**
 * Reddit chat. The composer sits inside nested open shadow roots
 * (faceplate-app › rs-app › rs-room › rs-message-composer); the event's composed path reaches it.
 * Sources: SITES.md §Reddit — sample 42626969195 (full shadow path), samples 28718877857 and 28347899431
 * (textarea[name=message][aria-label="Write message"], button[aria-label="Send message"]), 7468753814 (/user/t2_…).
 * Confidence B/C; Enter to send is assumed (bots press Enter).
 */
export default defineSiteAdapter({
  id: 'reddit',
  name: 'Reddit chat',
  matches: ['https://chat.reddit.com/*', 'https://www.reddit.com/chat/*'],
  composer: [
    { css: 'textarea[name="message"][aria-label="Write message"]', seen: '2025-11', source: 'samples 28718877857, 42626969195' },
    { css: 'rs-message-composer textarea[name="message"]', seen: '2025-11', source: 'sample 28347899431' },
  ],
  send: [{ css: 'button[aria-label="Send message"]', seen: '2025-11', source: 'samples 28718877857, 42626969195' }],
  notComposer: [{ css: 'input[type="search"]', seen: '2025', source: 'room list search' }],
  conversationKey: (_doc, url) => capture(/\/(?:room|user)\/([^/?#]+)/, url.pathname),
});
