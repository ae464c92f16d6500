import { defineConfig } from 'vitest/config';

/**
 * The end-to-end suite: the built extension (`.output/chrome-mv3`) in a real Chromium, driven by
 * playwright-core. Files run one after another; each launches its own browser.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
