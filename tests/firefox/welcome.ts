import type { Browser, Page } from 'puppeteer-core';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** On install the welcome page opens by itself, no site ticked: tick every one and start, as a person would. */
export async function chooseEverySite(browser: Browser, extension: string): Promise<void> {
  const end = Date.now() + 15_000;
  let welcome: Page | undefined;
  while (!welcome && Date.now() < end) {
    // The page's own address (the driver may still report its first one, about:blank).
    const pages = await browser.pages();
    const hrefs = await Promise.all(pages.map((p) => p.evaluate(() => location.href).catch(() => '')));
    welcome = pages.find((_, i) => hrefs[i] === `${extension}/welcome.html`);
    if (!welcome) await wait(100);
  }
  if (!welcome) throw new Error('The welcome page did not open by itself after install');
  await welcome.waitForSelector('input[type="checkbox"]');
  for (const box of await welcome.$$('input[type="checkbox"]')) await box.click();
  await welcome.click('form button[type="submit"]');
  await welcome.waitForSelector('[role="status"]');
  await welcome.close();
}
