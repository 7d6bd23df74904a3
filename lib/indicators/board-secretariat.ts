import {
  because,
  blockEvidence,
  contactEvidence,
  contactsNear,
  decide,
  matchingBlocks,
  type PageEvidence,
} from '../scan/match.ts';
import { isLeadIn, isOtherBodysEmail, isOtherBodysPhone, wordsBefore } from '../scan/ownership.ts';
import { defineIndicator } from './types.ts';

const SECRETARIAT =
  /\b(board secretar(y|iat)|secretary to the (board|governing body)|governing body (secretary|administrator|support)|(?<!information )governance (team|manager|lead|officer|support|administrator|department)|corporate (office|affairs|governance|secretary|secretariat|services( team)?)|company secretary|trust secretary|committee (secretary|services)|board (support|administrator|business))\b/i;
/** A contact's own sentence ties it to the board's business: its meetings, questions, papers. */
const BOARD_BUSINESS =
  /\b(quer(y|ies)|questions?|enquir(y|ies)|contact|register|notify|more details)\b[^.]{0,80}\b(governing bod(y|ies)|council of governors|(the|our) board|board meetings?|meetings? (held )?in public|public meetings?)\b|\b(governing bod(y|ies)|council of governors|board meetings?)\b[^.]{0,80}\b(contact|email|e-mail|telephone|call|write to|submit(ted)?|send)\b|\bquestions?\b[^.]{0,60}\b(before|ahead of|at|for|in advance of) (the|each|a|our) (board |governing body |public )?(meeting|agenda)\b/i;
/** A route for board questions whose address or number is not there ("submitted to:"). */
const ROUTE_WITHOUT_CONTACT =
  /\b[Qq]uestions?\b[^.]{0,80}\b(submit(ted)?|sen[dt]|e-?mail(ed)?|forward(ed)?)\b[^.]{0,60}\bto\s*(:|$|(?=[A-Z]))|\b(send|submit) (it|them|your questions?) to\s*:?\s*$/;
/** A line that is only a contact and its label ("Freephone: 0800 …"): its lead-in says whose. */
function isShortLine(text: string): boolean {
  return text.length <= 60;
}
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
    const ownContacts = [
      ...page.emails.filter((email) => !isOtherBodysEmail(page, email)),
      ...page.phones.filter((phone) => !phone.fax && !isOtherBodysPhone(page, phone)),
    ];
    const strong = ownContacts
      .filter((fact) => {
        const address = 'address' in fact ? fact.address.split('@')[0]! : '';
        return (
          SECRETARIAT_ADDRESS.test(address) ||
          SECRETARIAT.test(wordsBefore(fact, 'address' in fact ? fact.address : fact.display)) ||
          // "Ring the governance office about the Board's meetings on …", "questions for the
          // Board go to …": the organisation's contact given for board business is its route.
          BOARD_BUSINESS.test(fact.context) ||
          (isShortLine(fact.context) &&
            isLeadIn(fact.lead) &&
            BOARD_BUSINESS.test(`${fact.lead} ${fact.context}`))
        );
      })
      .map(contactEvidence);
    const weak: PageEvidence[] = [];
    for (const { block, index, length } of matchingBlocks(page, SECRETARIAT)) {
      const contacts = contactsNear(page, block);
      if (contacts.length > 0) strong.push(...contacts.map(contactEvidence));
      else weak.push(blockEvidence(block, index, length));
    }
    // "Send questions for the Board to:" with the address gone (or behind a form): the route
    // is named for board business but cannot be read here.
    if (strong.length === 0) {
      for (const { block, index, length } of matchingBlocks(page, ROUTE_WITHOUT_CONTACT)) {
        if (block.region === 'main' && contactsNear(page, block).length === 0)
          weak.push(blockEvidence(block, index, length));
      }
    }
    return decide(
      because('the organisation’s contact tied to board business', strong),
      because('a secretariat or route named without a contact', weak),
    );
  },
});
