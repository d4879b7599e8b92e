import { defineConfig } from 'vitest/config';

// End-to-end: the production build in real Chromium, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/e2e/failure-report.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    // One more try for a test that failed, and only one: a real regression fails both times. Kept for a rare race
    // seen about once in ten full runs on this 2-core machine, in which text the test driver types or inserts into the
    // card's out-of-process frame reaches the chat page's frame instead (README, "Tests"). The failure report of the
    // first try is still printed in full (tests/e2e/failure-report.ts), so it is never hidden.
    retry: 1,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
