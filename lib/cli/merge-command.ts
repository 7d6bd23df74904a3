/**
 * `nhs-site-audit merge`: the output folders of several crawl workers (shards) as one: one
 * summary, and with `--out` one folder of result files. Where two folders hold the same
 * organisation, the later finished result wins.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage } from '../errors.ts';
import { type CliIo, EXIT } from './io.ts';
import {
  readResults,
  SITES_FOLDER,
  type SiteResult,
  siteResultFiles,
  summaryCsv,
  writeSummary,
} from './site-result.ts';

export const MERGE_USAGE = `Usage: nhs-site-audit merge [--out DIR] FOLDER...
  FOLDER...  output folders of crawl runs (each with its sites/ folder)
  --out DIR  copy every result file into DIR/sites/ and write DIR/summary.csv;
             without it the summary CSV goes to stdout
Exit code 0: all merged; 1: some folders or files could not be read; 2: bad usage.`;

export async function runMergeCommand(argv: string[], io: CliIo): Promise<number> {
  let values: { out?: string | undefined; help?: boolean | undefined };
  let folders: string[];
  try {
    ({ values, positionals: folders } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
    if (!values.help && folders.length === 0) throw new Error('no folders to merge');
  } catch (error) {
    io.stderr(`${errorMessage(error)}\n\n${MERGE_USAGE}\n`);
    return EXIT.badUsage;
  }
  if (values.help) {
    io.stdout(`${MERGE_USAGE}\n`);
    return EXIT.ok;
  }
  let failures = 0;
  const report = (path: string, error: unknown) => {
    failures++;
    io.stderr(`${path}: ${errorMessage(error)}\n`);
  };
  const merged = new Map<string, { result: SiteResult; path: string }>();
  for (const folder of folders) {
    try {
      const files = await siteResultFiles(folder);
      if (files.size === 0) throw new Error(`no result files in ${join(folder, SITES_FOLDER)}`);
      for (const [key, result] of await readResults(folder, report)) {
        const earlier = merged.get(key);
        if (!earlier || earlier.result.finishedAt < result.finishedAt)
          merged.set(key, { result, path: files.get(key)! });
      }
    } catch (error) {
      report(folder, error);
    }
  }
  const keys = [...merged.keys()].sort();
  const results = keys.map((key) => merged.get(key)!.result);
  if (values.out) {
    await mkdir(join(values.out, SITES_FOLDER), { recursive: true });
    for (const key of keys) {
      const target = join(values.out, SITES_FOLDER, `${key}.json`);
      if (merged.get(key)!.path !== target) await copyFile(merged.get(key)!.path, target);
    }
    await writeSummary(values.out, results);
  } else {
    io.stdout(summaryCsv(results));
  }
  return failures > 0 ? EXIT.someFailed : EXIT.ok;
}
