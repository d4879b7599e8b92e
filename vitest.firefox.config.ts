import { defineConfig } from 'vitest/config';

// Firefox smoke test: the production Firefox build in Debian's firefox-esr, over WebDriver BiDi.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
