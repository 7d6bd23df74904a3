/**
 * Whose contact is it? NHS pages mix their own contacts with other bodies' (the hospital
 * trust's PALS, Healthwatch, NHS England, 111, the council). A contact is taken as another
 * body's only where the address or the words just before it say so; otherwise it is the
 * organisation's own (many NHS bodies use nhs.net addresses, not their web domain).
 */
import type { EmailFact, PageFacts, PhoneFact } from './facts.ts';

const OTHER_BODY_WORDS =
  /\b(nhs england|nhs 111|healthwatch|(city|county|borough|district) council|council'?s?|hospitals?|(foundation |nhs )?trust'?s?|pals|patient advice and liaison|samaritans|citizens advice|ombudsman|care quality commission|cqc|ambulance service|police|information commissioner'?s?( office)?|ico|nhs digital|nhs improvement|department of health|integrated care board|icb|local authority|advocacy|mind|age uk)\b/i;
const OTHER_BODY_ADDRESS =
  /(^|[.@-])(healthwatch|pals|england|ico|cqc|ombudsman|samaritans)([.@-]|$)/i;

function domainOf(address: string): string {
  return address.slice(address.indexOf('@') + 1);
}

export function isOwnDomain(page: PageFacts, domain: string): boolean {
  if (!page.host) return false;
  const host = page.host;
  return domain === host || domain.endsWith(`.${host}`) || host.endsWith(`.${domain}`);
}

/** The words shortly before a contact in its context. */
function wordsBefore(fact: EmailFact | PhoneFact, shown: string): string {
  const index = fact.context.indexOf(shown);
  const end = index >= 0 ? index : fact.context.length;
  return fact.context.slice(Math.max(0, end - 90), end);
}

export function isOtherBodysEmail(page: PageFacts, fact: EmailFact): boolean {
  if (isOwnDomain(page, domainOf(fact.address))) return false;
  if (page.host && OTHER_BODY_ADDRESS.test(page.host)) return false;
  if (OTHER_BODY_ADDRESS.test(fact.address)) return true;
  return (
    OTHER_BODY_WORDS.test(wordsBefore(fact, fact.address)) && !mentionsSelf(fact, fact.address)
  );
}

export function isOtherBodysPhone(fact: PhoneFact): boolean {
  return (
    OTHER_BODY_WORDS.test(wordsBefore(fact, fact.display)) && !mentionsSelf(fact, fact.display)
  );
}

/** "Contact us", "our", "the CCG" close before the contact: the organisation speaking of itself. */
function mentionsSelf(fact: EmailFact | PhoneFact, shown: string): boolean {
  const before = wordsBefore(fact, shown);
  const tail = before.slice(Math.max(0, before.length - 40));
  return (
    /\b(us|our|we|ccg|the board|main switchboard|switchboard|reception)\b/i.test(tail) &&
    !OTHER_BODY_WORDS.test(tail)
  );
}
