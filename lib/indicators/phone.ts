import { isUkNumber } from '../scan/contacts.ts';
import { contactEvidence, decide } from '../scan/match.ts';
import { isOtherBodysPhone } from '../scan/ownership.ts';
import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'phone',
  group: 'contact',
  title: 'Phone number',
  counts: 'a phone number of the organisation: a tel: link or a UK number in the text',
  doesNotCount: 'fax numbers only; 111/999 alone',
  polarity: 'good',
  detect(page) {
    // Service lines (111, 999) are no one's own number; fax numbers cannot be called.
    const callable = page.phones.filter((phone) => !phone.fax && isUkNumber(phone.digits));
    const own = callable.filter((phone) => !isOtherBodysPhone(page, phone));
    return decide(own.map(contactEvidence));
  },
});
