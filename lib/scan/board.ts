/**
 * Board members as NHS sites list them: cards, list items, table rows or paragraphs, each a
 * person's name with a board role. Shared by `board-members` and `board-member-contact`.
 */
import type { Block, PageFacts } from './facts.ts';
import { containerOf, matchingBlocks } from './match.ts';

export const BOARD_ROLE =
  /\b(chaired by|chair(man|woman|person)?|vice[- ]chair|deputy chair|chief (officer|executive|finance officer|operating officer|nurse|nursing officer|medical officer|clinical officer|people officer|digital officer|strategy officer)|accountable officer|clinical (lead|chair|director|vice[- ]chair)|lay member|non-executive (director|member)|executive (director|nurse|member)|director of [a-z]+|medical director|secondary care (doctor|consultant|specialist)|gp (board )?(member|representative)|registered nurse|nurse member|independent (member|non-executive)|partner member|associate non-executive director)\b/i;

const TITLE =
  /\b(Dr|Mr|Mrs|Ms|Miss|Mx|Professor|Prof|Cllr|Councillor|Rev|Sir|Dame)\.?\s+[A-Z][A-Za-z'’-]+/;
const CAPITALISED_PAIR = /\b([A-Z][a-z'’-]+)\s+(?:[A-Z]\.?\s+)?([A-Z][A-Za-z'’-]+)\b/g;
/** Capitalised words that are roles, bodies and places on these pages, not names. */
const NOT_NAMES = new Set(
  'Chair Vice Deputy Chief Officer Executive Finance Operating Nurse Nursing Medical Clinical Lead Lay Member Members Non Director Directors Secondary Care Doctor Consultant Governing Body Board Accountable Independent Partner Associate Registered Practice Primary Public Patient Involvement Governance Quality Strategy People Digital Integrated Commissioning Group Trust Foundation Health Healthwatch Council County City Borough Hospital Hospitals Services Service Care System Partnership Northern Southern Eastern Western North South East West The Our About Meet Who Contact Email Phone Read More View Profile Team Committee Audit Remuneration Meeting Meetings Agenda Papers Minutes Primary Mental Children Adult Adults Safeguarding Planning Performance Transformation Commissioning Corporate Affairs Communications Engagement Officer’s Officers Welcome Home News Page Office Lay GP GPs CCG ICB NHS Local Community Support Unit Centre Center House Road Street Lane Park Hall Annual Report General Questions Question Royal Infirmary University Medical School Street Sir Dame Our Your Their This That These Find Out Download Join Sign Follow Policy Privacy Cookies Accessibility Statement Freedom Information Involved Get Have Say Stories Story Blog Video Videos Newsletter Bulletin Upcoming Latest Previous Next Register Declarations Interests Register Company Secretary Development Organisational Occupational Therapists Therapist Workforce Designate Staff Acute Contracting Took Part Human Resources Estates Facilities Operations Operational'.split(
    ' ',
  ),
);

const MONTHS_AND_DAYS =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Since|From|Until|During|After|Before|In|On|At|For|With|By|If|When|Please|Contact|Email|Telephone|Tel|Phone)$/;

function isNameWord(word: string): boolean {
  return !NOT_NAMES.has(word) && !MONTHS_AND_DAYS.test(word);
}

/** A person's name: a title and a surname, or two capitalised words that are not roles, places or dates. */
function hasPersonName(text: string): boolean {
  if (TITLE.test(text)) return true;
  for (const match of text.matchAll(CAPITALISED_PAIR)) {
    if (isNameWord(match[1]!) && isNameWord(match[2]!)) return true;
  }
  return false;
}

/** The text around a role: a member's name stands next to their role, not sentences away. */
function aroundRole(text: string): string {
  const match = BOARD_ROLE.exec(text);
  if (!match) return '';
  return text.slice(Math.max(0, match.index - 80), match.index + match[0].length + 80);
}

export interface BoardEntry {
  container: Element;
  block: Block;
  text: string;
}

const cache = new WeakMap<PageFacts, BoardEntry[]>();

/** One entry per container that holds a person's name and a board role. */
export function boardEntries(page: PageFacts): BoardEntry[] {
  const cached = cache.get(page);
  if (cached) return cached;
  const entries: BoardEntry[] = [];
  const seen = new Set<Element>();
  for (const { block } of matchingBlocks(page, BOARD_ROLE)) {
    if (block.region === 'nav') continue;
    // A definition list pairs a name (dt) with a role (dd): the pair is the entry.
    const pair =
      block.tag === 'dd'
        ? block.el.previousElementSibling
        : block.tag === 'dt'
          ? block.el.nextElementSibling
          : null;
    // A container is one person's card or row; a larger one (a whole post) means the line
    // itself is the entry ("Posted by Dr A Smith, Chief Executive").
    let container = pair ? block.el : containerOf(block.el);
    let text = `${pair?.textContent ?? ''} ${(container.textContent ?? '').slice(0, 800)}`.replace(
      /\s+/g,
      ' ',
    );
    if (text.length > 600 && container !== block.el) {
      container = block.el;
      text = block.text;
    }
    if (seen.has(container)) continue;
    if (!hasPersonName(text.length > 200 ? aroundRole(text) : text)) continue;
    seen.add(container);
    entries.push({ container, block, text });
  }
  cache.set(page, entries);
  return entries;
}
