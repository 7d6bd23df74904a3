import {
  because,
  blockEvidence,
  contactsWithin,
  containerOf,
  decide,
  linkEvidence,
  matchingBlocks,
  matchingLinks,
  type PageEvidence,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

const QUESTIONS =
  /\b(questions? (from|by) (members of )?the public|public questions?|questions? from the public|ask (a )?questions?|ask the (board|governing body|trust|icb|ccg)( a)? questions?|(put|pose|raise) (a |your )?questions? to (the|our) (board|governing body)|asking (a|your) questions?|questions? for the (board|governing body|directors|board of directors)|submit (a |your )?questions?|send (us )?(your )?questions?|questions? (must|should|can|may|will) be (submitted|sent|received|asked|taken)|questions? (in advance|before the meeting))\b/i;
/** Where to send it, by when, or that questions are taken at the meeting. */
const PROCEDURE =
  /\b(working days|days before|in advance|before the meeting|at least \w+ (days|hours)|by (noon|midday|\d)|deadline|up to (three|two|\d) questions|at the (start|beginning|end) of (the|each|that|every) meeting|minutes? (are|is) (set aside|allocated)|write to|email|e-mail|question form|send (it|them|your questions?) to|by (mon|tues|wednes|thurs|fri|satur|sun)day|from the floor|membership office|board secretary|corporate office)\b/i;
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
    for (const { block, index, length } of matchingBlocks(page, QUESTIONS)) {
      if (block.region === 'nav') continue;
      // A heading's procedure is in what follows it; a paragraph's may be in its item.
      const around = block.headingLevel
        ? (block.el.nextElementSibling?.textContent ?? '')
        : containerOf(block.el) === block.el
          ? ''
          : (containerOf(block.el).textContent ?? '');
      const procedure =
        PROCEDURE.test(block.text) ||
        contactsWithin(page, block.el).length > 0 ||
        PROCEDURE.test(around.slice(0, 1500));
      (procedure ? strong : weak).push(blockEvidence(block, index, length));
    }
    return decide(
      because('how to ask a question at a meeting', strong),
      because('questions invited without a route', weak),
    );
  },
});
