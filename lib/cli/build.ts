/**
 * `npm run build:cli`: the command as one file, dist/cli.mjs, for plain Node 20 (no tsx, no
 * dependencies at run time), so that `npx nhs-site-audit` in a clone and `npm install -g` of a
 * packed tarball both work offline. Runs on `npm install` in a clone (prepare) and before `npm
 * pack` (prepack).
 */
import { chmod } from 'node:fs/promises';
import { build } from 'esbuild';

export const CLI_BUNDLE = 'dist/cli.mjs';

await build({
  entryPoints: ['lib/cli/main.ts'],
  outfile: CLI_BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);",
  },
});
await chmod(CLI_BUNDLE, 0o755);
