/** Runs the built command (dist/cli.mjs) as a user would, with plain Node. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BIN = resolve('dist/cli.mjs');

export interface BinRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runBin(args: string[], nodeFlags: string[] = []): Promise<BinRun> {
  const started = Date.now();
  return new Promise((done) => {
    execFile(
      process.execPath,
      [...nodeFlags, BIN, ...args],
      { maxBuffer: 64 * 1024 * 1024, timeout: 50_000 },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? 1) : 0;
        done({
          code: typeof code === 'number' ? code : 1,
          stdout,
          stderr,
          ms: Date.now() - started,
        });
      },
    );
  });
}

export function scratchFolder(): string {
  return mkdtempSync(join(tmpdir(), 'nhs-site-audit-cli-'));
}

export function writeCampaign(folder: string, rows: string[][]): string {
  const file = join(folder, 'campaign.csv');
  writeFileSync(file, `${rows.map((row) => row.join(',')).join('\n')}\n`);
  return file;
}
