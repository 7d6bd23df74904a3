import type { PageFacts, Region } from '../scan/facts.ts';

/** The catalogue's groups, in checklist order (../shared/indicators.md). */
export const GROUPS = [
  { id: 'board', title: 'Board and meetings' },
  { id: 'engagement', title: 'Engagement' },
  { id: 'contact', title: 'Contact and signposting' },
  { id: 'quality', title: 'Site quality' },
] as const;
export type GroupId = (typeof GROUPS)[number]['id'];

/** What the scanner says of one indicator on one page. */
export const SCAN_STATUSES = ['found', 'needs-review', 'not-found'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];
/** A site's merged result; `not-scanned`: no page of the site has been scanned for it yet. */
export type ScannerResult = ScanStatus | 'not-scanned';

/** One piece of evidence: where it is and what it says, so the auditor can check it. */
export interface Evidence {
  /** The page the evidence is on. */
  url: string;
  /** A short text snippet (at most ~200 characters). */
  snippet: string;
  /** A CSS selector that finds the element again on that page. */
  selector: string;
  /** The link target, where the evidence is a link. */
  href?: string;
  /**
   * Where on the page it is: the main content, or the header, navigation, footer or a sidebar
   * that most pages of a site repeat. Absent in scans stored before it was recorded.
   */
  region?: Region;
  /** The rule that produced it ("held in public, with where the papers are"), where known. */
  why?: string;
}

/**
 * Evidence at site level: the same evidence (snippet and link) on several pages is one item
 * with every page it is on. `url` and `selector` are those of the page where it counts most.
 */
export interface SiteEvidence extends Evidence {
  /** Every page it is on, in scan order; `url` among them. */
  pages: string[];
}

/** A detector's answer before the scanner stamps the page URL on its evidence. */
export interface Detection {
  status: ScanStatus;
  evidence: Omit<Evidence, 'url'>[];
}

export interface Indicator<Id extends string = string> {
  id: Id;
  group: GroupId;
  /** The checklist's label. */
  title: string;
  /** What counts, as the catalogue says. */
  counts: string;
  /** What does not count. */
  doesNotCount: string;
  /** Most indicators are good to have; `problem` ones are bad when found. */
  polarity: 'good' | 'problem';
  /** Reads the page's collected facts; pure. Absent while the scanner cannot judge it yet. */
  detect?: (page: PageFacts) => Detection;
  /**
   * A rule over the whole site where one page cannot decide ("no page gives an address"):
   * the site's status from its merged status and the merged status of the other indicators.
   */
  siteStatus?: (
    merged: ScanStatus,
    siteStatusOf: (id: string) => ScanStatus | undefined,
  ) => ScanStatus;
}

/** Keeps each indicator file's id a literal type, so the registry can derive the id union. */
export function defineIndicator<const Id extends string>(indicator: Indicator<Id>): Indicator<Id> {
  return indicator;
}
