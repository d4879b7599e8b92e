import { resolve } from 'node:path';
import { build, type Rollup } from 'vite';

/**
 * The extension's own site code (lib/sites: the adapters and the editor layer), bundled for a replica page's main
 * world, so an end-to-end test can ask the real adapter what it finds in the real browser. Evaluate the returned
 * script in a page; it defines `__sites` = { adapterById, editorsIn }.
 */
export async function siteCodeScript(): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve(import.meta.dirname, 'site-code.entry.ts'), formats: ['iife'], name: '__sites' },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const output = Array.isArray(out) ? out[0]! : out;
  return `${output.output[0].code};globalThis.__sites = __sites;`;
}
