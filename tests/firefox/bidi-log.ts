import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BidiConnection } from 'puppeteer-core/internal/bidi/Connection.js';
import { afterAll, expect } from 'vitest';

/**
 * Firefox 140 (the manifest's minimum, the oldest ESR) knows fewer WebDriver BiDi commands than the Firefox on this
 * machine. Every command our Firefox tests make puppeteer-core send is recorded here (a setup file of
 * vitest.firefox.config.ts), and each test file ends by checking that none is an `emulation.*` command — newer than
 * Firefox 140 (`emulation.setScreenOrientationOverride`, sent by `page.setViewport` and by a default viewport, stopped
 * the tests on 140 before the extension was reached). The list of commands is written to
 * test-output/firefox-bidi-commands.json.
 */
const sent = new Set<string>();
const proto = BidiConnection.prototype as unknown as { send(method: string, ...rest: unknown[]): Promise<unknown> };
const original = proto.send;
proto.send = function (this: unknown, method: string, ...rest: unknown[]) {
  sent.add(method);
  return original.call(this, method, ...rest);
};

/** Commands a Firefox 140 does not have (all of emulation.* is newer). */
export const tooNewFor140 = (method: string) => method.startsWith('emulation.');

afterAll(() => {
  const out = resolve(import.meta.dirname, '../../test-output');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'firefox-bidi-commands.json');
  const before = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [];
  writeFileSync(file, JSON.stringify([...new Set([...before, ...sent])].sort(), null, 2));
  expect(sent.size, 'no WebDriver BiDi command was recorded: the log is not hooked in').toBeGreaterThan(0);
  expect([...sent].filter(tooNewFor140)).toEqual([]);
});
