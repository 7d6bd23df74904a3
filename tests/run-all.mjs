// `npm test`: every check and every suite, one after another, each run even when an earlier one
// failed, then one line that sums them all: "N passed, N failed" (type check and lint count as
// one test each). Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const STEPS = [
  ['typecheck', null],
  ['lint', null],
  ['test:unit', 'test-results/unit.json'],
  ['test:cli', 'test-results/cli.json'],
  ['test:e2e', 'test-results/e2e.json'],
  ['test:firefox', 'test-results/e2e-firefox.json'],
];

rmSync('test-results', { recursive: true, force: true });
let checksPassed = 0;
let checksFailed = 0;
for (const [script, report] of STEPS) {
  const { status } = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  if (report) continue; // counted from its report below
  if (status === 0) checksPassed++;
  else checksFailed++;
}
const reports = STEPS.flatMap(([, report]) => (report ? [report] : []));
const summary = spawnSync('node', ['.ci/summarise.mjs', ...reports], { encoding: 'utf8' });
process.stderr.write(summary.stderr);
const [passed, failed] = (summary.stdout.match(/(\d+) passed, (\d+) failed/) ?? [])
  .slice(1)
  .map(Number);
console.log(`${(passed ?? 0) + checksPassed} passed, ${(failed ?? 1) + checksFailed} failed`);
process.exit(summary.status === 0 && checksFailed === 0 ? 0 : 1);
