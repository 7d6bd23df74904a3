/**
 * `nhs-site-audit crawl`: the sites of a campaign (or of start URLs) crawled and scanned, one
 * result file per organisation and a summary CSV in the output folder. Re-runs skip what is
 * done (`--resume`); `--shard i/n` takes a share, so that any batch engine can run many workers
 * on one list with no coordination (README: "Surveys at scale").
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Checklist } from '../checklists/checklist.ts';
import { DEFAULT_PAUSE_MS, PAGE_TIMEOUT_MS } from '../crawl/site-crawl.ts';
import { SETTING_DEFAULTS } from '../db/schema.ts';
import { errorMessage } from '../errors.ts';
import {
  type CampaignEntry,
  campaignEntries,
  campaignNameOf,
  organisationAt,
  parseCampaign,
  parseShard,
  type Shard,
  shardGroups,
} from './campaign.ts';
import { readChecklistOption } from './checklist-option.ts';
import { type CrawlSettings, crawlOrganisation } from './crawl-site.ts';
import { hostPacer } from './http.ts';
import { type CliIo, EXIT } from './io.ts';
import {
  readResults,
  readSiteResult,
  SUMMARY_FILE,
  siteResultFiles,
  writeSummary,
} from './site-result.ts';

export const CRAWL_USAGE = `Usage: nhs-site-audit crawl (--campaign FILE | URL...) --out DIR [options]
  --campaign FILE     a CSV with name, url and optional code columns, read as the dashboard
                      reads campaigns (a bad line refuses the file); other columns are kept
  URL...              start URLs, one site each
  --out DIR           where to write DIR/sites/<code or site>.json and DIR/${SUMMARY_FILE}
  --checklist FILE    scan with a shared checklist (its items and own indicators); default: the catalogue
  --max-pages N       pages read per site, the start page included (default ${SETTING_DEFAULTS.crawlMaxPages})
  --pause-ms MS       least time between two requests to one host (default ${DEFAULT_PAUSE_MS};
                      a longer Crawl-delay in robots.txt wins)
  --timeout-ms MS     each request, body included, is given up after this (default ${PAGE_TIMEOUT_MS})
  --max-page-mb MB    larger pages are not read (default 5)
  --parallel K        sites crawled at once by this process, each on its own host (default 4)
  --resume            skip organisations already done in DIR; go on with any cut short
  --shard i/n         only every n-th site of the list, starting at the i-th (0 ≤ i < n)
  --campaign-name N   the campaign recorded in the results (default: the file's name)
Exit code 0: every site crawled; 1: some sites failed or the run was stopped; 2: bad usage.`;

interface CrawlOptions {
  entries: CampaignEntry[];
  campaign: string;
  outDir: string;
  settings: CrawlSettings;
  parallel: number;
  checklist: Checklist;
  resume: boolean;
  shard: Shard;
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0)
    throw new Error(`${name} must be a number ≥ 0, not ${value}`);
  return number;
}

async function parseCrawlArgs(argv: string[]): Promise<CrawlOptions | 'help'> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      campaign: { type: 'string' },
      'campaign-name': { type: 'string' },
      out: { type: 'string' },
      'max-pages': { type: 'string' },
      checklist: { type: 'string' },
      'pause-ms': { type: 'string' },
      'timeout-ms': { type: 'string' },
      'max-page-mb': { type: 'string' },
      parallel: { type: 'string' },
      resume: { type: 'boolean' },
      shard: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (!values.out) throw new Error('--out DIR is required');
  if (values.campaign && positionals.length > 0)
    throw new Error('give a campaign file or start URLs, not both');
  if (!values.campaign && positionals.length === 0) throw new Error('nothing to crawl');
  const organisations = values.campaign
    ? parseCampaign(
        await readFile(values.campaign, 'utf8').catch((error: unknown) => {
          throw new Error(`cannot read ${values.campaign}: ${errorMessage(error)}`);
        }),
      )
    : positionals.map(organisationAt);
  const maxPages = Math.floor(
    positiveNumber('--max-pages', values['max-pages'], SETTING_DEFAULTS.crawlMaxPages),
  );
  if (maxPages < 1) throw new Error('--max-pages must be at least 1');
  const parallel = Math.floor(positiveNumber('--parallel', values.parallel, 4));
  if (parallel < 1) throw new Error('--parallel must be at least 1');
  return {
    entries: campaignEntries(organisations),
    campaign: values['campaign-name'] ?? (values.campaign ? campaignNameOf(values.campaign) : ''),
    outDir: values.out,
    settings: {
      maxPages,
      pauseMs: positiveNumber('--pause-ms', values['pause-ms'], DEFAULT_PAUSE_MS),
      timeoutMs: positiveNumber('--timeout-ms', values['timeout-ms'], PAGE_TIMEOUT_MS),
      maxBytes: positiveNumber('--max-page-mb', values['max-page-mb'], 5) * 1e6,
    },
    parallel,
    checklist: await readChecklistOption(values.checklist),
    resume: values.resume ?? false,
    shard: values.shard ? parseShard(values.shard) : { index: 0, count: 1 },
  };
}

/** Organisations whose result file says they are done (`--resume` skips them). */
async function doneKeys(outDir: string): Promise<Set<string>> {
  const done = new Set<string>();
  for (const [key, path] of await siteResultFiles(outDir)) {
    const result = await readSiteResult(path).catch(() => undefined);
    if (result?.status === 'done') done.add(key);
  }
  return done;
}

