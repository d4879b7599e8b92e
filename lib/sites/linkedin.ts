import { capture, defineSiteAdapter } from './site-adapter';

/**
 * LinkedIn messaging: the /messaging page and the chat bubbles shown on any page.
 * Sources: SITES.md §LinkedIn — github.com/Gembani/scrap-in send_message.rb (.msg-form__contenteditable,
 * .msg-form__send-button), HatmanStack/linkedin-advanced-search linkedin.js, illidan333/linkedinAutoMessaging
 * (<p> children, input events), airminal platforms/linkedin.js (/messaging/thread/<id>). Confidence B/C.
 * "Press Enter to Send" is a user setting (on by default, per the paulcopcutt.com article).
 */
export default defineSiteAdapter({
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  composer: [
    {
      css: 'div.msg-form__contenteditable[contenteditable="true"][role="textbox"]',
      seen: '2025-12',
      source: 'Gembani/scrap-in; HatmanStack/linkedin-advanced-search',
    },
  ],
  send: [{ css: 'button.msg-form__send-button', seen: '2025-12', source: 'Gembani/scrap-in' }],
  sendKeyChoice: true,
  notComposer: [{ css: 'input.search-global-typeahead__input', seen: '2025', source: 'LinkedIn search' }],
  conversationKey(_doc, url, composer) {
    // A chat bubble names its person in its header; the page has the thread id in its address.
    const bubble = composer?.closest('.msg-overlay-conversation-bubble');
    const name = bubble?.querySelector('.msg-overlay-bubble-header__title, h2')?.textContent?.trim();
    if (bubble && name) return `bubble:${name}`;
    return capture(/\/messaging\/thread\/([^/?#]+)/, url.pathname);
  },
});
