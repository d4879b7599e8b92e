import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { browser } from 'wxt/browser';
import { chromium, type Worker } from 'playwright-core';
import { chooseOnWelcomePage, waitForWelcome, writeDefaultFontSize } from './first-contact';
import type { Harness } from './harness-type';
import { servedHtml } from './variants';
import { findChromium, FIXTURES, siteUrls } from './where';

// The harness's whole surface, for the tests' one import.
export { withAllSites } from './first-contact';
export type { Harness } from './harness-type';
export { clickComposer, keystrokeToCardMs, pauseFrame } from './page-actions';
export { findChromium, siteUrls } from './where';

/** The production build the tests and the demo load. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** The replica kit every replica loads from /__replica/kit.js on its own origin. */
const KIT_PATH = '/__replica/kit.js';


/** Browsers launched and not yet closed (for the failure report). */
const open = new Set<Harness>();

/** Launches Chromium with the production build (arguments as in DESIGN.md). */
export async function launch(
  opts: {
    headless?: boolean;
    userDataDir?: string;
    reducedMotion?: 'reduce' | 'no-preference';
    colorScheme?: 'light' | 'dark';
    /** false: the same browser without the extension (the benchmark's baseline). */
    extension?: boolean;
    /** The browser's own language, as a person's browser in that language has it ("es-ES"); English (en-US) otherwise. */
    locale?: string;
    /**
     * On a fresh profile the welcome page opens by itself: the sites to choose there, as a person would ('all' by
     * default, so every test meets the card where it expects it). 'none' leaves the welcome page open, untouched.
     */
    sites?: readonly string[] | 'all' | 'none';
    /** The browser's default font size in px (its settings' "Font size"), as a person who needs larger text sets it. */
    defaultFontSize?: number;
  } = {},
): Promise<Harness> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('Chromium was not found. Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH.');
  }
  const withExtension = opts.extension !== false;
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_DIR}. Run "npm run build" first.`);
  }
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'unhurried-e2e-'));
  // A new profile installs the extension (and the welcome page opens); a reused one only starts it again.
  const freshProfile = !existsSync(userDataDir) || readdirSync(userDataDir).length === 0;
  if (opts.defaultFontSize) writeDefaultFontSize(userDataDir, opts.defaultFontSize);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: opts.headless ?? true,
    viewport: { width: 1100, height: 760 },
    reducedMotion: opts.reducedMotion ?? 'no-preference',
    colorScheme: opts.colorScheme ?? 'light',
    ...(opts.locale ? { locale: opts.locale } : {}),
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    args: [
      ...(withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // The browser's UI language (what the extension system reads for the manifest's _locales). Chrome's own UI
      // locales are "es", "fr", "de", "pt-BR"…: Spain's Spanish is "es".
      ...(opts.locale ? [`--lang=${opts.locale === 'pt-BR' ? opts.locale : opts.locale.split('-')[0]}`] : []),
    ],
  });
  // tsx (the demo and the benchmark) keeps function names with a `__name` helper inside functions passed to
  // evaluate(); give every page and frame a no-op one so those functions run there.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  const fixtureOverrides = new Map<string, string>();
  const pageOverrides = new Map<string, (url: URL) => { body: Buffer; contentType: string } | null>();
  // Nothing reaches the network: replicas are served locally, everything else is refused.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    const served = pageOverrides.get(url.origin)?.(url);
    if (served) return route.fulfill({ status: 200, contentType: served.contentType, body: served.body });
    const fixture = fixtureOverrides.get(url.origin);
    if (fixture) {
      if (url.pathname === KIT_PATH) {
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(join(FIXTURES, 'kit.js')) });
      }
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: servedHtml(fixture) });
    }
    return route.abort('blockedbyclient');
  });

  const serviceWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://')).at(-1);
    return existing ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  const extensionId = withExtension ? new URL((await serviceWorker()).url()).host : '';
  // Developer mode, as the README asks of people loading the unpacked build: without it,
  // Chromium disables an unpacked extension when it is reloaded.
  if (withExtension) {
    const page = await context.newPage();
    await page.goto('chrome://extensions/');
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          (globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: object, cb: () => void): void } } }).chrome.developerPrivate.updateProfileConfiguration(
            { inDeveloperMode: true },
            () => resolve(undefined),
          ),
        ),
    );
    await page.close();
  }

  // What went wrong inside the browser, kept for the failure report (tests/e2e/failure-report.ts).
  const troubles: string[] = [];
  const note = (line: string) => {
    troubles.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
    if (troubles.length > 50) troubles.shift();
  };
  context.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') note(`console.${m.type()} ${m.location().url}: ${m.text()}`);
  });
  context.on('weberror', (e) => note(`page error: ${String(e.error())}`));
  const watchWorker = (w: Worker) => {
    w.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') note(`worker console.${m.type()}: ${m.text()}`);
    });
    w.on('close', () => note(`service worker stopped: ${w.url()}`));
  };
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', (w) => {
    note(`service worker started: ${w.url()}`);
    watchWorker(w);
  });

  const harness: Harness = {
    context,
    troubles,
    extensionId,
    userDataDir,
    serviceWorker,
    async openSite(siteId, o = {}) {
      const name = o.fixture ?? siteId;
      const base = siteUrls[name.replace(/@\w+$/, '')] ?? siteUrls[siteId];
      if (!base) throw new Error(`No replica address for ${siteId}`);
      fixtureOverrides.set(new URL(base).origin, name);
      pageOverrides.delete(new URL(base).origin);
      const page = await context.newPage();
      const target = new URL(base);
      if (o.query) target.search = o.query;
      await page.goto(target.href);
      return page;
    },
    async openPage(url, serve) {
      const target = new URL(url);
      fixtureOverrides.delete(target.origin);
      pageOverrides.set(target.origin, serve);
      const page = await context.newPage();
      await page.goto(target.href);
      return page;
    },
    async reloadExtension() {
      const page = await context.newPage();
      await page.goto('chrome://extensions/');
      const started = context.waitForEvent('serviceworker', { timeout: 20_000 });
      await page.evaluate(
        (id) =>
          new Promise((resolve) =>
            (globalThis as unknown as { chrome: { developerPrivate: { reload(id: string, o: object, cb: () => void): void } } }).chrome.developerPrivate.reload(
              id,
              { failQuietly: true },
              () => resolve(undefined),
            ),
          ),
        extensionId,
      );
      await started;
      await page.close();
    },
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const { targetInfos } = await cdp.send('Target.getTargets');
      for (const t of targetInfos) {
        if (t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`)) {
          await cdp.send('Target.closeTarget', { targetId: t.targetId });
        }
      }
      await cdp.detach();
      await new Promise((r) => setTimeout(r, 300));
    },
    async inWorker(fn, arg) {
      for (let attempt = 0; ; attempt++) {
        const live = await serviceWorker();
        try {
          return await Promise.race([
            live.evaluate(fn as never, arg) as Promise<never>,
            new Promise<never>((_, reject) => setTimeout(() => reject(new Error('worker evaluate timed out')), 4000)),
          ]);
        } catch (err) {
          if (attempt >= 3) throw err;
          // A stopped worker: an extension page's message wakes it.
          const p = await harness.extensionPage('popup.html');
          await p.waitForTimeout(300);
          await p.close();
        }
      }
    },
    async resetCooldowns() {
      await harness.inWorker(() =>
        (globalThis as unknown as { chrome: typeof browser }).chrome.storage.session.remove('recentPauses'),
      );
    },
    async openPopup() {
      return harness.extensionPage('popup.html');
    },
    welcomePage() {
      return context.pages().find((p) => p.url() === `chrome-extension://${extensionId}/welcome.html`);
    },
    async chooseSites(ids) {
      await chooseOnWelcomePage(harness.welcomePage() ?? (await harness.extensionPage('welcome.html')), ids);
    },
    async openPopupWindow() {
      const opened = context.waitForEvent('page', (p) => p.url().endsWith('/popup.html'));
      await harness.inWorker(
        (url) =>
          (globalThis as unknown as { chrome: typeof browser }).chrome.windows
            .create({ url, type: 'popup', width: 400, height: 600 })
            .then(() => undefined),
        `chrome-extension://${extensionId}/popup.html`,
      );
      const page = await opened;
      await page.waitForLoadState();
      return page;
    },
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close(o = {}) {
      open.delete(harness);
      await context.close();
      if (!o.keepProfile && !opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  open.add(harness);
  if (withExtension && freshProfile) {
    await waitForWelcome(() => harness.welcomePage());
    const sites = opts.sites ?? 'all';
    if (sites !== 'none') await harness.chooseSites(sites);
  }
  return harness;
}

/**
 * What a person would see in every open tab and frame of every open browser, and what went wrong inside them:
 * printed when an end-to-end test fails, so a failure on a CI machine explains itself.
 */
export async function describeOpenBrowsers(shotsDir?: string): Promise<string> {
  const out: string[] = [];
  let n = 0;
  for (const h of open) {
    for (const page of h.context.pages()) {
      n++;
      out.push(`--- page ${n}: ${page.url()}`);
      for (const frame of page.frames()) {
        const seen = await frame
          .evaluate(() => {
            const a = document.activeElement;
            return {
              text: document.body?.innerText ?? '',
              focus: `active ${a ? a.tagName.toLowerCase() : 'none'}, hasFocus ${document.hasFocus()}`,
              moves: ((window as unknown as { __focusLog?: string[] }).__focusLog ?? []).slice(-15),
            };
          })
          .catch((err: unknown) => ({ text: `(unreadable: ${String(err)})`, focus: '', moves: [] as string[] }));
        out.push(`  frame ${frame.url()} (${seen.focus}):\n    ${seen.text.slice(0, 1200).replace(/\n+/g, ' | ')}`);
        if (seen.moves.length) out.push(`    focus moves:\n      ${seen.moves.join('\n      ')}`);
      }
      if (shotsDir) await page.screenshot({ path: join(shotsDir, `failure-page-${n}.png`), timeout: 5000 }).catch(() => undefined);
    }
    out.push(`--- service workers: ${h.context.serviceWorkers().map((w) => w.url()).join(', ') || 'none'}`);
    out.push(`--- troubles:\n${h.troubles.join('\n') || '(none)'}`);
  }
  return out.join('\n');
}
