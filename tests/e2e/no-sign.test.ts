import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickComposer, launch, pauseFrame, type Harness } from '../harness/browser';

/**
 * A page that looks for a sign of Unhurried (issue "No trace, no leak", point 11): it records every message posted on
 * its window and every event dispatched on its document from its very first moment, then forges WXT's old start-up
 * announcement. It must see nothing that names the extension, and its forgery must not switch the pause off.
 */
let h: Harness;
beforeAll(async () => {
  h = await launch();
  await h.context.addInitScript({
    content: `(() => {
      const seen = (globalThis.__seen = []);
      addEventListener('message', (e) => seen.push('message:' + JSON.stringify(e.data)), true);
    })();`,
  });
});
afterAll(async () => {
  await h?.close();
});

describe('a page looking for a sign of Unhurried', () => {
  it('sees no message or event naming the extension, and a forged start-up message changes nothing', async () => {
    const page = await h.openSite('whatsapp');
    const names = [
      `${h.extensionId}:messaging:wxt:content-script-started`,
      `${h.extensionId}:custom:wxt:content-script-started`,
      'wxt:content-script-started',
    ];
    // Listen for the event names WXT used (a page that knows the extension's public id could), then reload so the
    // listeners are there before the content script starts.
    await page.addInitScript((n: string[]) => {
      const got: string[] = [];
      (globalThis as unknown as { __events: string[] }).__events = got;
      for (const name of n) document.addEventListener(name, () => got.push(name), true);
    }, names);
    await page.reload();
    await clickComposer(page);
    await page.keyboard.press('h');
    const frame = await pauseFrame(page);
    await frame.getByRole('dialog', { name: /pause before replying/i }).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');

    const seen = await page.evaluate(() => ({
      messages: (globalThis as unknown as { __seen: string[] }).__seen,
      events: (globalThis as unknown as { __events: string[] }).__events,
    }));
    expect(seen.events).toEqual([]);
    expect(seen.messages.filter((m) => m.includes(h.extensionId) || /wxt|unhurried/i.test(m))).toEqual([]);

    // The forgeries WXT's context obeyed: a window message and a document event with a newer script's name.
    await page.evaluate((n: string[]) => {
      for (const name of n) {
        window.postMessage({ type: name, contentScriptName: 'messaging', messageId: 'forged' }, '*');
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'messaging', messageId: 'forged' } }));
      }
    }, names);
    await page.waitForTimeout(200);
    // Another conversation (this one rests after its card): the script must still be there to pause it.
    await page.locator('.chat[data-chat="sam"]').click();
    await clickComposer(page);
    await page.keyboard.press('j');
    await frame.getByRole('dialog', { name: /pause before replying/i }).waitFor({ state: 'visible' });
    await page.close();
  });
});
