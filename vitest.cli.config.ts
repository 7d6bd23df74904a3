import { defineConfig } from 'vitest/config';

// The command line end to end: the built bin against sites served on 127.0.0.1.
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/cli.json' }]],
    include: ['tests/cli/**/*.test.ts'],
    globalSetup: ['tests/cli/build-bin.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
