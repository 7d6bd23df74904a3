/** A site's assessment as the auditor sees it: every indicator with the scanner's result and the verdict. */
import type { SiteState } from '../db/repository.ts';
import type { Verdict } from '../db/schema.ts';
import { INDICATORS, type IndicatorId } from '../indicators/index.ts';
import type { GroupId, ScanStatus, SiteEvidence } from '../indicators/types.ts';
import type { EmailFieldCheck } from '../scan/form-check.ts';
import { mergeFindings } from '../scan/merge.ts';

/** `not-scanned`: no page of the site has been scanned for it (or the scanner cannot judge it yet). */
export type ScannerResult = ScanStatus | 'not-scanned';

export interface AssessmentItem {
  indicator: IndicatorId;
  group: GroupId;
  title: string;
  polarity: 'good' | 'problem';
  scanner: ScannerResult;
  verdict: Verdict | null;
  note: string;
  /** Grouped across the site's pages, strongest first (lib/scan/merge.ts). */
  evidence: SiteEvidence[];
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
        note: verdict?.note ?? '',
        evidence: finding?.evidence ?? [],
      };
    }),
  };
}
