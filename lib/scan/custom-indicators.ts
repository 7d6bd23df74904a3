/**
 * The detectors of an auditor's own indicators (issue 9): data only, never a regular expression
 * or code from a file. Phrases and keywords are looked up in the page's text and link labels,
 * link-address patterns in its links' addresses (a plain string, or `*` for any run of
 * characters, matched with indexOf: no pattern can make the scanner slow). The detector says
 * which kinds of match make the indicator `found`; the others make it `needs-review`.
 *
 * The same rules as the catalogue's detectors apply: evidence goes through `decide` (at most
 * five items, strong first, with where on the page and why); a phrase only in the header,
 * menus or footer says where something may be, not that it is there (needs review); and a
 * link to another body's site matched by a pattern that names no host is not this site's own.
 */
import type { Detection } from '../indicators/types.ts';
import type { PageFacts } from './facts.ts';
import { blockEvidence, decide, linkEvidence, type PageEvidence } from './match.ts';

export const DETECTOR_SIGNALS = ['phrases', 'keywords', 'links'] as const;
export type DetectorSignal = (typeof DETECTOR_SIGNALS)[number];

/** What an auditor's indicator looks for; every list and string is bounded (CUSTOM_LIMITS). */
export interface CustomDetector {
  /** Words in this order, anywhere in a block of text or a link's label ("annual members' meeting"). */
  phrases: string[];
  /** Single words, matched as whole words ("citizens' panel" is a phrase, "panel" a keyword). */
  keywords: string[];
  /** Link addresses: `/get-involved/`, `consult.example.org`, `*.example.org/have-your-say*`. */
  links: string[];
  /** The kinds of match that make it `found`; a match of any other kind makes it `needs-review`. */
  found: DetectorSignal[];
}

/** A custom indicator as the scanner gets it (the content script's message carries these). */
export interface CustomIndicatorSpec {
  id: string;
  detector: CustomDetector;
}

/** Bounds that keep a shared checklist from slowing the scan of every page. */
export const CUSTOM_LIMITS = {
  /** Custom indicators in one checklist. */
  indicators: 30,
  /** Phrases, keywords and link patterns, each, per indicator. */
  terms: 40,
  /** Characters of one phrase, keyword or pattern. */
  termChars: 100,
  /** Shortest phrase or keyword (one letter matches everything). */
  minTermChars: 3,
  /** `*` in one link pattern. */
  wildcards: 3,
} as const;

const LETTER = /[\p{L}\d]/u;

/** Lower case, with typographic apostrophes as plain ones ("citizens’ panel" is "citizens' panel"). */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'");
}

/** Whether `text` (lower case) contains `term` (lower case) starting and ending at word edges. */
export function containsWords(text: string, term: string): number {
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + term.length] ?? '';
    if (!LETTER.test(before) && !LETTER.test(after)) return at;
  }
  return -1;
}

/**
 * Whether an address matches a pattern: its pieces between `*`s in order, each found with
 * indexOf after the last (leftmost first is always right for unanchored `*` patterns).
 */
export function matchesLinkPattern(address: string, pattern: string): boolean {
  const pieces = pattern.split('*').filter(Boolean);
  if (pieces.length === 0) return false;
  let from = 0;
  for (const piece of pieces) {
    const at = address.indexOf(piece, from);
    if (at === -1) return false;
    from = at + piece.length;
  }
  return true;
}

/** A pattern that names a host ("consult.example.org/…"): it means another site on purpose. */
function namesHost(pattern: string): boolean {
  return pattern.split('/')[0]!.includes('.');
}

/**
 * The terms as matched. The file's checks bound them (lib/export/checklist-file.ts); the
 * scanner trusts no caller, so it drops what is too short and cuts what is too long again.
 */
function terms(list: readonly string[], star = ''): string[] {
  return list
    .slice(0, CUSTOM_LIMITS.terms)
    .map((term) => normaliseText(term.trim()).slice(0, CUSTOM_LIMITS.termChars))
    .filter((term) => term.replaceAll(star || ' ', '').length >= CUSTOM_LIMITS.minTermChars);
}

/** Runs one custom detector over a page's facts. Pure. */
export function detectCustom(page: PageFacts, detector: CustomDetector): Detection {
  const strong: PageEvidence[] = [];
  const weak: PageEvidence[] = [];
  const found = new Set(detector.found);
  const words: [DetectorSignal, string][] = [
    ...terms(detector.phrases).map((term): [DetectorSignal, string] => ['phrases', term]),
    ...terms(detector.keywords).map((term): [DetectorSignal, string] => ['keywords', term]),
  ];
  if (words.length > 0) {
    for (const block of page.blocks) {
      const text = normaliseText(block.text);
      for (const [kind, term] of words) {
        const at = containsWords(text, term);
        if (at === -1) continue;
        // Navigation rule: the header, menus and footer say where something may be.
        (found.has(kind) && block.region === 'main' ? strong : weak).push({
          ...blockEvidence(block, at, term.length),
          why: `“${term}”`,
        });
        break;
      }
    }
    for (const link of page.links) {
      for (const [kind, term] of words) {
        if (containsWords(normaliseText(link.label), term) === -1) continue;
        (found.has(kind) ? strong : weak).push({ ...linkEvidence(link), why: `“${term}”` });
        break;
      }
    }
  }
  const patterns = terms(detector.links, '*');
  for (const link of page.links) {
    if (!link.host) continue;
    const address = link.href.toLowerCase();
    const pattern = patterns.find((p) => matchesLinkPattern(address, p));
    if (!pattern) continue;
    // Ownership rule: another body's page is this site's only when the pattern names its host.
    const ownOrNamed = link.host.replace(/^www\./, '') === page.host || namesHost(pattern);
    (found.has('links') && ownOrNamed ? strong : weak).push({
      ...linkEvidence(link),
      why: `“${pattern}”`,
    });
  }
  return decide(strong, weak);
}
