import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'unhurried-release-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under a folder, with a hash of its bytes. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

// As a person runs them: a production build (Vitest itself sets NODE_ENV=test, which would make a development bundle).
const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, stdio: 'pipe', env: { ...process.env, CI: 'true', NODE_ENV: 'production' } });

describe('the Firefox release', () => {
  it('npm run zip makes both packages and the sources; the sources rebuild to exactly the same extension', () => {
    run('npx', ['wxt', 'zip', '-b', 'firefox', '--mv3'], ROOT);
    const pkg = join(ROOT, '.output', `unhurried-${version}-firefox.zip`);
    const sources = join(ROOT, '.output', `unhurried-${version}-sources.zip`);
    expect(existsSync(pkg) && existsSync(sources)).toBe(true);
    const listing = run('unzip', ['-Z1', sources], ROOT).toString().split('\n');
    expect(listing).toContain('package-lock.json');
    expect(listing.some((f) => f.startsWith('test-output/') || f.startsWith('node_modules/') || f.startsWith('.output/'))).toBe(false);

    const original = join(work, 'original');
    run('unzip', ['-q', pkg, '-d', original], ROOT);
    const src = join(work, 'src');
    run('unzip', ['-q', sources, '-d', src], ROOT);
    // A reviewer runs `npm ci`; the same installed packages stand in for it here (no network needed).
    symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
    run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], src);
    expect(tree(join(src, '.output', 'firefox-mv3'))).toEqual(tree(original));
  }, 180_000);

  it('the Firefox manifest: MV3 with an event page, its id, and nothing collected', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, '.output', 'firefox-mv3', 'manifest.json'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(manifest['manifest_version']).toBe(3);
    expect(manifest['background']).toMatchObject({ scripts: expect.any(Array) });
    expect(manifest['background']['service_worker']).toBeUndefined();
    expect(manifest['browser_specific_settings']['gecko']).toMatchObject({
      id: 'unhurried@unhurried.invalid',
      data_collection_permissions: { required: ['none'] },
    });
    expect(manifest['web_accessible_resources'][0]['use_dynamic_url']).toBeUndefined();
    expect(manifest['externally_connectable']).toBeUndefined();
  });
});
