import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { describeOpenBrowsers } from '../harness/browser';

const DIR = join(import.meta.dirname, '../../test-output/failures');

// When an end-to-end test fails, say what every open page showed and what went wrong inside the browser
// (console errors, page errors, worker restarts), and keep screenshots: a failure on a CI machine explains itself.
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  mkdirSync(DIR, { recursive: true });
  const report = await describeOpenBrowsers(DIR).catch((err: unknown) => `(no report: ${String(err)})`);
  console.error(`\n=== What the browser showed when "${ctx.task.name}" failed (screenshots in ${DIR}) ===\n${report}\n===`);
});
