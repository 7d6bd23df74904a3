/**
 * The organisations a crawl covers: a campaign file (CSV with `name`, `code`, `url` columns, as
 * the dashboard's campaigns; other columns are kept) or start URLs; and the share of them one
 * worker takes (`--shard i/n`).
 */
import { basename } from 'node:path';
import { campaignNameOfFile } from '../campaigns/campaign.ts';
import { parseCampaignCsv } from '../campaigns/csv.ts';
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

/** The campaign's name when none is given: the file's name without its extension. */
export function campaignNameOf(file: string): string {
  return campaignNameOfFile(basename(file));
}

/**
 * Organisations from a campaign CSV, read by the dashboard's rules (lib/campaigns/csv.ts), so a
 * file the dashboard takes the command line takes, and a bad one gets the same message naming
 * its line and column. Throws CampaignFileError.
 */
export function parseCampaign(csv: string): Organisation[] {
  return parseCampaignCsv(csv).map(({ name, code, url, extra }) => ({ name, code, url, extra }));
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
