/**
 * The `nhs-site-audit` command's entry point: the bin (dist/cli.mjs, bundled from here by `npm
 * run build:cli`) and `npm run scan` (from source). Ctrl+C or SIGTERM stops a crawl where it
 * stands, resumable; a second one ends at once.
 */
import { runCli } from './cli.ts';

const stop = new AbortController();
const onSignal = (signal: NodeJS.Signals) => {
  if (stop.signal.aborted) process.exit(130);
  process.stderr.write(`\n${signal}: stopping after the current requests (again to quit now)\n`);
  stop.abort();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  fetch,
  stderrIsTerminal: process.stderr.isTTY === true,
  signal: stop.signal,
});
