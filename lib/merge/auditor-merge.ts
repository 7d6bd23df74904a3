/**
 * Another auditor's export merged with this one's work (issue 9): where both judged the same
 * item of the same site differently, the two side by side for the auditor to choose; verdicts
 * only the other auditor gave, to be added; and the agreement between the two, overall and per
 * item. Pure: the stores read and write.
 */
import type { Assessment, AssessmentItem, ItemId, Verdict } from '../assessment.ts';
import type { NewSiteRecords } from '../db/merge.ts';
import type { PageScanRecord, VerdictRecord } from '../db/schema.ts';
import { type Agreement, agreementOf } from './agreement.ts';

/** One auditor's judgement of an item, as the conflict shows it. */
export interface MergeSide {
  verdict: Verdict | null;
  note: string;
  by: string;
  at: string;
  /** Where the evidence is (each address once). */
  evidence: string[];
}

export interface MergeConflict {
  key: string;
  site: string;
  indicator: ItemId;
  title: string;
  polarity: AssessmentItem['polarity'];
  mine: MergeSide;
  theirs: MergeSide;
}

export interface MergePlan {
  conflicts: MergeConflict[];
  /** Their verdicts on items this auditor has not judged: added when the merge is applied. */
  onlyTheirs: { site: string; item: AssessmentItem }[];
  /** Their sites this auditor has not audited: brought in whole when the merge is applied. */
  sitesNotHere: string[];
  overall: Agreement;
  perItem: { indicator: ItemId; title: string; agreement: Agreement }[];
}

function sideOf(item: AssessmentItem): MergeSide {
  return {
    verdict: item.verdict,
    note: item.note,
    by: item.verdictBy,
    at: item.verdictAt,
    evidence: [
      ...new Set([
        ...item.evidence.map((evidence) => evidence.url),
        ...item.addedEvidence.map((added) => added.url),
      ]),
    ],
  };
}

export function planMerge(mine: readonly Assessment[], theirs: readonly Assessment[]): MergePlan {
  const mineBySite = new Map(mine.map((assessment) => [assessment.site, assessment]));
  const conflicts: MergeConflict[] = [];
  const onlyTheirs: MergePlan['onlyTheirs'] = [];
  const sitesNotHere: string[] = [];
  const pairs: [Verdict, Verdict][] = [];
  const pairsByItem = new Map<ItemId, { title: string; pairs: [Verdict, Verdict][] }>();
  for (const other of theirs) {
    const own = mineBySite.get(other.site);
    if (!own) {
      sitesNotHere.push(other.site);
      continue;
    }
    const ownItems = new Map(own.items.map((item) => [item.indicator, item]));
    for (const item of other.items) {
      const ownItem = ownItems.get(item.indicator);
      if (!ownItem || item.verdict === null) continue;
      if (ownItem.verdict === null) {
        onlyTheirs.push({ site: other.site, item });
        continue;
      }
      const pair: [Verdict, Verdict] = [ownItem.verdict, item.verdict];
      pairs.push(pair);
      let forItem = pairsByItem.get(item.indicator);
      if (!forItem) {
        forItem = { title: ownItem.title, pairs: [] };
        pairsByItem.set(item.indicator, forItem);
      }
      forItem.pairs.push(pair);
      if (ownItem.verdict !== item.verdict)
        conflicts.push({
          key: `${other.site}\n${item.indicator}`,
          site: other.site,
          indicator: item.indicator,
          title: ownItem.title,
          polarity: ownItem.polarity,
          mine: sideOf(ownItem),
          theirs: sideOf(item),
        });
    }
  }
  return {
    conflicts,
    onlyTheirs,
    sitesNotHere,
    overall: agreementOf(pairs),
    perItem: [...pairsByItem].map(([indicator, { title, pairs: itemPairs }]) => ({
      indicator,
      title,
      agreement: agreementOf(itemPairs),
    })),
  };
}

/**
 * The other auditor's judgement of an item as the record stored here: their verdict, name, time,
 * note and the checklist it was given under, keeping this auditor's note and added evidence where
 * theirs has none (`existing`: what is stored here for the item).
 */
