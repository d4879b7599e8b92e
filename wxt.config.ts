import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { allMatches, allOrigins } from './lib/sites/registry';

/**
 * Preact keeps a code path for `dangerouslySetInnerHTML` (an `innerHTML` assignment). Unhurried never uses it (the
 * lint forbids it), so the build turns that path into a harmless `textContent` reset: no HTML sink ships at all, and
 * Firefox's add-on linter has nothing to warn about. If Preact's code changes shape, the build stops and says so.
 */
function noHtmlSinks(): Plugin {
  return {
    name: 'unhurried:no-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/.test(id)) return null;
      const out = code.replace(/\b(\w)\.innerHTML=(?:\w\.__html|"")/g, '$1.textContent=""');
      if (out === code || /\.innerHTML=/.test(out)) throw new Error(`Preact changed shape in ${id}: review the dangerouslySetInnerHTML strip.`);
      return { code: out, map: null };
    },
  };
}

// The manifest is built from the site registry, so the content script's
// matches, the pause frame's web-accessible matches and the runtime lookup
// can never disagree.
export default defineConfig({
  imports: false,
  // `npm run zip`: the Chrome and Firefox packages and the sources archive a store reviewer can rebuild from.
  zip: {
    excludeSources: ['test-output/**', 'demo-output/**', 'bench-output/**', '.ci/**'],
  },
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: {
    baseIconPath: 'assets/icon.svg',
    // The development build keeps the same icon: a grayscale icon would look like "disabled".
    developmentIndicator: false,
  },
  vite: () => ({
    plugins: [preact(), noHtmlSinks()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    // The browser shows these itself, so they come from public/_locales (everything else Unhurried says is in lib/i18n).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Minimal: settings (storage), reminders (alarms + notifications).
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting'],
    // Quick hide: one shortcut makes every Unhurried window in the tab disappear (changeable in the browser).
    commands: {
      'quick-hide': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_quickHide__',
      },
    },
    // The built-in sites only (the content script already runs there, so no new install warning):
    // needed to attach the updated content script to chat tabs that were open during an update.
    host_permissions: allOrigins(),
    // The person's own sites: asked for one host at a time, from a click in the options page.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    web_accessible_resources: [
      {
        // Only the pause page: its scripts and styles are loaded by the page itself
        // from the extension origin, so they need not be exposed to websites. The
        // built-in sites, plus any https/http site because the person may add their
        // own sites at run time and this list cannot change then. On Chrome the page is
        // only reachable through the per-session dynamic URL, so no site can probe it.
        resources: ['pause.html'],
        matches: [...allOrigins(), 'https://*/*', 'http://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'unhurried@unhurried.invalid',
              // 140 (the current ESR): MV3 with optional host permissions, storage.session and the
              // data collection declaration below.
              strict_min_version: '140.0',
              // Nothing is collected or sent anywhere.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the data collection declaration from version 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // The content script runs on every keystroke's page and has an 8 kB budget.
      // It uses only promise-returning APIs that Chrome MV3 and Firefox both offer
      // natively (runtime.sendMessage/getURL/id, storage.local.get/onChanged), so it
      // takes WXT's native `browser` instead of webextension-polyfill (~3 kB gzipped).
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      // Each selector's "seen" date and source are documentation (kept in lib/sites and docs/sites.md, checked by
      // tests); the content script never reads them, so they are removed from its build only.
      config.plugins = [
        ...(config.plugins ?? []),
        {
          // WXT's content-script context announces each start on the page's window (a message named after the
          // extension's id) and stops at a forged one: the content scripts take our quiet one (lib/content/context.ts).
          name: 'unhurried:quiet-context',
          enforce: 'pre' as const,
          resolveId(id: string) {
            return id === 'wxt/utils/content-script-context' ? resolve(import.meta.dirname, 'lib/content/context.ts') : null;
          },
        },
        {
          name: 'unhurried:strip-selector-docs',
          transform(code: string, id: string) {
            if (!/[\\/]lib[\\/]sites[\\/][^\\/]+\.ts$/.test(id)) return null;
            return code.replace(/,\s*(seen|source):\s*(['"`])(?:\\.|(?!\2).)*?\2/g, '');
          },
        },
      ];
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // Sanity: the content script must cover exactly the registry's matches.
      // (entrypoints/custom.content is registered at run time and is not in the manifest.)
      const cs = manifest.content_scripts?.[0];
      const key = (m: readonly string[] | undefined) => [...(m ?? [])].sort().join();
      if (!cs || key(cs.matches) !== key(allMatches())) {
        throw new Error(`content script matches differ from the site registry: ${JSON.stringify(cs?.matches)}`);
      }
    },
  },
});
