/**
 * The ways to run the command wide that the README gives: shards on one machine with `xargs -P`
 * merged with `merge`, and the Kubernetes Indexed Job manifest (checked to parse and to map the
 * completion index to the shard; not run). Also the command's usage and exit codes.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type StaticServer, serveDirectory } from '../../lib/demo/server.ts';
import { BIN, runBin, scratchFolder, writeCampaign } from './run-bin.ts';

const shell = (script: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile('bash', ['-c', script], { timeout: 50_000 }, (error, stdout, stderr) =>
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

describe('two shards with xargs -P 2, merged', () => {
  const servers: StaticServer[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 4; i++) servers.push(await serveDirectory(resolve('assets/demo-site')));
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
  });

  it('covers every organisation once, with no coordination between the workers', async () => {
    const folder = scratchFolder();
    const campaign = writeCampaign(folder, [
      ['name', 'code', 'url'],
      ...servers.map((server, i) => [`Fictional ICB ${i}`, `ICB${i}`, server.url]),
    ]);
    const out = join(folder, 'out');
    const run = await shell(
      `seq 0 1 | xargs -P 2 -I{} node ${BIN} crawl --campaign ${campaign} --shard {}/2 ` +
        `--out ${out}/shard-{} --max-pages 3 --pause-ms 0`,
    );
    expect(run.code).toBe(0);
    const shard0 = readdirSync(join(out, 'shard-0', 'sites'));
    const shard1 = readdirSync(join(out, 'shard-1', 'sites'));
    expect(shard0.sort()).toEqual(['ICB0.json', 'ICB2.json']);
    expect(shard1.sort()).toEqual(['ICB1.json', 'ICB3.json']);

    const merged = await runBin(['merge', join(out, 'shard-0'), join(out, 'shard-1')]);
    expect(merged.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(merged.stdout, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((row) => row.code)).toEqual(['ICB0', 'ICB1', 'ICB2', 'ICB3']);
    expect(rows.every((row) => row.status === 'done' && row.pages === '3')).toBe(true);

    const all = join(out, 'all');
    expect(
      (await runBin(['merge', '--out', all, join(out, 'shard-0'), join(out, 'shard-1')])).code,
    ).toBe(0);
    expect(readdirSync(join(all, 'sites')).sort()).toEqual([
      'ICB0.json',
      'ICB1.json',
      'ICB2.json',
      'ICB3.json',
    ]);
    expect(readFileSync(join(all, 'summary.csv'), 'utf8')).toBe(merged.stdout);
  });

  it('says which folders it could not merge', async () => {
    const missing = await runBin(['merge', join(scratchFolder(), 'nothing-here')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no result files in');
    expect((await runBin(['merge'])).code).toBe(2);
  });
});

describe('the Kubernetes Indexed Job', () => {
  it('parses, and maps each completion index to its shard and its own output folder', () => {
    const job = parseYaml(readFileSync('deploy/kubernetes/crawl-job.yaml', 'utf8'));
    expect(job).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job' });
    expect(job.spec.completionMode).toBe('Indexed');
    const container = job.spec.template.spec.containers[0];
    const script: string = container.args.join(' ');
    const shards = /--shard "\$JOB_COMPLETION_INDEX\/(\d+)"/.exec(script)?.[1];
    expect(Number(shards)).toBe(job.spec.completions);
    expect(script).toContain('--out "/data/results/shard-$JOB_COMPLETION_INDEX"');
    expect(script).toContain('--resume');
  });
});

describe('the command', () => {
  it('documents itself and its exit codes', async () => {
    const help = await runBin(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0');
    for (const command of ['scan', 'crawl', 'merge']) {
      const usage = await runBin([command, '--help']);
      expect(usage.code, command).toBe(0);
      expect(usage.stdout).toContain(`Usage: nhs-site-audit ${command}`);
    }
    expect((await runBin(['frobnicate'])).code).toBe(2);
    expect((await runBin(['crawl', 'https://www.example.org/'])).stderr).toContain(
      '--out DIR is required',
    );
    expect(
      (await runBin(['crawl', '--shard', '2/2', '--out', 'x', 'https://www.example.org/'])).code,
    ).toBe(2);
    // A campaign file is read by the dashboard's rules: a bad address refuses the whole file,
    // with its line and column, before anything is fetched or written.
    const folder = scratchFolder();
    const campaign = writeCampaign(folder, [
      ['name', 'code', 'url'],
      ['Example ICB', 'QXA', 'https://www.example.org/'],
      ['Example Trust', 'RXB', 'not an address'],
    ]);
    const refused = await runBin(['crawl', '--campaign', campaign, '--out', join(folder, 'out')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'Line 3, column "url": "not an address" is not a website address',
    );
    expect(readdirSync(folder)).toEqual(['campaign.csv']);
  });

  it('installs from its packed tarball with npm install -g, offline, and runs on plain Node', async () => {
    const prefix = scratchFolder();
    const run = await shell(
      `tarball=$(npm run --silent pack:cli) && npm install -g --offline --no-audit --no-fund --prefix ${prefix} "./$tarball" >/dev/null && ${prefix}/bin/nhs-site-audit --version`,
    );
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('writes nothing but the data on stdout', async () => {
    const scan = await runBin(['scan', 'assets/demo-site']);
    expect(scan.code).toBe(0);
    expect(JSON.parse(scan.stdout).pages).toHaveLength(10);
    expect(scan.stderr).toBe('');
  });
});
