/** Small helpers the indicators' detectors share: turning facts into evidence and a status. */
import type { Detection, Evidence } from '../indicators/types.ts';
import {
  compact,
  readableText,
  regionOf,
  selectorFor,
  snippetOf,
  withoutDecoration,
} from './evidence.ts';
import type { Block, EmailFact, FormFact, LinkFact, PageFacts, PhoneFact } from './facts.ts';

/**
 * A piece of evidence as a detector finds it. Snippet and selector are made only for the few
 * items `decide` keeps: detectors may gather hundreds of candidates on a large page.
 */
export interface PageEvidence {
  /** The element, for its selector; or a fixed `selector`. */
  el?: Element;
  selector?: string;
  /** The text the snippet is cut from, and where in it the evidence is; absent: `el`'s text. */
  text?: string;
  at?: number;
  length?: number;
  href?: string;
  /** The rule that produced it, carried into the evidence. */
  why?: string;
}

/** Names the rule behind evidence items that do not name one yet. */
export function because(why: string, items: PageEvidence[]): PageEvidence[] {
  for (const item of items) item.why ??= why;
  return items;
}

/** Most evidence items kept per indicator and page: enough to check, not a dump. */
export const MAX_EVIDENCE_PER_PAGE = 5;

export function linkEvidence(link: LinkFact): PageEvidence {
  const context = link.text.length >= 12 ? link.text : link.block.text || link.name;
  return { el: link.el, text: context || link.name, href: link.href };
}

export function blockEvidence(block: Pick<Block, 'el' | 'text'>, at = 0, length = 0): PageEvidence {
  return { el: block.el, text: block.text, at, length };
}

/** A form as it reads (its labels and buttons as written, not the lower-case text it is matched on). */
export function formEvidence(form: Pick<FormFact, 'el'>): PageEvidence {
  return { el: form.el };
}

export function contactEvidence(fact: EmailFact | PhoneFact): PageEvidence {
  const shown = 'address' in fact ? fact.address : fact.display;
  const evidence: PageEvidence = fact.context
    ? {
        el: fact.el,
        text: fact.context,
        at: Math.max(0, fact.context.indexOf(shown)),
        length: shown.length,
      }
    : { el: fact.el, text: shown };
  if (fact.href) evidence.href = fact.href;
  return evidence;
}

/** Blocks whose text matches, with where it matched. */
export function* matchingBlocks(
  page: PageFacts,
  pattern: RegExp,
): Generator<{ block: Block; index: number; length: number }> {
  for (const hit of matchesIn(textIndexOf(page, 'blocks'), pattern)) {
    yield { block: page.blocks[hit.item]!, index: hit.index, length: hit.length };
  }
}

/**
 * The page's block texts (or link labels, or link paths) joined into one string, so that a
 * pattern runs once over the page instead of once per block: thousands of small regular
 * expression runs cost more than one long one.
 */
interface TextIndex {
  items: readonly string[];
  text: string;
  starts: number[];
}
type IndexKind = 'blocks' | 'labels' | 'paths';
const textIndexes = new WeakMap<PageFacts, Partial<Record<IndexKind, TextIndex>>>();

function textIndexOf(page: PageFacts, kind: IndexKind): TextIndex {
  let forPage = textIndexes.get(page);
  if (!forPage) {
    forPage = {};
    textIndexes.set(page, forPage);
  }
  let index = forPage[kind];
  if (!index) {
    const items =
      kind === 'blocks'
        ? page.blocks.map((block) => block.text)
        : page.links.map((link) => (kind === 'labels' ? link.label : link.path));
    const starts: number[] = [];
    let offset = 0;
    for (const item of items) {
      starts.push(offset);
      offset += item.length + 1;
    }
    index = { items, text: items.join('\n'), starts };
    forPage[kind] = index;
  }
  return index;
}

const globalPatterns = new WeakMap<RegExp, RegExp>();

/** The first match of `pattern` in each item that has one, in item order. */
function* matchesIn(
  index: TextIndex,
  pattern: RegExp,
): Generator<{ item: number; index: number; length: number }> {
  let global = globalPatterns.get(pattern);
  if (!global) {
    global = new RegExp(
      pattern.source,
      pattern.flags.replace('y', '').includes('g') ? pattern.flags : `${pattern.flags}g`,
    );
    globalPatterns.set(pattern, global);
  }
  const { items, text, starts } = index;
  global.lastIndex = 0;
  let item = 0;
  for (let match = global.exec(text); match; match = global.exec(text)) {
    // The item the match starts in (starts are ascending; matches move forward).
    while (item + 1 < starts.length && starts[item + 1]! <= match.index) item++;
    const start = starts[item]!;
    const end = start + items[item]!.length;
    if (match.index + match[0].length <= end) {
      yield { item, index: match.index - start, length: match[0].length };
    } else {
      // The match ran on into the next item: judge this item on its own.
      pattern.lastIndex = 0;
      const own = pattern.exec(items[item]!);
      if (own) yield { item, index: own.index, length: own[0].length };
    }
    global.lastIndex = end + 1;
  }
}

