import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { allMatches, allOrigins } from '../../lib/sites/registry';
import { EXTENSION_DIR } from '../harness/browser';
import { recordMeasurement } from './helpers';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('the production build (Chrome MV3)', () => {
  it('asks for the minimum: storage, alarms, notifications, scripting; the built-in sites as hosts; other hosts only optionally; no external messaging', () => {
    expect(manifest['manifest_version']).toBe(3);
    expect([...(manifest['permissions'] as string[])].sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage', 'unlimitedStorage']);
    expect(manifest['host_permissions']).toEqual(allOrigins());
    expect(manifest['optional_host_permissions']).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest['externally_connectable']).toBeUndefined();
    expect(manifest['content_security_policy']).toBeUndefined(); // the default, strict MV3 policy
  });

  it('exposes only the pause page, only through the dynamic URL, to the built-in and addable (web) sites', () => {
    expect(manifest['web_accessible_resources']).toEqual([
      { resources: ['pause.html'], matches: [...allOrigins(), 'https://*/*', 'http://*/*'], use_dynamic_url: true },
    ]);
  });

  it('runs its content script on exactly the registry\'s sites', () => {
    const cs = manifest['content_scripts'] as Array<{ matches: string[]; js: string[] }>;
    expect(cs).toHaveLength(1);
    expect([...cs[0]!.matches].sort()).toEqual(allMatches().sort());
  });

  it('keeps both content scripts within the size budget (≤ 8 kB gzipped) and free of page-storage access', () => {
    const cs = manifest['content_scripts'] as Array<{ js: string[] }>;
    const files = { builtIn: cs[0]!.js[0]!, ownSites: 'content-scripts/custom.js' };
    const sizes: Record<string, { raw: number; gzip: number }> = {};
    for (const [name, file] of Object.entries(files)) {
      const code = readFileSync(join(EXTENSION_DIR, file));
      const gz = gzipSync(code, { level: 9 }).length;
      sizes[name] = { raw: code.length, gzip: gz };
      expect(gz, name).toBeLessThanOrEqual(8 * 1024);
      expect(code.toString('utf8')).not.toMatch(/\bindexedDB\b|\blocalStorage\b|\bsessionStorage\b|\bfetch\(|XMLHttpRequest|sendBeacon/);
    }
    recordMeasurement('contentScriptBytes', sizes);
  });

  it("gives the page no sign of the extension: the content scripts post nothing to the page's window and name no event after the extension", () => {
    const cs = manifest['content_scripts'] as Array<{ js: string[] }>;
    for (const file of [cs[0]!.js[0]!, 'content-scripts/custom.js']) {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      // WXT's own context announced every start with window.postMessage and a document event named
      // "<extension id>:<script>:wxt:content-script-started"; the build swaps in lib/content/context.ts.
      expect(code, file).not.toMatch(/content-script-started|wxt:/);
      expect(code, file).not.toMatch(/window\.postMessage|\bdispatchEvent\(new CustomEvent/);
    }
  });

  it('ships a production bundle: no development JSX (it would carry this machine\'s file paths) and no HTML sink', () => {
    const dir = join(EXTENSION_DIR, 'chunks');
    for (const file of readdirSync(dir)) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/fileName:"\/|jsxDEV/);
      expect(code, file).not.toMatch(/\.innerHTML=/);
    }
  });
});
