import { because, blockEvidence, contactEvidence, decide, matchingBlocks } from '../scan/match.ts';
import { isOtherBodysEmail } from '../scan/ownership.ts';
import { defineIndicator } from './types.ts';

/** Email offered as a way to reach the organisation, not "we will email you". */
const EMAIL_AS_A_WAY =
  /\b(e-?mail (us|your (request|question|comments?|feedback|enquiry)|it|them|the team)|(please|you can|you may|can) e-?mail|by e-?mail (to|at|on)|e-?mail(ed)? to|via e-?mail|e-?mail address (below|above|is)|e-?mail\s*:)/i;

export default defineIndicator({
  id: 'email-address',
  group: 'contact',
  title: 'Email address',
  counts:
    'a plain email address of the organisation: a mailto link or a visible address (also an address a site hides behind email-protection markup)',
  doesNotCount: 'an address of another body only',
  polarity: 'good',
  detect(page) {
    const own = page.emails.filter((email) => !isOtherBodysEmail(page, email));
    // "Please email us", "send it by email" with no address on the page: the way to write is
    // named but not given (an address in an image, a script or a link the page lost), so a
    // person should look.
    const named =
      own.length === 0 && page.emails.length === 0
        ? [...matchingBlocks(page, EMAIL_AS_A_WAY)]
            .filter(({ block }) => block.region === 'main')
            .map(({ block, index, length }) => blockEvidence(block, index, length))
        : [];
    return decide(
      because('an address of the organisation', own.map(contactEvidence)),
      because('email offered with no address on the page', named),
    );
  },
});
