/**
 * `npm run build:cli`: the command as one file, dist/cli.mjs, for plain Node 20 (no tsx, no
 * dependencies at run time). Runs on `npm install` in a clone (prepare), so that `npx
 * nhs-site-audit` works there.
 *
 * `npm run pack:cli`: that file as a package of its own, dist/nhs-site-audit-<version>.tgz, for
 * `npm install -g`. The project's own package lists the extension's dependencies, which npm would
 * fetch on install; the command needs none of them, so its package lists none and installs
 * offline.
 */
import { execFileSync } from 'node:child_process';
import { chmod, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const CLI_BUNDLE = 'dist/cli.mjs';
const STAGE = 'dist/package';

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

if (process.argv.includes('--pack')) {
  const project = JSON.parse(await readFile('package.json', 'utf8'));
  await rm(STAGE, { recursive: true, force: true });
  await mkdir(STAGE, { recursive: true });
  const manifest = {
    name: project.name,
    version: project.version,
    description: project.description,
    type: 'module',
    bin: { [project.name]: 'cli.mjs' },
    engines: project.engines,
  };
  await writeFile(join(STAGE, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await copyFile(CLI_BUNDLE, join(STAGE, 'cli.mjs'));
  await copyFile('README.md', join(STAGE, 'README.md'));
  await copyFile('docs/site-result.schema.json', join(STAGE, 'site-result.schema.json'));
  // What `--checklist FILE` reads.
  await copyFile('docs/checklist.schema.json', join(STAGE, 'checklist.schema.json'));
  const tarball = execFileSync('npm', ['pack', '--pack-destination', resolve('dist'), '--silent'], {
    cwd: STAGE,
    encoding: 'utf8',
  }).trim();
  await rm(STAGE, { recursive: true, force: true });
  process.stdout.write(`dist/${tarball}\n`);
}
