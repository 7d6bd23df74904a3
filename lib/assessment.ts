/**
 * The assessment model, in one place for the database, the exports, the stores and the command
 * line (issue 9): the auditor's verdicts and their labels, what an indicator's polarity means,
 * a checklist item (catalogue or custom), and a site's assessment. It depends on the indicator
 * catalogue and the scanner's types only; lib/db/schema.ts builds its records from it.
 */
import type { IndicatorId } from './indicators/index.ts';
import {
  type GroupId,
  type Indicator,
  SCAN_STATUSES,
  type ScannerResult,
  type SiteEvidence,
} from './indicators/types.ts';
import type { EmailFieldCheck } from './scan/form-check.ts';

export type { ScannerResult };
/** The scanner's result for a site's item, in the order the exports explain them. */
export const SCANNER_RESULTS = [
  ...SCAN_STATUSES,
  'not-scanned',
] as const satisfies readonly ScannerResult[];

/** The auditor's judgement of an indicator. */
export const VERDICTS = ['yes', 'no', 'partial', 'na'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  yes: 'Yes',
  no: 'No',
  partial: 'Partial',
  na: 'Not applicable',
};

/** `confirmed`: the auditor accepted the scanner's result without judging the item apart. */
export const VERDICT_HOWS = ['judged', 'confirmed'] as const;
export type VerdictHow = (typeof VERDICT_HOWS)[number];

/**
 * Most indicators are good to have; a `problem` one (a contact form as the only way to write)
 * is bad when present, so its "yes" means "the problem is there".
 */
export const POLARITIES = ['good', 'problem'] as const satisfies readonly Indicator['polarity'][];
export type Polarity = (typeof POLARITIES)[number];

/** The id of an auditor's own indicator: always prefixed, so it can never be a catalogue id. */
export type CustomIndicatorId = `custom-${string}`;
export const CUSTOM_ID_PREFIX = 'custom-';
/** An item of a checklist: a catalogue indicator or one of the checklist's own. */
export type ItemId = IndicatorId | CustomIndicatorId;

export function isCustomId(id: string): id is CustomIndicatorId {
  return id.startsWith(CUSTOM_ID_PREFIX);
}

/** One item of a checklist as the auditor reads it. */
export interface ChecklistItem {
  id: ItemId;
  group: GroupId;
  title: string;
  counts: string;
  doesNotCount: string;
  polarity: Polarity;
  /** The checklist's own indicator, not the catalogue's. */
  custom: boolean;
}

/** A passage the auditor selected on a page and added as evidence. */
export interface AddedEvidence {
  url: string;
  snippet: string;
  addedAt: string;
  addedBy: string;
}

export interface AssessmentItem {
  indicator: ItemId;
  group: GroupId;
  title: string;
  /** What counts and what does not, as the checklist says. */
  counts: string;
  doesNotCount: string;
  polarity: Polarity;
  /** The checklist's own indicator, not the catalogue's. */
  custom: boolean;
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
  /** The checklist changed this item after the version the verdict was given under. */
  changedSinceVerdict: boolean;
}

export interface Assessment {
  site: string;
  /** The checklist the site is assessed with, and its version now. */
  checklistId: string;
  checklistName: string;
  checklistVersion: number;
  pages: { url: string; title: string; scannedAt: string }[];
  items: AssessmentItem[];
  /** The contact-form check: every email field found, with the page it is on. */
  emailFields: (EmailFieldCheck & { url: string })[];
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

/** The final value of an item: the verdict where given, else the scanner's decisive result. */
export function finalVerdict(item: Pick<AssessmentItem, 'verdict' | 'scanner'>): Verdict | null {
  return item.verdict ?? scannerVerdict(item.scanner);
}

/**
 * A verdict in words no reader can misread: for a problem indicator "yes" is said as "problem
 * present", so that a column of yeses never mixes good and bad.
 */
export function verdictWords(polarity: Polarity, verdict: Verdict | null): string {
  if (verdict === null) return '';
  if (polarity === 'problem') {
    if (verdict === 'yes') return 'problem present';
    if (verdict === 'no') return 'problem absent';
    if (verdict === 'partial') return 'problem partly present';
  }
  return VERDICT_LABELS[verdict].toLowerCase();
}
