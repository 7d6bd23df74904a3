import { runScanCommand } from './scan-command.ts';

process.exitCode = await runScanCommand(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  fetch,
});
