import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  // Applies wxt.config.ts (aliases, auto-imports) and swaps `browser` for WXT's in-memory fakeBrowser.
  plugins: [WxtVitest()],
  test: {
    // Node by default; DOM tests opt in per file with `// @vitest-environment happy-dom`.
    environment: 'node',
    include: ['**/*.test.ts', '**/*.test.tsx'],
    // The end-to-end suite drives a real Chromium and runs on its own.
    exclude: ['tests/e2e/**', '**/node_modules/**', '.output/**'],
  },
});
