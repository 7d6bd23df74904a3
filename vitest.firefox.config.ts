import { defineConfig } from 'vitest/config';

// End-to-end tests of the production Firefox build in Firefox ESR (tests/e2e-firefox), and
// Mozilla's linter on it: one browser at a time on 2 cores.
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/e2e-firefox.json' }]],
    include: ['tests/e2e-firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
