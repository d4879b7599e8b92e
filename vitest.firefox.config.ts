import { defineConfig } from 'vitest/config';

// Firefox: the production Firefox build in Debian's firefox-esr, over WebDriver BiDi. Every file's BiDi commands are
// recorded and checked against what Firefox 140 (the manifest's minimum) knows (tests/firefox/bidi-log.ts).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    setupFiles: ['tests/firefox/bidi-log.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