/**
 * The status from strong (`found`) and weak (`needs-review`) evidence, keeping at most
 * MAX_EVIDENCE_PER_PAGE items, strong first, without repeating an element.
 */
export function decide(strong: PageEvidence[], weak: PageEvidence[] = []): Detection {
  const status = strong.length > 0 ? 'found' : weak.length > 0 ? 'needs-review' : 'not-found';
  if (status === 'not-found') return { status, evidence: [] };
  const seen = new Set<string>();
  const evidence: Omit<Evidence, 'url'>[] = [];
  for (const item of [...strong, ...weak]) {
    const selector = item.selector ?? (item.el ? selectorFor(item.el) : 'html');
    const key = `${selector}|${item.href ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const kept: Omit<Evidence, 'url'> = { snippet: snippetFor(item), selector };
    if (item.href) kept.href = item.href;
    // Where it is on the page, so a site's evidence can put the page's own content first.
    if (item.el) kept.region = regionOf(item.el);
    if (item.why) kept.why = item.why;
    evidence.push(kept);
    if (evidence.length >= MAX_EVIDENCE_PER_PAGE) break;
  }
  return { status, evidence };
}

/** The clean text an auditor reads for a piece of evidence (see evidence.ts). */
function snippetFor(item: PageEvidence): string {
  // An icon link without text or label says nothing: the auditor reads what it is instead.
  return cleanTextOf(item) || (item.href ? 'A link with no text (an icon)' : '');
}

/**
 * The evidence's text without decoration, whitespace collapsed. A detector that gives an
 * element's whole text (a board member's card) gets it as a reader sees it: the raw text of a
 * card written without spaces between its tags runs the words together.
 */
function cleanTextOf(item: PageEvidence): string {
  if (item.text === undefined)
    return snippetOf(
      (item.el && readableText(item.el)) || `A ${item.el?.localName ?? 'page'} with no text`,
    );
  if (item.el && item.at === undefined) {
    const whole = item.el.textContent ?? '';
    if (whole.length < 4 * item.text.length + 100 && compact(whole) === compact(item.text))
      return snippetOf(readableText(item.el) || item.text);
  }
  const { text, at } = withoutDecoration(item.text, item.el, item.at);
  return snippetOf(text, at, item.length);
}

/** Links whose label (text, aria-label, title, alt) or target (host and path) matches. */
export function matchingLinks(page: PageFacts, label: RegExp, path?: RegExp): LinkFact[] {
  const hits = new Set<number>();
  for (const hit of matchesIn(textIndexOf(page, 'labels'), label)) hits.add(hit.item);
  if (path) for (const hit of matchesIn(textIndexOf(page, 'paths'), path)) hits.add(hit.item);
  return [...hits]
    .sort((a, b) => a - b)
    .map((item) => page.links[item]!)
    .filter((link) => link.path !== '');
}

const MAX_ITEM_CHARS = 1_000;
const ITEM_SELECTOR =
  'li, tr, article, dl, [class*="card"], [class*="member"], [class*="profile"], [class*="person"], [class*="contact"], [class*="vcard"], [class*="bio"], [class*="panel"], [class*="box"]';

/**
 * The container a block belongs to: a list item, table row, card or article when it is in
 * one, else its parent when that is small. Contacts and names inside it belong to the block.
 */
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

/**
 * Contacts in what a block introduces: its item (card, list item, row) or, for a heading, the
 * elements after it up to the next heading ("PALS" over a paragraph with the number).
 */
export function contactsNear(page: PageFacts, block: Block): (EmailFact | PhoneFact)[] {
  if (!block.headingLevel) return contactsWithin(page, containerOf(block.el, false));
  const found: (EmailFact | PhoneFact)[] = [];
  let sibling = block.el.nextElementSibling;
  for (let i = 0; sibling && i < 6 && !/^h[1-6]$/.test(sibling.localName); i++) {
    found.push(...contactsWithin(page, sibling));
    sibling = sibling.nextElementSibling;
  }
  return found;
}

/**
 * Contacts a sentence leads into: the block ends with a colon or "contact", and the contacts
 * whose own lead-in it is stand in the next short lines.
 */
export function contactsLedInBy(page: PageFacts, block: Block): (EmailFact | PhoneFact)[] {
  if (!/(:|\b(contact|on|at|email|call|telephone))\s*$/i.test(block.text)) return [];
  const tail = block.text.slice(-MAX_LEAD_TAIL);
  return [...page.emails, ...page.phones].filter(
    (fact) => fact.lead.length > 0 && tail.endsWith(fact.lead.slice(-MAX_LEAD_TAIL)),
  );
}
const MAX_LEAD_TAIL = 120;

/** Links inside an element other than mailto/tel (those are contacts). */
export function linksWithin(page: PageFacts, container: Element): LinkFact[] {
  return page.links.filter(
    (link) => container.contains(link.el) && !/^\s*(mailto|tel)/i.test(link.rawHref),
  );
}

/** The sentence of a text that holds the character at `index` (split at . ! ? and a space). */
export function sentenceAt(text: string, index: number): string {
  const before = Math.max(
    text.lastIndexOf('. ', index),
    text.lastIndexOf('! ', index),
    text.lastIndexOf('? ', index),
  );
  const ends = ['. ', '! ', '? '].map((stop) => text.indexOf(stop, index)).filter((at) => at >= 0);
  const end = ends.length > 0 ? Math.min(...ends) + 1 : text.length;
  return text.slice(before + 1, end).trim();
}

/** Plans and hopes: not there yet, so for a person to look at. */
export const TENTATIVE =
  /\b(looking (at|into) whether|considering|hope to|hoping to|plan(ning)? to|intend to|exploring|in (the )?future|may (be able to|start)|would like to|will be launched|to be launched)\b/i;

/** Something that was and is no longer: stopped, paused, closed. */
export const NO_LONGER =
  /\b(no longer|has stopped|have stopped|stopped meeting|has been (paused|suspended|disbanded|closed)|is (paused|suspended|closed)|was (disbanded|closed))\b/i;

/** A survey or consultation that has closed, or whose results are being reported. */
export const PAST_OR_CLOSED =
  /\b(surveys?|consultations?|questionnaires?)\b[^.]{0,60}\b(closed|has closed|now closed|has ended|ended on)\b|\b(closed|ended) on \d|\b(results|findings) (of|from) (the|our|this|last)\b|\bthank(s| you) to (everyone|all|the \d+)[^.]{0,30}\b(took part|responded|completed)\b/i;

/**
 * How to reach a service in person or in writing, without a number or address: where its office
 * is, a drop-in, a form. Opening hours alone say when, not where (LABELLING decision 3).
 */
const WAY_TO_REACH =
  /\b(drop[- ]in|(office|desk|team),? (is )?(located|based|on the|at the|in the)|(on the )?(ground|first|lower ground) floor|main (entrance|reception)|enquiry form|complete the form|contact form|visit (us|the office))\b/i;

const blockPositions = new WeakMap<PageFacts, Map<Block, number>>();

/** The next `count` blocks after a block, in page order (a short section's lines). */
export function blocksAfter(page: PageFacts, block: Block, count: number): Block[] {
  let positions = blockPositions.get(page);
  if (!positions) {
    positions = new Map(page.blocks.map((each, at) => [each, at]));
    blockPositions.set(page, positions);
  }
  const at = positions.get(block);
  return at === undefined ? [] : page.blocks.slice(at + 1, at + 1 + count);
}

/** A page address's path ('' for an address that does not parse). */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/** Whether the page is about something: its title or a main-content h1 names it. */
export function pageIsAbout(page: PageFacts, name: RegExp): boolean {
  return (
    name.test(page.title) ||
    page.headings.some((h) => h.level === 1 && h.region === 'main' && name.test(h.text))
  );
}

/**
 * Signposting to a service: a link to it, or its name with contact details beside it, is
 * found; its name alone (an acronym in passing) needs review. The service's own page (named in
 * its title, main heading or address) that says how to reach it is found.
 */
export function signposting(page: PageFacts, name: RegExp, path: RegExp): Detection {
  const strong: PageEvidence[] = matchingLinks(page, name, path).map(linkEvidence);
  const weak: PageEvidence[] = [];
  for (const { block, index, length } of matchingBlocks(page, name)) {
    const evidence = blockEvidence(block, index, length);
    // Contact details of the service: in the block itself, under a heading naming it, or in the
    // same card when their own words name it. A passing mention in a card with another team's
    // contacts is still a passing mention.
    const contacts = block.headingLevel
      ? contactsNear(page, block)
      : contactsNear(page, block).filter(
          (fact) =>
            block.el.contains(fact.el) ||
            name.test(fact.context) ||
            name.test('address' in fact ? fact.address : ''),
        );
    (contacts.length > 0 ? strong : weak).push(evidence);
  }
  for (const email of page.emails)
    if (path.test(email.address)) strong.push(contactEvidence(email));
  // The service's own page (its name in the title or main heading) that says how to reach it:
  // a contact, an office with opening hours, a drop-in, a form.
  if (
    strong.length === 0 &&
    weak.length > 0 &&
    (pageIsAbout(page, name) || path.test(pathOf(page.url)))
  ) {
    const reach = [...matchingBlocks(page, WAY_TO_REACH)].find(
      ({ block }) => block.region === 'main',
    );
    const contacts = [...page.emails, ...page.phones].filter((fact) => fact.region === 'main');
    const why = 'the service’s own page says how to reach it';
    if (reach) strong.push({ ...blockEvidence(reach.block, reach.index, reach.length), why });
    else if (contacts.length > 0) strong.push({ ...contactEvidence(contacts[0]!), why });
  }
  return decide(
    because('a link to the service, or its name with contact details', strong),
    because('the service named in passing', weak),
  );
}
