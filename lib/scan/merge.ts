/**
 * Page results merge into the site's: found on any page wins over needs-review over
 * not-found, and the evidence of every page is kept, the evidence that decided it first
 * (so `empty-sections` lists every empty page). `contact-form-only` is decided over all pages.
 */
import { INDICATORS, type IndicatorId } from '../indicators/index.ts';
import type { Evidence, ScanStatus } from '../indicators/types.ts';
import type { Finding, PageResult } from './scan-page.ts';

const RANK: Record<ScanStatus, number> = { 'not-found': 0, 'needs-review': 1, found: 2 };
/** Evidence kept per indicator for a whole site. */
export const MAX_SITE_EVIDENCE = 25;

export function mergeFindings(pages: readonly PageResult[]): Finding[] {
  const merged = new Map<
    IndicatorId,
    { status: ScanStatus; found: Evidence[]; review: Evidence[] }
  >();
  for (const page of pages) {
    for (const finding of page.findings) {
      let current = merged.get(finding.indicator);
      if (!current) {
        current = { status: finding.status, found: [], review: [] };
        merged.set(finding.indicator, current);
      }
      if (RANK[finding.status] > RANK[current.status]) current.status = finding.status;
      const bucket = finding.status === 'found' ? current.found : current.review;
      for (const item of finding.evidence) if (bucket.length < MAX_SITE_EVIDENCE) bucket.push(item);
    }
  }
  // A contact form is the only way to write only if no page of the site gives an address.
  const formOnly = merged.get('contact-form-only');
  if (formOnly && merged.get('email-address')?.status === 'found') {
    merged.set('contact-form-only', { status: 'not-found', found: [], review: [] });
  }
  const findings: Finding[] = [];
  for (const indicator of INDICATORS) {
    const result = merged.get(indicator.id);
    if (!result) continue;
    const evidence = [...result.found, ...result.review].slice(0, MAX_SITE_EVIDENCE);
    findings.push({ indicator: indicator.id, status: result.status, evidence });
  }
  return findings;
}
