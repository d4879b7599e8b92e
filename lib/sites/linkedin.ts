import { capture, defineSiteAdapter } from './site-adapter';

/**
 * LinkedIn messaging: the /messaging page and the chat bubbles shown on any page (so the whole origin).
 *
 * Sources:
 * - `form.msg-form` with `div.msg-form__contenteditable[contenteditable][role=textbox]`, send
 *   `button.msg-form__send-button`: github.com/Gembani/scrap-in lib/scrapin/css_selectors/linkedin/send_message.rb
 *   @e0d88311, github.com/HatmanStack/linkedin-advanced-search puppeteer/src/shared/constants/linkedin.js @c3983d27.
 * - Thread id from `/messaging/thread/<id>`: github.com/simonpiekarz/airminal-extension platforms/linkedin.js @7e6f6740.
 * - "Press Enter to Send" is a user setting (on by default, per a 2024 article on the messaging redesign,
 *   paulcopcutt.com).
 * Confidence B/C.
 */
export default defineSiteAdapter({
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  composer: [
    { css: '.msg-form__contenteditable', seen: '2025-12', source: 'Gembani/scrap-in send_message.rb @e0d88311; HatmanStack linkedin.js @c3983d27' },
    { css: 'form.msg-form', seen: '2025-12', source: 'Gembani/scrap-in send_message.rb @e0d88311' },
  ],
  send: [{ css: 'button.msg-form__send-button', seen: '2025-12', source: 'Gembani/scrap-in send_message.rb @e0d88311' }],
  sendKeyChoice: true,
  conversationKey(_doc, url, composer) {
    // A chat bubble names its person in its header; the page has the thread id in its address.
    const bubble = composer?.closest('.msg-overlay-conversation-bubble');
    const name = bubble?.querySelector('.msg-overlay-bubble-header__title, h2')?.textContent?.trim();
    if (bubble && name) return `bubble:${name}`;
    return capture(/\/messaging\/thread\/([^/?#]+)/, url.pathname);
  },
});
