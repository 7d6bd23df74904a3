/** Small pages for the indicators' own tests: a body in, one indicator's finding out. */
import { parseHtml } from '../../../lib/cli/dom.ts';
import type { IndicatorId } from '../../../lib/indicators/index.ts';
import type { ScanStatus } from '../../../lib/indicators/types.ts';
import { type Finding, scanDocument } from '../../../lib/scan/scan-page.ts';

export interface PageOptions {
  /** The page's <title>; "NHS Northmere ICB" unless given. */
  title?: string;
  url?: string;
  /** Markup after <main> (a footer, a sidebar). */
  after?: string;
  /** Markup before <main> (a header, a menu). */
  before?: string;
}

export const PAGE_URL = 'https://www.northmere-icb.example.nhs.uk/page';

export function findingOn(id: IndicatorId, body: string, options: PageOptions = {}): Finding {
  const html = `<!doctype html><html><head><title>${options.title ?? 'NHS Northmere ICB'}</title></head><body>${options.before ?? ''}<main>${body}</main>${options.after ?? ''}</body></html>`;
  const result = scanDocument(parseHtml(html), options.url ?? PAGE_URL);
  return result.findings.find((finding) => finding.indicator === id)!;
}

export function statusOn(id: IndicatorId, body: string, options: PageOptions = {}): ScanStatus {
  return findingOn(id, body, options).status;
}
