/**
 * Page results merge into the site's: found on any page wins over needs-review over
 * not-found. The evidence of every page is kept, grouped and ordered for the auditor: the same
 * evidence on many pages (a header, footer or menu link) is one item listing its pages, and the
 * strongest items come first (so `empty-sections` lists every empty page).
 * An indicator with a site rule (`siteStatus`, e.g. `contact-form-only`) has it applied last.
 */

import type { ItemId } from '../assessment.ts';
import { INDICATORS } from '../indicators/index.ts';
import type { Evidence, ScanStatus, SiteEvidence } from '../indicators/types.ts';
import type { Region } from './facts.ts';
import type { PageResult } from './scan-page.ts';

const RANK: Record<ScanStatus, number> = { 'not-found': 0, 'needs-review': 1, found: 2 };
/** Evidence items kept per indicator for a whole site, after grouping. */
export const MAX_SITE_EVIDENCE = 25;

/** A site's finding for one indicator: its evidence grouped across pages. */
export interface SiteFinding {
  indicator: ItemId;
  status: ScanStatus;
  evidence: SiteEvidence[];
}

/** What the strength of a piece of site evidence is judged on. */
export interface EvidenceWeight {
  /** The status of the indicator on the best page the evidence is on. */
  pageStatus: ScanStatus;
  /** Where it is on that page; absent for scans stored before regions were recorded. */
  region?: Region | undefined;
  /** How many pages it is on. */
  pages: number;
}

const MAX_COUNTED_PAGES = 9_999;

/**
 * How strong a piece of site evidence is; higher first. In order of what matters:
 * 1. from a page where the indicator was found, before one that only needs review;
 * 2. in a page's own content, before the header, navigation, footer or sidebar that every page
 *    repeats (a menu link says where something may be; the page's content says it is there);
 * 3. on more pages: evidence the whole site carries is more certainly the site's.
 */
export function evidenceStrength({ pageStatus, region, pages }: EvidenceWeight): number {
  const inContent = region === undefined || region === 'main' ? 1 : 0;
  return (
    (RANK[pageStatus] * 2 + inContent) * (MAX_COUNTED_PAGES + 1) +
    Math.min(pages, MAX_COUNTED_PAGES)
  );
}

/** The same evidence on another page: the same words and the same link. */
function groupKey(item: Evidence): string {
  return `${item.href ?? ''}\u0000${item.snippet}`;
}

interface Group {
  evidence: SiteEvidence;
  pageStatus: ScanStatus;
}

/** A site's evidence grouped, strongest first: one item per snippet and link, with its pages. */
function groupEvidence(
  occurrences: readonly { item: Evidence; pageStatus: ScanStatus }[],
): SiteEvidence[] {
  const groups = new Map<string, Group>();
  for (const { item, pageStatus } of occurrences) {
    const key = groupKey(item);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { evidence: { ...item, pages: [item.url] }, pageStatus });
      continue;
    }
    if (!group.evidence.pages.includes(item.url)) group.evidence.pages.push(item.url);
    // The item points to the page where it counts most, so the auditor checks it there.
    if (RANK[pageStatus] > RANK[group.pageStatus]) {
      group.pageStatus = pageStatus;
      group.evidence.url = item.url;
      group.evidence.selector = item.selector;
      if (item.region) group.evidence.region = item.region;
    }
  }
  const weighed = [...groups.values()].map((group) => ({
    evidence: group.evidence,
    strength: evidenceStrength({
      pageStatus: group.pageStatus,
      region: group.evidence.region,
      pages: group.evidence.pages.length,
    }),
  }));
  // A stable sort: items of equal strength keep the order of the pages and of the detector.
  weighed.sort((a, b) => b.strength - a.strength);
  return weighed.slice(0, MAX_SITE_EVIDENCE).map(({ evidence }) => evidence);
}

/**
 * The site's result of each indicator scanned on any of its pages: found on any page wins over
 * needs-review over not-found, then the indicators' site rules. The rule mergeFindings uses, without the evidence (cheap: the
 * dashboard's summaries of thousands of sites use it).
 */
export function mergeStatuses(
  pages: readonly Pick<PageResult, 'findings'>[],
): Map<ItemId, ScanStatus> {
  const statuses = new Map<ItemId, ScanStatus>();
  for (const page of pages) {
    for (const finding of page.findings) {
      const current = statuses.get(finding.indicator);
      if (current === undefined || RANK[finding.status] > RANK[current])
        statuses.set(finding.indicator, finding.status);
    }
  }
  // Site rules (`siteStatus`, e.g. contact-form-only) read the statuses merged from the pages,
  // before any rule changed one.
  const pageStatuses = new Map<string, ScanStatus>(statuses);
  for (const indicator of INDICATORS) {
    const status = statuses.get(indicator.id);
    if (status === undefined || !indicator.siteStatus) continue;
    statuses.set(
      indicator.id,
      indicator.siteStatus(status, (id) => pageStatuses.get(id)),
    );
  }
  return statuses;
}

export function mergeFindings(pages: readonly PageResult[]): SiteFinding[] {
  const statuses = mergeStatuses(pages);
  const occurrences = new Map<ItemId, { item: Evidence; pageStatus: ScanStatus }[]>();
  for (const page of pages) {
    for (const finding of page.findings) {
      let current = occurrences.get(finding.indicator);
      if (!current) {
        current = [];
        occurrences.set(finding.indicator, current);
      }
      for (const item of finding.evidence) current.push({ item, pageStatus: finding.status });
    }
  }
  const findings: SiteFinding[] = [];
  // The catalogue's order, then a checklist's own indicators in the order they were scanned.
  const catalogue: ItemId[] = INDICATORS.map((indicator) => indicator.id);
  const own = [...statuses.keys()].filter((id) => !catalogue.includes(id));
  for (const id of [...catalogue, ...own]) {
    const status = statuses.get(id);
    if (status === undefined) continue;
    findings.push({
      indicator: id,
      status,
      // A site rule that clears an indicator clears its pages' evidence too.
      evidence: status === 'not-found' ? [] : groupEvidence(occurrences.get(id) ?? []),
    });
  }
  return findings;
}
