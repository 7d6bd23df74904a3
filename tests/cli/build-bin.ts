// The tests run the bin as users do: dist/cli.mjs on plain Node, built fresh.
import { execFileSync } from 'node:child_process';

export default function setup() {
  execFileSync(process.execPath, ['--import', 'tsx', 'lib/cli/build.ts'], { stdio: 'inherit' });
}
