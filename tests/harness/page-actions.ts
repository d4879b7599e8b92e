import type { Frame, Page } from 'playwright-core';

/** What a person does on a chat page in the tests: find the card's frame, click into the composer, time the card. */

/** The pause frame inside a page, once it has loaded. */
export async function pauseFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/pause\.html/.test(f.url()));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('The pause frame did not load');
    await page.waitForTimeout(50);
  }
}

/**
 * Focuses the site's composer the way a person would: a click. The composer is left first, as when the person was
 * elsewhere: an empty composer that was left starts a new reply, which may pause again (a pause belongs to a reply).
 * (Focused, then left: after a card, focus may still be on the card's hidden frame rather than the composer.)
 */
export async function clickComposer(page: Page, css = 'footer [contenteditable="true"]'): Promise<void> {
  await page.locator(css).evaluate((el: HTMLElement) => {
    el.focus();
    el.blur();
  });
  await page.locator(css).click();
}

/**
 * One keystroke → Pause card measurement: from the page's own keydown timestamp (the replica logs it)
 * to the frame after the dialog appears in the pause frame. Closes the card again with Escape.
 */
export async function keystrokeToCardMs(page: Page, key = 'k'): Promise<number> {
  const frame = await pauseFrame(page);
  const shown = frame.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const done = () => requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
        if (document.querySelector('[role="dialog"]')) return done();
        const mo = new MutationObserver(() => {
          if (document.querySelector('[role="dialog"]')) {
            mo.disconnect();
            done();
          }
        });
        mo.observe(document.body, { childList: true, subtree: true });
      }),
  );
  await page.keyboard.press(key);
  const shownAt = await shown;
  const keyAt = await page.evaluate(
    () => (window as unknown as { __log: Array<{ type: string; t: number }> }).__log.filter((e) => e.type === 'keydown').at(-1)!.t,
  );
  await page.keyboard.press('Escape');
  await frame.getByRole('dialog').waitFor({ state: 'detached' });
  return shownAt - keyAt;
}
