/** Small helpers the indicators' detectors share: turning facts into evidence and a status. */
import type { Detection, Evidence } from '../indicators/types.ts';
import { selectorFor, snippetOf } from './evidence.ts';
import type { Block, EmailFact, LinkFact, PageFacts, PhoneFact } from './facts.ts';

export type PageEvidence = Omit<Evidence, 'url'>;

/** Most evidence items kept per indicator and page: enough to check, not a dump. */
export const MAX_EVIDENCE_PER_PAGE = 5;

export function linkEvidence(link: LinkFact): PageEvidence {
  const context = link.text.length >= 12 ? link.text : link.block.text || link.label;
  return {
    snippet: snippetOf(context || link.label),
    selector: selectorFor(link.el),
    href: link.href,
  };
}

export function blockEvidence(block: Block, index = 0, length = 0): PageEvidence {
  return { snippet: snippetOf(block.text, index, length), selector: selectorFor(block.el) };
}

export function contactEvidence(fact: EmailFact | PhoneFact): PageEvidence {
  const shown = 'address' in fact ? fact.address : fact.display;
  const index = fact.context.indexOf(shown);
  const evidence: PageEvidence = {
    snippet: fact.context ? snippetOf(fact.context, Math.max(0, index), shown.length) : shown,
    selector: selectorFor(fact.el),
  };
  if (fact.href) evidence.href = fact.href;
  return evidence;
}

/** Blocks whose text matches, with where it matched. */
export function* matchingBlocks(
  page: PageFacts,
  pattern: RegExp,
): Generator<{ block: Block; index: number; length: number }> {
  for (const block of page.blocks) {
    if (!block.text) continue;
    pattern.lastIndex = 0;
    const match = pattern.exec(block.text);
    if (match) yield { block, index: match.index, length: match[0].length };
  }
}

/**
 * The status from strong (`found`) and weak (`needs-review`) evidence, keeping at most
 * MAX_EVIDENCE_PER_PAGE items, strong first, without repeating an element.
 */
export function decide(strong: PageEvidence[], weak: PageEvidence[] = []): Detection {
  const seen = new Set<string>();
  const evidence: PageEvidence[] = [];
  for (const item of [...strong, ...weak]) {
    const key = `${item.selector}|${item.href ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push(item);
    if (evidence.length >= MAX_EVIDENCE_PER_PAGE) break;
  }
  const status = strong.length > 0 ? 'found' : weak.length > 0 ? 'needs-review' : 'not-found';
  return { status, evidence: status === 'not-found' ? [] : evidence };
}