export async function runCrawlCommand(argv: string[], io: CliIo): Promise<number> {
  let options: CrawlOptions | 'help';
  try {
    options = await parseCrawlArgs(argv);
  } catch (error) {
    io.stderr(`${errorMessage(error)}\n\n${CRAWL_USAGE}\n`);
    return EXIT.badUsage;
  }
  if (options === 'help') {
    io.stdout(`${CRAWL_USAGE}\n`);
    return EXIT.ok;
  }
  const { outDir, settings } = options;
  const signal = io.signal ?? new AbortController().signal;
  const skip = options.resume ? await doneKeys(outDir) : new Set<string>();
  const shard = shardGroups(options.entries, options.shard);
  const groups = shard
    .map((group) => group.filter((entry) => !skip.has(entry.key)))
    .filter((group) => group.length > 0);
  const total = groups.reduce((sum, group) => sum + group.length, 0);
  const alreadyDone = shard.reduce((sum, group) => sum + group.length, 0) - total;
  let finished = 0;
  let failed = 0;
  const show = (line: string) => {
    if (io.stderrIsTerminal) io.stderr(`\r\x1b[K${line}`);
  };
  const pace = hostPacer();
  const crawlGroup = async (group: CampaignEntry[]) => {
    for (const entry of group) {
      if (signal.aborted) return;
      try {
        const result = await crawlOrganisation(entry, {
          settings,
          checklist: options.checklist,
          campaign: options.campaign,
          outDir,
          resume: options.resume,
          pace,
          signal,
          now: () => new Date().toISOString(),
          fetchFn: io.fetch,
          onProgress: (progress) =>
            show(`[${finished}/${total}] ${entry.key}: page ${progress.done}/${progress.total}`),
        });
        if (result.status === 'failed') {
          failed++;
          io.stderr(`${io.stderrIsTerminal ? '\r\x1b[K' : ''}${entry.key}: ${result.error}\n`);
        }
      } catch (error) {
        // Stopped: the site is left for --resume, neither finished nor failed.
        if (signal.aborted) return;
        failed++;
        io.stderr(`${entry.key}: ${errorMessage(error)}\n`);
      }
      finished++;
      show(`[${finished}/${total}] sites`);
    }
  };
  // A few sites at once, each worker taking the next site: a crawl mostly waits (the pause
  // between requests to one host), so one process keeps a core busy with several sites.
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(options.parallel, groups.length) }, async () => {
      while (next < groups.length && !signal.aborted) await crawlGroup(groups[next++]!);
    }),
  );
  if (io.stderrIsTerminal) io.stderr('\r\x1b[K');
  const results = await readResults(outDir, (path, error) =>
    io.stderr(`${path}: ${errorMessage(error)}\n`),
  );
  await writeSummary(outDir, [...results.values()]);
  const stopped = signal.aborted ? total - finished : 0;
  io.stderr(
    `${finished - failed} of ${total} sites crawled${failed ? `, ${failed} failed` : ''}${stopped ? `, ${stopped} left for --resume` : ''}${alreadyDone ? ` (${alreadyDone} already done)` : ''}; results in ${outDir}\n`,
  );
  return failed > 0 || stopped > 0 ? EXIT.someFailed : EXIT.ok;
}
