import { contactForms } from '../scan/forms.ts';
import { decide, formEvidence } from '../scan/match.ts';
import { isOtherBodysEmail } from '../scan/ownership.ts';
import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'contact-form-only',
  group: 'contact',
  title: 'Contact form is the only way to write',
  counts: 'a web contact form is the only way to write; no email address on the site',
  doesNotCount: 'a form beside an email address',
  polarity: 'problem',
  detect(page) {
    // On a page: a contact form and no address of the organisation beside it.
    const forms = contactForms(page);
    if (forms.length === 0 || page.emails.some((email) => !isOtherBodysEmail(page, email)))
      return decide([]);
    return decide(
      forms.map((form) => ({
        ...formEvidence(form),
        why: 'a contact form with no address of the organisation on the page',
      })),
    );
  },
  // Over a site, an address of the organisation on any page clears it.
  siteStatus: (merged, siteStatusOf) =>
    siteStatusOf('email-address') === 'found' ? 'not-found' : merged,
});