function theirVerdictRecord(
  assessment: Assessment,
  item: AssessmentItem,
  existing?: VerdictRecord,
): VerdictRecord {
  const { site } = assessment;
  return {
    site,
    indicator: item.indicator,
    verdict: item.verdict,
    verdictAt: item.verdictAt,
    verdictBy: item.verdictBy,
    verdictHow: item.verdictHow,
    // What the other auditor's scanner said is not what this one saw: unknown.
    scannerSeen: null,
    note: item.note || existing?.note || '',
    noteAt: item.note ? item.verdictAt : (existing?.noteAt ?? ''),
    addedEvidence: [
      ...(existing?.addedEvidence ?? []),
      ...item.addedEvidence.filter(
        (added) =>
          !existing?.addedEvidence.some(
            (kept) => kept.url === added.url && kept.snippet === added.snippet,
          ),
      ),
    ],
    checklistId: assessment.checklistId,
    checklistVersion: assessment.checklistVersion,
  };
}

/**
 * The verdict records the merge writes: each conflict resolved for the other auditor, and each
 * verdict only they gave, with their name, time, note and the checklist it was given under.
 */
export function mergedVerdicts(
  plan: MergePlan,
  choices: ReadonlyMap<string, 'mine' | 'theirs'>,
  theirs: readonly Assessment[],
  stored: ReadonlyMap<string, VerdictRecord>,
): VerdictRecord[] {
  const theirBySite = new Map(theirs.map((assessment) => [assessment.site, assessment]));
  const record = (site: string, item: AssessmentItem): VerdictRecord =>
    theirVerdictRecord(theirBySite.get(site)!, item, stored.get(`${site}\n${item.indicator}`));
  const records: VerdictRecord[] = [];
  for (const conflict of plan.conflicts) {
    if (choices.get(conflict.key) !== 'theirs') continue;
    const item = theirBySite
      .get(conflict.site)
      ?.items.find((i) => i.indicator === conflict.indicator);
    if (item) records.push(record(conflict.site, item));
  }
  for (const { site, item } of plan.onlyTheirs) records.push(record(site, item));
  return records;
}

/**
 * A site only the other auditor assessed, brought in whole: its pages, each with the evidence
 * found on it (an item's result goes on the page of its strongest evidence, or the first page
 * when it has none, so the site's merged results are theirs again), the contact-form check, and
 * their verdicts and notes with who and when.
 */
export function newSiteRecords(assessment: Assessment): NewSiteRecords {
  const { site } = assessment;
  const pages = [...assessment.pages].sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
  const first = pages[0]?.url;
  const pageRecords = pages.map(
    (page): PageScanRecord => ({
      site,
      url: page.url,
      title: page.title,
      scannedAt: page.scannedAt,
      findings: assessment.items.flatMap((item) => {
        if (item.scanner === 'not-scanned') return [];
        const evidence = item.evidence
          .filter((found) => found.url === page.url)
          .map(({ pages: _pages, ...found }) => found);
        // The page of the strongest evidence (listed first) carries the site's result; the
        // other pages with evidence at most "needs review", so the order comes back the same.
        const strongest = item.evidence[0]?.url ?? first;
        const status =
          page.url === strongest
            ? item.scanner
            : evidence.length > 0 && item.scanner !== 'not-found'
              ? 'needs-review'
              : 'not-found';
        return [{ indicator: item.indicator, status, evidence }];
      }),
      emailFields: assessment.emailFields
        .filter((field) => field.url === page.url)
        .map(({ url: _url, ...field }) => field),
    }),
  );
  const verdicts = assessment.items
    .filter((item) => item.verdict !== null || item.note || item.addedEvidence.length > 0)
    .map((item) => theirVerdictRecord(assessment, item));
  const last = pages.at(-1);
  return {
    site: {
      site,
      firstSeenAt: first ? pages[0]!.scannedAt : (verdicts[0]?.verdictAt ?? ''),
      lastScannedAt: last?.scannedAt ?? '',
      lastUrl: last?.url ?? '',
      checklistId: assessment.checklistId,
    },
    pages: pageRecords,
    verdicts,
  };
}
