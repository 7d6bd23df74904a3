import type { Block, PageFacts } from '../scan/facts.ts';
import {
  because,
  blockEvidence,
  blocksAfter,
  contactsWithin,
  containerOf,
  decide,
  linkEvidence,
  matchingBlocks,
  matchingLinks,
  type PageEvidence,
  pageIsAbout,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

const QUESTIONS =
  /\b(questions? (from|by) (members of )?the public|public questions?|questions? from (governors and )?(members of )?the public|ask (a )?questions?|ask the (board|governing body|trust|icb|ccg)( a)? questions?|(put|pose|raise) (a |your )?questions? to (the|our) (board|governing body)|asking (a|your) questions?|questions? for the (board|governing body|directors|board of directors)|submit (a |your )?questions?|send (us )?(your )?questions?|questions? (must|should|can|may|will) be (submitted|sent|received|asked|taken|raised)|questions? (are|is) (requested|invited|welcome)|consider public questions|questions? (in advance|before the meeting))\b/i;
/** Where to send it, by when, or that questions are taken at the meeting. */
const PROCEDURE =
  /\b(working days|days before|in advance|(before|prior to|ahead of) the meeting|(submitted|received|sent) (up to|by|no later than|before)|(at|during) (the|each|every) meeting|written (response|answer|reply)|adjournment|at least \w+ (days|hours)|by (noon|midday|\d)|deadline|up to (three|two|\d) questions|at the (start|beginning|end) of (the|each|that|every) meeting|minutes? (are|is) (set aside|allocated)|write to|email|e-mail|question form|send (it|them|your questions?) to|by (mon|tues|wednes|thurs|fri|satur|sun)day|from the floor|membership office|board secretary|corporate office)\b/i;
/** What questions to the board are asked at: its meetings, agenda, committees. */
const MEETING_BUSINESS =
  /\b(board|governing body|council of governors|committee|meetings?|agenda)\b/i;
/** Lines a question's heading or lead-in introduces: the next blocks of the main content. */
const FOLLOWING_BLOCKS = 2;
const QUESTION_LINK =
  /\b(question form|submit a question|ask a question|public questions?|questions? for the (board|governing body))\b/i;

export default defineIndicator({
  id: 'public-questions',
  group: 'board',
  title: 'Public can ask questions at board meetings',
  counts:
    'how a member of the public can ask a question at a board meeting: where to send it, by when, or that questions are taken at the meeting',
  doesNotCount: '"contact us" with no tie to meetings',
  polarity: 'good',
  detect(page) {
    const strong = matchingLinks(page, QUESTION_LINK).map(linkEvidence);
    const weak: PageEvidence[] = [];
    const meetingsPage = pageIsAbout(page, MEETING_BUSINESS);
    for (const { block, index, length } of matchingBlocks(page, QUESTIONS)) {
      if (block.region === 'nav') continue;
      // Questions at a listening event or in an interview are not questions to the board.
      if (!meetingsPage && !MEETING_BUSINESS.test(block.text)) continue;
      // A heading's procedure is in what follows it; a paragraph's may be in its item.
      const around = block.headingLevel
        ? (block.el.nextElementSibling?.textContent ?? '')
        : containerOf(block.el) === block.el
          ? ''
          : (containerOf(block.el).textContent ?? '');
      const procedure =
        PROCEDURE.test(block.text) ||
        contactsWithin(page, block.el).length > 0 ||
        PROCEDURE.test(around.slice(0, 1500)) ||
        PROCEDURE.test(followingText(page, block));
      (procedure ? strong : weak).push(blockEvidence(block, index, length));
    }
    return decide(
      because('how to ask a question at a meeting', strong),
      because('questions invited without a route', weak),
    );
  },
});

/** The text of the blocks after a block in the main content: the rest of its short section. */
function followingText(page: PageFacts, block: Block): string {
  return blocksAfter(page, block, FOLLOWING_BLOCKS)
    .filter((next) => next.region === 'main')
    .map((next) => next.text)
    .join(' ')
    .slice(0, 1500);
}
