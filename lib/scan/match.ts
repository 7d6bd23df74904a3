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

export function blockEvidence(
  block: Pick<Block, 'el' | 'text'>,
  index = 0,
  length = 0,
): PageEvidence {
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

/** Links whose label (text, aria-label, title, alt) or target path matches. */
export function matchingLinks(page: PageFacts, label: RegExp, path?: RegExp): LinkFact[] {
  return page.links.filter((link) => {
    if (/^\s*(mailto|tel|javascript):/i.test(link.rawHref)) return false;
    if (label.test(link.label)) return true;
    return path !== undefined && link.host !== '' && path.test(pathOf(link.href));
  });
}

function pathOf(href: string): string {
  try {
    const url = new URL(href);
    return `${url.hostname}${url.pathname}`.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * The container a block belongs to: a list item, table row, card or article when it is in
 * one, else its parent when that is small. Contacts and names inside it belong to the block.
 */
const MAX_ITEM_CHARS = 1_000;
const ITEM_SELECTOR =
  'li, tr, article, dl, [class*="card"], [class*="member"], [class*="profile"], [class*="person"], [class*="contact"], [class*="vcard"], [class*="bio"], [class*="panel"], [class*="box"]';

export function containerOf(el: Element, parentFallback = true): Element {
  // A paragraph classed as part of a card ("card__description") belongs to the card around it.
  const from = /^(li|tr|article|dl)$/.test(el.localName) ? el : el.parentElement;
  const item = from?.closest(ITEM_SELECTOR);
  // An item is one card or row; an "article" that is a whole post is not.
  if (
    item &&
    item.localName !== 'body' &&
    item.localName !== 'html' &&
    (item.textContent ?? '').length <= MAX_ITEM_CHARS
  ) {
    return item;
  }
  const parent = el.parentElement;
  if (
    parentFallback &&
    parent &&
    parent.childElementCount <= 6 &&
    !/^(body|html|main)$/.test(parent.localName)
  )
    return parent;
  return el;
}

/** Email addresses and phone numbers inside an element. */
export function contactsWithin(page: PageFacts, container: Element): (EmailFact | PhoneFact)[] {
  const inside = (fact: EmailFact | PhoneFact) =>
    fact.el === container || container.contains(fact.el);
  return [
    ...page.emails.filter(inside),
    ...page.phones.filter((phone) => !phone.fax && inside(phone)),
  ];
}

/** Links inside an element other than mailto/tel (those are contacts). */
export function linksWithin(page: PageFacts, container: Element): LinkFact[] {
  return page.links.filter(
    (link) => container.contains(link.el) && !/^\s*(mailto|tel)/i.test(link.rawHref),
  );
}

/** Plans and hopes: not there yet, so for a person to look at. */
export const TENTATIVE =
  /\b(looking (at|into) whether|considering|hope to|hoping to|plan(ning)? to|intend to|exploring|in (the )?future|may (be able to|start)|would like to|will be launched|to be launched)\b/i;

/** Whether the text speaks of something past or closed rather than open now. */
export const PAST_OR_CLOSED =
  /\b(closed|has closed|now closed|results|took part|responded|carried out|ran a|last year|findings|thank(s| you) to (everyone|all))\b/i;

/**
 * Signposting to a service: a link to it, or its name with contact details beside it, is
 * found; its name alone (an acronym in passing) needs review.
 */
export function signposting(page: PageFacts, name: RegExp, path: RegExp): Detection {
  const strong: PageEvidence[] = matchingLinks(page, name, path).map(linkEvidence);
  const weak: PageEvidence[] = [];
  for (const { block, index, length } of matchingBlocks(page, name)) {
    const evidence = blockEvidence(block, index, length);
    // Contact details in the same item (card, list item, row), not anywhere near: a passing
    // mention beside another body's address is still a passing mention.
    (contactsWithin(page, containerOf(block.el, false)).length > 0 ? strong : weak).push(evidence);
  }
  for (const email of page.emails)
    if (path.test(email.address)) strong.push(contactEvidence(email));
  return decide(strong, weak);
}
