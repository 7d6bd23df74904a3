/**
 * Page results merge into the site's: found on any page wins over needs-review over
 * not-found, and the evidence of every page is kept (pages in the order given).
 */
import { INDICATORS, type IndicatorId } from '../indicators/index.ts';
import type { Evidence, ScanStatus } from '../indicators/types.ts';
import type { Finding, PageResult } from './scan-page.ts';

const RANK: Record<ScanStatus, number> = { 'not-found': 0, 'needs-review': 1, found: 2 };
/** Evidence kept per indicator for a whole site. */
export const MAX_SITE_EVIDENCE = 25;

export function mergeFindings(pages: readonly PageResult[]): Finding[] {
  const merged = new Map<IndicatorId, { status: ScanStatus; evidence: Evidence[] }>();
  for (const page of pages) {
    for (const finding of page.findings) {
      const current = merged.get(finding.indicator);
      if (!current) {
        merged.set(finding.indicator, { status: finding.status, evidence: [...finding.evidence] });
        continue;
      }
      if (RANK[finding.status] > RANK[current.status]) current.status = finding.status;
      for (const item of finding.evidence) {
        if (current.evidence.length < MAX_SITE_EVIDENCE) current.evidence.push(item);
      }
    }
  }
  const findings: Finding[] = [];
  for (const indicator of INDICATORS) {
    const result = merged.get(indicator.id);
    if (!result) continue;
    // Evidence of the strongest status first, so the checklist shows what decided it.
    findings.push({ indicator: indicator.id, status: result.status, evidence: result.evidence });
  }
  return findings;
}
