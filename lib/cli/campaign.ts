/**
 * The organisations a crawl covers: a campaign file (CSV with `name`, `code`, `url` columns, as
 * the dashboard's campaigns; other columns are kept) or start URLs; and the share of them one
 * worker takes (`--shard i/n`).
 */
import { basename, extname } from 'node:path';
import Papa from 'papaparse';
import type { CrawledOrganisation } from '../export/site-result-file.ts';
import { siteKeyOf } from '../site.ts';

/** An organisation of the campaign file, as its result file records it. */
export type Organisation = CrawledOrganisation;

/** An organisation with the key of its result file and the site it is on. */
export interface CampaignEntry {
  organisation: Organisation;
  /** The result file's name (without `.json`): the code, else the site. Unique in a campaign. */
  key: string;
  /** The site key, or null when the URL is not an http(s) address. */
  site: string | null;
}

const KNOWN_COLUMNS = ['name', 'code', 'url'] as const;

/** The campaign's name when none is given: the file's name without its extension. */
export function campaignNameOf(file: string): string {
  return basename(file, extname(file));
}

/** Organisations from a campaign CSV; throws on a file without a `url` column or with duplicates. */
export function parseCampaign(csv: string): Organisation[] {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const headers = parsed.meta.fields ?? [];
  const column = (name: string) => headers.find((header) => header.toLowerCase() === name);
  const urlColumn = column('url');
  if (!urlColumn) throw new Error('the campaign file has no "url" column');
  const known = new Set(KNOWN_COLUMNS.map(column));
  return parsed.data.map((row) => ({
    name: (row[column('name') ?? ''] ?? '').trim(),
    code: (row[column('code') ?? ''] ?? '').trim(),
    url: (row[urlColumn] ?? '').trim(),
    extra: Object.fromEntries(
      headers.filter((header) => !known.has(header)).map((header) => [header, row[header] ?? '']),
    ),
  }));
}

export function organisationAt(url: string): Organisation {
  return { name: '', code: '', url, extra: {} };
}

function siteOf(url: string): string | null {
  try {
    return /^https?:$/.test(new URL(url).protocol) ? siteKeyOf(url) : null;
  } catch {
    return null;
  }
}

/** Letters, digits, dots, dashes and underscores: safe as a file name everywhere. */
function fileKey(text: string): string {
  return text
    .replace(/[^\w.-]+/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 120);
}

/** Each organisation with its key; throws when two have the same key (the same code or site). */
export function campaignEntries(organisations: readonly Organisation[]): CampaignEntry[] {
  const rows = new Map<string, number>();
  return organisations.map((organisation, index) => {
    const site = siteOf(organisation.url);
    const key = fileKey(organisation.code || site || organisation.url || `row-${index + 2}`);
    const earlier = rows.get(key);
    if (earlier !== undefined)
      throw new Error(`rows ${earlier + 2} and ${index + 2} are the same organisation (${key})`);
    rows.set(key, index);
    return { organisation, key, site };
  });
}

export interface Shard {
  index: number;
  count: number;
}

/** `i/n` with 0 ≤ i < n (0-based, as a Kubernetes Indexed Job's completion index). */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count)
    throw new Error(`--shard must be i/n with 0 ≤ i < n, not ${text}`);
  return { index, count };
}

/**
 * The entries of one shard, grouped by site: every n-th site of the campaign, in order (every
 * n-th organisation when each has its own site). Organisations on one site stay in one shard and
 * one group, so that no two workers ever crawl a site at once.
 */
export function shardGroups(entries: readonly CampaignEntry[], shard: Shard): CampaignEntry[][] {
  const groups = new Map<string, CampaignEntry[]>();
  for (const entry of entries) {
    const group = entry.site ?? `\u0000${entry.key}`;
    groups.set(group, [...(groups.get(group) ?? []), entry]);
  }
  return [...groups.values()].filter((_, index) => index % shard.count === shard.index);
}
