/**
 * Whose contact is it? NHS pages mix their own contacts with other bodies' (the hospital
 * trust's PALS, Healthwatch, NHS England, 111, the council). A contact is taken as another
 * body's only where the address or the words just before it say so; otherwise it is the
 * organisation's own (many NHS bodies use nhs.net addresses, not their web domain).
 */
import type { EmailFact, PageFacts, PhoneFact } from './facts.ts';

/** Bodies that are never the audited organisation itself. */
const ALWAYS_OTHER =
  /\b(nhs england|nhs 111|healthwatch|samaritans|citizens advice|ombudsman|care quality commission|cqc|police|information commissioner'?s?( office)?|ico|nhs digital|nhs improvement|department of health|age uk|advocacy service|action fraud|(nhs )?counter fraud( authority)?|crimestoppers)\b/i;
/** Kinds of body: another body when the audited site is not of that kind. */
const KINDS: { inText: RegExp; ownSite: RegExp }[] = [
  {
    inText: /\b((city|county|borough|district|local) council|council'?s|local authority)\b/i,
    ownSite: /council|\.gov\.uk/i,
  },
  {
    inText: /\b(hospitals?|(foundation |nhs )trust'?s?|ambulance service)\b/i,
    ownSite: /hospital|trust|nhs foundation/i,
  },
  { inText: /\b(integrated care board|icb)\b/i, ownSite: /\bicb\b|integrated care/i },
  { inText: /\b(ccg|clinical commissioning group)\b/i, ownSite: /ccg|clinical commissioning/i },
];
const OTHER_BODY_ADDRESS =
  /healthwatch|(^|[.@_-])(england|ico|cqc|ombudsman|samaritans)([.@_-]|$)/i;
const TRUST_SERVICE_ADDRESS = /(^|[.@_-])pals([.@_-]|$)/i;
/** Parent domains many bodies share: an address there is not the site's by its domain. */
const SHARED_DOMAIN = /^(nhs\.uk|nhs\.net|gov\.uk|org\.uk|co\.uk|ac\.uk|example(\.[a-z]+)+)$/i;

function domainOf(address: string): string {
  return address.slice(address.indexOf('@') + 1);
}

export function isOwnDomain(page: PageFacts, domain: string): boolean {
  const host = page.host;
  if (!host) return false;
  if (domain === host || domain.endsWith(`.${host}`)) return true;
  return host.endsWith(`.${domain}`) && !SHARED_DOMAIN.test(domain);
}

/** The words before a contact in its sentence (at most 160 characters): whose it is. */
export function wordsBefore(fact: EmailFact | PhoneFact, shown: string): string {
  const index = fact.context.indexOf(shown);
  const end = index >= 0 ? index : fact.context.length;
  const sentence = fact.context.lastIndexOf('. ', end) + 1;
  let words = fact.context.slice(Math.max(0, sentence, end - 160), end);
  // "Action Fraud:" on the line above "0300 …": a contact with hardly a word before it in its
  // own block is introduced by the block before.
  if (words.trim().split(/\s+/).length < 3 && isLeadIn(fact.lead)) words = `${fact.lead} ${words}`;
  // "… Healthwatch listens to your views. Call them on …": the body is named a sentence earlier.
  if (/\b(them|they|their)\b/i.test(words)) return fact.context.slice(Math.max(0, end - 300), end);
  return words;
}

/** A line that introduces what follows: a short label, or a sentence ending in a colon. */
export function isLeadIn(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && (trimmed.length <= 60 || trimmed.endsWith(':'));
}

function namesAnotherBody(page: PageFacts, words: string): boolean {
  if (ALWAYS_OTHER.test(words)) return true;
  const own = `${page.title} ${page.host}`;
  return KINDS.some((kind) => kind.inText.test(words) && !kind.ownSite.test(own));
}

/** "Contact us", "our", "the switchboard" close before the contact: the organisation speaking of itself. */
function mentionsSelf(page: PageFacts, fact: EmailFact | PhoneFact, shown: string): boolean {
  const before = wordsBefore(fact, shown);
  const tail = before.slice(Math.max(0, before.length - 40));
  return (
    /\b(us|our|we|main switchboard|switchboard|reception)\b/i.test(tail) &&
    !namesAnotherBody(page, tail)
  );
}

export function isOtherBodysEmail(page: PageFacts, fact: EmailFact): boolean {
  if (isOwnDomain(page, domainOf(fact.address))) return false;
  if (page.host && OTHER_BODY_ADDRESS.test(page.host)) return false;
  if (OTHER_BODY_ADDRESS.test(fact.address)) return true;
  if (
    TRUST_SERVICE_ADDRESS.test(fact.address) &&
    !/hospital|trust|nhs foundation/i.test(`${page.title} ${page.host}`)
  )
    return true;
  return (
    namesAnotherBody(page, wordsBefore(fact, fact.address)) &&
    !mentionsSelf(page, fact, fact.address)
  );
}

export function isOtherBodysPhone(page: PageFacts, fact: PhoneFact): boolean {
  return (
    namesAnotherBody(page, wordsBefore(fact, fact.display)) &&
    !mentionsSelf(page, fact, fact.display)
  );
}
