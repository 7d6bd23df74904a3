import {
  because,
  blockEvidence,
  contactEvidence,
  contactsNear,
  decide,
  matchingBlocks,
  type PageEvidence,
  pageIsAbout,
} from '../scan/match.ts';
import { isLeadIn, isOtherBodysEmail, isOtherBodysPhone, wordsBefore } from '../scan/ownership.ts';
import { defineIndicator } from './types.ts';

const SECRETARIAT =
  /\b((head|director|deputy director|associate director) of (corporate )?(governance|corporate affairs)|democratic (services|support)( officer| team)?|scrutiny (support )?officer|board secretar(y|iat)|secretary to the (board|governing body)|governing body (secretary|administrator|support)|(?<!information )governance (team|manager|lead|officer|support|administrator|department)|corporate (office|affairs|governance|secretary|secretariat|services( team)?)|company secretary|trust secretary|committee (secretary|services)|board (support|administrator|business))\b/i;
/** A contact's own sentence ties it to the board's business: its meetings, questions, papers. */
const BOARD_BUSINESS =
  /\b(quer(y|ies)|questions?|enquir(y|ies)|contact|register|notify|more details)\b[^.]{0,80}\b(governing bod(y|ies)|council of governors|(the|our) board|board meetings?|meetings? (held )?in public|public meetings?)\b|\b(governing bod(y|ies)|council of governors|board meetings?)\b[^.]{0,80}\b(contact|email|e-mail|telephone|call|write to|submit(ted)?|send)\b|\bquestions?\b[^.]{0,60}\b(before|ahead of|at|for|in advance of) (the|each|a|our) (board |governing body |public )?(meeting|agenda)\b/i;
/** A route for board questions whose address or number is not there ("submitted to:"). */
const ROUTE_WITHOUT_CONTACT =
  /\b[Qq]uestions?\b[^.]{0,80}\b(submit(ted)?|sen[dt]|e-?mail(ed)?|forward(ed)?)\b[^.]{0,60}\bto\s*(:|$|(?=[A-Z]))|\b(send|submit) (it|them|your questions?) to\s*:?\s*$/;
/** A page whose subject is the meetings of the board or another formal body. */
const BOARD_MEETINGS_PAGE =
  /\b(board|governing body|council of governors|committee|governors)\b[^|]{0,40}\bmeetings?\b|\bmeetings? (held )?in public\b|\bpublic meetings?\b|\b(board|governing body) (papers|meetings?|dates)\b|\bmeetings? of the (board|governing body)\b/i;
/** On such a page, what a contact is given for: asking, attending, observing, the papers. */
const MEETING_BUSINESS =
  /\b(questions?|attend(ing|ance)?|observe|observers?|join(ing)? the meetings?|papers|agendas?|minutes|register(ing)? (to|your interest)|access (to )?(this|the) meeting)\b/i;
/** A way to write or ring named in such a sentence, with the contact itself missing. */
const ROUTE_WORDS =
  /\b(e-?mail(ing)?|telephone|phone|ring|call us|in writing|write to|contact (us|the)|submitted to|sent to)\b/i;
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
    // On the page of the board's meetings, the organisation's own contact in a passage about
    // asking questions, attending or the papers is the route to the board's business.
    const meetingsPage = pageIsAbout(page, BOARD_MEETINGS_PAGE);
    if (meetingsPage) {
      strong.push(
        ...because(
          'the organisation’s contact for questions, attendance or papers on its meetings page',
          ownContacts
            .filter(
              (fact) =>
                fact.region === 'main' &&
                MEETING_BUSINESS.test(
                  `${isShortLine(fact.context) ? fact.lead : ''} ${fact.context}`,
                ),
            )
            .map(contactEvidence),
        ),
      );
    }
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
      // "To attend, or to ask a question, please email" on the meetings page, the address gone.
      if (meetingsPage && page.emails.length + page.phones.length === 0) {
        for (const { block, index, length } of matchingBlocks(page, ROUTE_WORDS)) {
          if (block.region === 'main' && MEETING_BUSINESS.test(block.text))
            weak.push(blockEvidence(block, index, length));
        }
      }
    }
    return decide(
      because('the organisation’s contact tied to board business', strong),
      because('a secretariat or route named without a contact', weak),
    );
  },
});
