/** The scanner: a document and its URL in, one finding per indicator out. Pure. */
import { INDICATORS, type IndicatorId } from '../indicators/index.ts';
import type { Evidence, ScanStatus } from '../indicators/types.ts';
import { collectFacts } from './facts.ts';
import { checkEmailFields, type EmailFieldCheck } from './form-check.ts';

export interface Finding {
  indicator: IndicatorId;
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

export function scanDocument(doc: Document, url: string): PageResult {
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
  return { url, title: facts.title, findings, emailFields: checkEmailFields(facts) };
}
