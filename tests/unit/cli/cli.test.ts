import { describe, expect, it } from 'vitest';
import { runCli } from '../../../lib/cli/cli.ts';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    fetch,
  });
  return { code, stdout, stderr };
}

describe('the nhs-site-audit command', () => {
  it('scans when given pages without a command, as `npm run scan -- …` always has', async () => {
    const { code, stdout } = await run(['assets/demo-site/foi.html']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).pages).toHaveLength(1);
  });

  it('prints help and version as data, and says so when it is given nothing or nonsense', async () => {
    expect((await run(['--help'])).stdout).toContain('Usage: nhs-site-audit <command>');
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const nothing = await run([]);
    expect(nothing.code).toBe(2);
    expect(nothing.stdout).toBe('');
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command frobnicate.');
  });
});
