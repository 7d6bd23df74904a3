import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real Chromium: one browser at a time on 2 cores.
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
