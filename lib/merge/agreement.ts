/**
 * Agreement between two auditors who judged the same items (the double coding of survey
 * research): the share of items given the same verdict, and Cohen's kappa, which discounts the
 * agreement two auditors would reach by chance given how often each uses each verdict
 * (Cohen 1960: κ = (pₒ − pₑ) / (1 − pₑ)).
 */
import { VERDICTS, type Verdict } from '../assessment.ts';

export interface Agreement {
  /** Items both auditors gave a verdict. */
  pairs: number;
  agreed: number;
  /** agreed / pairs, 0 to 1; null without pairs. */
  percent: number | null;
  /** Cohen's kappa; null without pairs, or when chance agreement is total (both used one verdict). */
  kappa: number | null;
}

export function agreementOf(pairs: readonly (readonly [Verdict, Verdict])[]): Agreement {
  const n = pairs.length;
  if (n === 0) return { pairs: 0, agreed: 0, percent: null, kappa: null };
  const agreed = pairs.filter(([a, b]) => a === b).length;
  const observed = agreed / n;
  let chance = 0;
  for (const verdict of VERDICTS) {
    const first = pairs.filter(([a]) => a === verdict).length / n;
    const second = pairs.filter(([, b]) => b === verdict).length / n;
    chance += first * second;
  }
  const kappa = chance === 1 ? null : (observed - chance) / (1 - chance);
  return { pairs: n, agreed, percent: observed, kappa };
}

/** "83% (κ 0.71)", "100% (κ not defined: one verdict only)", "no items judged by both". */
export function agreementInWords(agreement: Agreement): string {
  if (agreement.percent === null) return 'no items judged by both';
  const percent = `${Math.round(agreement.percent * 100)}%`;
  const kappa =
    agreement.kappa === null
      ? 'κ not defined: one verdict only'
      : `κ ${agreement.kappa.toFixed(2)}`;
  return `${percent} of ${agreement.pairs} (${kappa})`;
}
