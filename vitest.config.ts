import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    server: { deps: { inline: ['zustand'] } },
    // A limit for hangs, not a speed check: jsdom parsing the hostile pages takes seconds on a
    // loaded 2-core machine (npm run bench measures speed).
    testTimeout: 30_000,
  },
});
