import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { aliases } from './variants';

/** Where things are: the site replicas' real addresses, and the Chromium the tests drive. */

/** The folder of the site replicas. */
export const FIXTURES = resolve(import.meta.dirname, '../fixtures/sites');

/**
 * Where the site replicas are served: their real addresses, so the manifest's matches apply. Each replica names its
 * own address (`<meta name="replica-url">` in tests/fixtures/sites/<name>.html), so adding a site adds no line here.
 */
export const siteUrls: Record<string, string> = {
  ...replicaUrls(),
  // Addresses that show another address's replica (the same site at another host, or its home page): ./variants.ts.
  ...Object.fromEntries(Object.entries(aliases).map(([name, a]) => [name, a.url])),
};

/** The replicas' own addresses, read from the replicas. */
function replicaUrls(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of readdirSync(FIXTURES)) {
    if (!file.endsWith('.html')) continue;
    const url = /<meta name="replica-url" content="([^"]+)"/.exec(readFileSync(join(FIXTURES, file), 'utf8'))?.[1];
    if (url) out[file.slice(0, -'.html'.length)] = url;
  }
  return out;
}

/** Finds Chromium: $CHROMIUM_PATH when set (and only it), else Debian's and other usual places. */
export function findChromium(): string | undefined {
  const chosen = process.env['CHROMIUM_PATH'];
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  const candidates = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
  ];
  return candidates.find((p): p is string => !!p && existsSync(p));
}
