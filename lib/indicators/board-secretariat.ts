import {
  blockEvidence,
  contactEvidence,
  contactsNear,
  decide,
  matchingBlocks,
  type PageEvidence,
} from '../scan/match.ts';
import { wordsBefore } from '../scan/ownership.ts';
import { defineIndicator } from './types.ts';

const SECRETARIAT =
  /\b(board secretar(y|iat)|secretary to the (board|governing body)|governing body (secretary|administrator|support)|(?<!information )governance (team|manager|lead|officer|support|administrator|department)|corporate (office|affairs|governance|secretary|secretariat|services team)|company secretary|trust secretary|committee (secretary|services)|board (support|administrator|business))\b/i;
const SECRETARIAT_ADDRESS = /board|governance|governing\.?body|corporate|secretar|committee/i;

export default defineIndicator({
  id: 'board-secretariat',
  group: 'board',
  title: 'Board secretariat contact',
  counts:
    'an email or phone for board business: board secretary, governance team, corporate office',
  doesNotCount: 'a general enquiries address not tied to the board',
  polarity: 'good',
  detect(page) {
    const strong = [...page.emails, ...page.phones.filter((phone) => !phone.fax)]
      .filter((fact) => {
        const address = 'address' in fact ? fact.address.split('@')[0]! : '';
        return (
          SECRETARIAT_ADDRESS.test(address) ||
          SECRETARIAT.test(wordsBefore(fact, 'address' in fact ? fact.address : fact.display))
        );
      })
      .map(contactEvidence);
    const weak: PageEvidence[] = [];
    for (const { block, index, length } of matchingBlocks(page, SECRETARIAT)) {
      const contacts = contactsNear(page, block);
      if (contacts.length > 0) strong.push(...contacts.map(contactEvidence));
      else weak.push(blockEvidence(block, index, length));
    }
    return decide(strong, weak);
  },
});
