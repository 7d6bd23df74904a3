/** A site's assessment as the auditor sees it: every indicator with the scanner's result and the verdict. */
import type { SiteState } from '../db/repository.ts';
import type { AddedEvidence, Verdict, VerdictHow } from '../db/schema.ts';
import { INDICATORS, type IndicatorId } from '../indicators/index.ts';
import type { GroupId, ScannerResult, SiteEvidence } from '../indicators/types.ts';
import type { EmailFieldCheck } from '../scan/form-check.ts';
import { mergeFindings } from '../scan/merge.ts';

export type { ScannerResult };

export interface AssessmentItem {
  indicator: IndicatorId;
  group: GroupId;
  title: string;
  polarity: 'good' | 'problem';
  scanner: ScannerResult;
  verdict: Verdict | null;
  /** Who gave the verdict, when, and whether judged or the scanner's result confirmed. */
  verdictBy: string;
  verdictAt: string;
  verdictHow: VerdictHow;
  note: string;
  /** Grouped across the site's pages, strongest first (lib/scan/merge.ts). */
  evidence: SiteEvidence[];
  /** Passages the auditor added by hand from the pages ("Add as evidence for"). */
  addedEvidence: AddedEvidence[];
  /** A scan after the verdict says otherwise: the auditor should look again (rescanContradicts). */
  contradiction: boolean;
}

export interface Assessment {
  site: string;
  pages: { url: string; title: string; scannedAt: string }[];
  items: AssessmentItem[];
  /** The contact-form check: every email field found, with the page it is on. */
  emailFields: (EmailFieldCheck & { url: string })[];
}

export function buildAssessment(site: string, state: SiteState): Assessment {
  const findings = new Map(
    mergeFindings(state.pages).map((finding) => [finding.indicator, finding]),
  );
  const verdicts = new Map(state.verdicts.map((record) => [record.indicator, record]));
  return {
    site,
    pages: state.pages.map(({ url, title, scannedAt }) => ({ url, title, scannedAt })),
    emailFields: state.pages.flatMap((page) =>
      (page.emailFields ?? []).map((field) => ({ url: page.url, ...field })),
    ),
    items: INDICATORS.map((indicator) => {
      const finding = findings.get(indicator.id);
      const verdict = verdicts.get(indicator.id);
      return {
        indicator: indicator.id,
        group: indicator.group,
        title: indicator.title,
        polarity: indicator.polarity,
        scanner: finding?.status ?? 'not-scanned',
        verdict: verdict?.verdict ?? null,
        verdictBy: verdict?.verdictBy ?? '',
        verdictAt: verdict?.verdictAt ?? '',
        verdictHow: verdict?.verdictHow ?? 'judged',
        note: verdict?.note ?? '',
        evidence: finding?.evidence ?? [],
        addedEvidence: verdict?.addedEvidence ?? [],
        contradiction: rescanContradicts(
          verdict?.verdict ?? null,
          finding?.status ?? 'not-scanned',
          verdict?.scannerSeen ?? null,
        ),
      };
    }),
  };
}

/**
 * The verdict the scanner's result stands for, where it is decisive: "found" is yes, "not
 * found" is no (for a problem indicator too: yes, the problem is there).
 */
export function scannerVerdict(scanner: ScannerResult): Verdict | null {
  if (scanner === 'found') return 'yes';
  if (scanner === 'not-found') return 'no';
  return null;
}

/** A yes or no verdict against a decisive scanner result (partial and n/a contradict nothing). */
export function verdictContradictsScanner(
  verdict: Verdict | null,
  scanner: ScannerResult,
): boolean {
  const expected = scannerVerdict(scanner);
  return expected !== null && (verdict === 'yes' || verdict === 'no') && verdict !== expected;
}

/**
 * Whether a later scan contradicts the auditor's verdict: it does (verdictContradictsScanner)
 * and the result is not the one the auditor saw when giving or keeping the verdict. An override
 * the auditor made knowingly stays quiet until the scanner's result changes again.
 */
export function rescanContradicts(
  verdict: Verdict | null,
  scanner: ScannerResult,
  scannerSeen: ScannerResult | null,
): boolean {
  return verdictContradictsScanner(verdict, scanner) && scanner !== scannerSeen;
}
