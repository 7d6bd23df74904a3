/** The scanner: a document and its URL in, one finding per indicator out. Pure. */

import type { ItemId } from '../assessment.ts';
import { INDICATORS } from '../indicators/index.ts';
import type { Evidence, ScanStatus } from '../indicators/types.ts';
import { type CustomIndicatorSpec, detectCustom } from './custom-indicators.ts';
import { collectFacts } from './facts.ts';
import { checkEmailFields, type EmailFieldCheck } from './form-check.ts';

export interface Finding {
  /** A catalogue id, or a checklist's own indicator's (`custom-…`). */
  indicator: ItemId;
  status: ScanStatus;
  evidence: Evidence[];
}

/** What the scanner found on one page. Indicators it cannot judge yet have no finding. */
export interface PageResult {
  url: string;
  title: string;
  findings: Finding[];
  /** The contact-form check: each email field and the unusual addresses it refuses. */
  emailFields: EmailFieldCheck[];
}

/**
 * Scans with every catalogue detector and, where the site's checklist has its own indicators,
 * theirs (lib/scan/custom-indicators.ts) over the same facts.
 */
export function scanDocument(
  doc: Document,
  url: string,
  custom: readonly CustomIndicatorSpec[] = [],
): PageResult {
  const facts = collectFacts(doc, url);
  const findings: Finding[] = [];
  for (const indicator of INDICATORS) {
    if (!indicator.detect) continue;
    const detection = indicator.detect(facts);
    findings.push({
      indicator: indicator.id,
      status: detection.status,
      evidence: detection.evidence.map((item) => ({ url, ...item })),
    });
  }
  for (const indicator of custom) {
    const detection = detectCustom(facts, indicator.detector);
    findings.push({
      indicator: indicator.id as ItemId,
      status: detection.status,
      evidence: detection.evidence.map((item) => ({ url, ...item })),
    });
  }
  return { url, title: facts.title, findings, emailFields: checkEmailFields(facts) };
}
