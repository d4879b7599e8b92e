import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

describe('npm run demo', () => {
  it('says clearly what to install, and exits non-zero, when Chromium is missing', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/harness/demo.ts', '--headless'], {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Chromium was not found');
    expect(run.stderr).toContain('apt-get install chromium');
  });

  it('runs the headless walk-through and writes its screenshots', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/harness/demo.ts', '--headless'], {
      cwd: ROOT,
      env: process.env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const shots = run.stdout.split('\n').filter((l) => l.trim().endsWith('.png'));
    expect(shots.length).toBeGreaterThanOrEqual(5);
    expect(run.stdout).toContain('demo-output');
  });
});
