import {
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
  /\b(questions? (from|by) (members of )?the public|public questions?|questions? from the public|ask (a )?questions?|submit (a |your )?questions?|send (us )?(your )?questions?|questions? (must|should|can|may|will) be (submitted|sent|received|asked|taken)|questions? (in advance|before the meeting))\b/i;
/** Where to send it, by when, or that questions are taken at the meeting. */
const PROCEDURE =
  /\b(working days|days before|in advance|before the meeting|at least \w+ (days|hours)|by (noon|midday|\d)|deadline|up to (three|two|\d) questions|at the (start|beginning|end) of (the|each) meeting|minutes? (are|is) (set aside|allocated)|write to|email|e-mail|question form|send (them|your questions?) to|board secretary|corporate office)\b/i;
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
      const container = containerOf(block.el);
      const procedure =
        PROCEDURE.test(block.text) ||
        contactsWithin(page, block.el).length > 0 ||
        (container !== block.el && PROCEDURE.test((container.textContent ?? '').slice(0, 1500)));
      (procedure ? strong : weak).push(blockEvidence(block, index, length));
    }
    return decide(strong, weak);
  },
});
