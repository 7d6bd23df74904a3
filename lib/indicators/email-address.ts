import { contactEvidence, decide } from '../scan/match.ts';
import { isOtherBodysEmail } from '../scan/ownership.ts';
import { defineIndicator } from './types.ts';

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
    return decide(own.map(contactEvidence));
  },
});
