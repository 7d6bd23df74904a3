import { BOARD_ROLE, boardEntries } from '../scan/board.ts';
import type { PageFacts } from '../scan/facts.ts';
import {
  because,
  blockEvidence,
  decide,
  linkEvidence,
  matchingBlocks,
  matchingLinks,
  type PageEvidence,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

/** A link to the board's meetings or papers is not a link to its members. */
const MEETING_LINK = /\b(meetings?|papers|agendas?|minutes)\b/i;
const BOARD_PAGE =
  /\b(our (governing body|board|leadership( team)?)|governing body( members)?|board (members|of directors)|(the|our|icb|trust|ccg) board|who'?s who|meet the board)\b/i;

export default defineIndicator({
  id: 'board-members',
  group: 'board',
  title: 'Board members listed',
  counts:
    'the members of the board / governing body are listed: several people with their roles (Chair, Chief Officer, Accountable Officer, Clinical Lead, Lay member, Director of ...)',
  doesNotCount: 'one name in passing; a staff directory with no board',
  polarity: 'good',
  detect(page) {
    // Several people with board roles make a list; fewer are a name in passing, and a link
    // to the board's page says where the list is: both for a person to look at.
    // Each member's whole entry (name and role), not only the line with the role.
    const entries: PageEvidence[] = boardEntries(page).map((entry) => ({
      el: entry.container,
      text: entry.text.trim(),
    }));
    if (entries.length >= 3)
      return decide(because('three or more named people with board roles', entries));
    // A link named for the board (a menu item), not a news headline that mentions it.
    const boardPages = matchingLinks(page, BOARD_PAGE).filter(
      (link) => link.label.length <= 40 && !MEETING_LINK.test(link.label),
    );
    // Names in passing are for a person to look at; so is a page about the board that lists
    // its make-up by role and names nobody.
    // One named person is a name in passing, not a list (LABELLING.md decision 5).
    const weak: PageEvidence[] = entries.length >= 2 ? [...entries] : [];
    if (isAboutTheBoard(page)) {
      for (const { block, index, length } of matchingBlocks(page, BOARD_ROLE)) {
        if (block.region === 'main' && !block.headingLevel)
          weak.push(blockEvidence(block, index, length));
      }
      weak.push({ text: page.title, selector: 'title', why: 'a page about the board' });
    }
    return decide(
      [],
      [
        ...because('board members named in passing, or the board by role', weak),
        ...because('a link to the board’s page', boardPages.map(linkEvidence)),
      ],
    );
  },
});

/** The board as the page's subject: its title or main heading names it. */
const BOARD_SUBJECT =
  /\b(board|governing bod(y|ies)|board of directors|leadership team|who'?s who)\b/i;
const ORGANISATION_NAMED_BOARD =
  /\b(integrated care|(local |university )?health|partnership) board\b/gi;
const NOT_THE_BOARD = /\b(health and wellbeing board|meetings?|papers|minutes|agenda)\b/i;

function isAboutTheBoard(page: PageFacts): boolean {
  const subject = [
    page.title,
    ...page.headings.filter((h) => h.level === 1 && h.region === 'main').map((h) => h.text),
  ];
  // "NHS Norbeck Integrated Care Board" in a title is the organisation's name, not its board.
  return subject.some((text) => {
    const words = text.replace(ORGANISATION_NAMED_BOARD, '');
    return BOARD_SUBJECT.test(words) && !NOT_THE_BOARD.test(words);
  });
}
