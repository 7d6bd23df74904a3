import {
  because,
  blockEvidence,
  contactEvidence,
  contactsLedInBy,
  contactsNear,
  contactsWithin,
  containerOf,
  decide,
  matchingBlocks,
  type PageEvidence,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

const ENGAGEMENT_ROLE =
  /\b((engagement|involvement|patient experience|public participation|participation|community engagement|communications and engagement|engagement and communications|patient and public involvement|ppi|insight)( and [a-z]+)? (manager|lead|officer|team|director|coordinator|co-ordinator|specialist|adviser|advisor|partner)s?|(our |the )experience team|head of (engagement|involvement|patient experience|communications and engagement|participation)|(director|lead|manager) (of|for) (engagement|involvement|patient experience|participation|communications and engagement)|lead (for|on) (patient |public |community )?(and public )?(involvement|engagement|participation|experience)|lay member (for |\()?(patient and public involvement|ppi|public involvement|patient involvement|engagement))\b/i;
const ENGAGEMENT_ADDRESS =
  /engage|involve|getinvolved|haveyoursay|patientexperience|participation|\bppi\b|yourvoice|insight/i;
/** "Engagement is run for us by …": the lead is another body's, named without a way to reach them. */
const OUTSOURCED =
  /\b(is|are) (provided|delivered|run|carried out|managed|commissioned) (for us |on our behalf )?by\b|\bon our behalf\b|\boutsourced\b/i;

/** A communications team or press office: half the role (LABELLING decision 10), for review. */
const COMMUNICATIONS = /\b(communications|comms) (team|office|department)\b/i;
const COMMUNICATIONS_ADDRESS = /communications|comms/i;
/** A press office's contact is for journalists, not the public. */
const FOR_JOURNALISTS = /\b(media|press) (enquiries|office|team|contacts?)\b|\bjournalists?\b/i;

/** An address's local part without its dots and dashes: "patient.experience" is "patientexperience". */
function mailbox(address: string): string {
  return address.split('@')[0]!.replace(/[._-]/g, '');
}

/** An address of a person (first.last@, first.last2@), not of a team or inbox. */
const PERSONAL_ADDRESS = /^[a-z]{2,}\.[a-z]{2,}\d*@/i;
const INVOLVEMENT_INVITATION =
  /\b(join|get involved|take part|become a member)\b[^.]{0,80}\b(group|panel|forum|network|council)\b|\b(group|panel|forum|network)\b[^.]{0,80}\b(join|get involved|take part)\b/i;

export default defineIndicator({
  id: 'engagement-lead',
  group: 'engagement',
  title: 'Named engagement lead',
  counts:
    'a named person or team responsible for engagement / involvement / patient experience, with a way to reach them',
  doesNotCount:
    '"we value engagement" with no one to reach; a page saying engagement is run by someone else and giving no contact',
  polarity: 'good',
  detect(page) {
    const strong: PageEvidence[] = page.emails
      .filter((email) => ENGAGEMENT_ADDRESS.test(mailbox(email.address)))
      .map(contactEvidence);
    const weak: PageEvidence[] = [];
    // "To join the carers' panel, write to sam.okoro@…": the named person to reach about
    // taking part is who leads it, for the reader.
    for (const email of page.emails) {
      if (
        PERSONAL_ADDRESS.test(email.address) &&
        INVOLVEMENT_INVITATION.test(email.context) &&
        !OUTSOURCED.test(email.context)
      )
        strong.push({
          ...contactEvidence(email),
          why: 'a named person’s address given to join a group',
        });
    }
    for (const { block, index, length } of matchingBlocks(page, ENGAGEMENT_ROLE)) {
      if (block.region === 'nav') continue;
      // The team's contact is in its card, under its heading, or in the lines its sentence
      // leads into ("contact the Patient Experience Team:" over the number).
      const reachable =
        contactsWithin(page, containerOf(block.el)).length > 0 ||
        contactsNear(page, block).length > 0 ||
        contactsLedInBy(page, block).length > 0;
      const evidence = blockEvidence(block, index, length);
      if (reachable && !OUTSOURCED.test(block.text)) strong.push(evidence);
      else weak.push(evidence);
    }
    // A communications team with its contact: reachable, but not named for engagement.
    if (strong.length === 0) {
      for (const email of page.emails)
        if (
          email.region === 'main' &&
          COMMUNICATIONS_ADDRESS.test(mailbox(email.address)) &&
          !FOR_JOURNALISTS.test(`${email.lead} ${email.context}`)
        )
          weak.push(contactEvidence(email));
      // Read from the contacts (a page has few) to the team named around them: a page may name
      // the team on hundreds of cards, each a container lookup.
      for (const fact of [...page.emails, ...page.phones]) {
        if (fact.region !== 'main' || ('fax' in fact && fact.fax)) continue;
        const around = `${fact.lead} ${fact.context} ${containerOf(fact.el).textContent ?? ''}`;
        if (COMMUNICATIONS.test(around) && !FOR_JOURNALISTS.test(around))
          weak.push({ ...contactEvidence(fact), why: 'a communications team with a contact' });
      }
    }
    return decide(
      because('an engagement team or person with a way to reach them', strong),
      because('engagement named without a way to reach anyone', weak),
    );
  },
});
