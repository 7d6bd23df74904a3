/** A site's assessment built from what is stored: every item of its checklist with the scanner's result and the verdict. */
import { type Assessment, type AssessmentItem, rescanContradicts } from '../assessment.ts';
import {
  CATALOGUE_CHECKLIST,
  type Checklist,
  changedSince,
  checklistItems,
} from '../checklists/checklist.ts';
import type { SiteState } from '../db/repository.ts';
import { mergeFindings } from '../scan/merge.ts';

export function buildAssessment(
  site: string,
  state: SiteState,
  checklist: Checklist = state.checklist ?? CATALOGUE_CHECKLIST,
): Assessment {
  const findings = new Map(
    mergeFindings(state.pages).map((finding) => [finding.indicator, finding]),
  );
  const verdicts = new Map(state.verdicts.map((record) => [record.indicator, record]));
  const changedCache = new Map<number, Set<string>>();
  const changedAfter = (version: number) => {
    let changed = changedCache.get(version);
    if (!changed) {
      changed = changedSince(checklist, version);
      changedCache.set(version, changed);
    }
    return changed;
  };
  return {
    site,
    checklistId: checklist.id,
    checklistName: checklist.name,
    checklistVersion: checklist.version,
    pages: state.pages.map(({ url, title, scannedAt }) => ({ url, title, scannedAt })),
    emailFields: state.pages.flatMap((page) =>
      (page.emailFields ?? []).map((field) => ({ url: page.url, ...field })),
    ),
    items: checklistItems(checklist).map((item): AssessmentItem => {
      const finding = findings.get(item.id);
      const verdict = verdicts.get(item.id);
      const judged = verdict && (verdict.verdict !== null || verdict.note !== '');
      return {
        indicator: item.id,
        group: item.group,
        title: item.title,
        counts: item.counts,
        doesNotCount: item.doesNotCount,
        polarity: item.polarity,
        custom: item.custom,
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
        // A verdict given under an earlier version of this checklist whose item changed since,
        // or, for an own indicator, under another checklist (its own "what counts" may differ;
        // a catalogue indicator means the same in every checklist).
        changedSinceVerdict: Boolean(
          judged &&
            (verdict.checklistId === checklist.id
              ? changedAfter(verdict.checklistVersion).has(item.id)
              : item.custom),
        ),
      };
    }),
  };
}
