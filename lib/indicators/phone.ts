import { isUkNumber } from '../scan/contacts.ts';
import { because, blockEvidence, contactEvidence, decide, matchingBlocks } from '../scan/match.ts';
import { isOtherBodysPhone } from '../scan/ownership.ts';
import { defineIndicator } from './types.ts';

/** The telephone offered as a way to reach the organisation. */
const PHONE_AS_A_WAY =
  /\b((by|via) (tele)?phone|(tele)?phone (us|lines?|the (surgery|practice|team|office|reception))|(please )?(call|ring) (us|the (surgery|practice|reception|team|office|helpline)|reception)|please (call|ring|phone|telephone)|telephone\s*:|tel\s*:)/i;

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
    // "Please ring the surgery", "call reception" with no number on the page: named, not given.
    const named =
      callable.length === 0
        ? [...matchingBlocks(page, PHONE_AS_A_WAY)]
            .filter(({ block }) => block.region === 'main')
            .map(({ block, index, length }) => blockEvidence(block, index, length))
        : [];
    return decide(
      because('a number of the organisation', own.map(contactEvidence)),
      because('the telephone offered with no number on the page', named),
    );
  },
});
