import {
  blockEvidence,
  contactEvidence,
  decide,
  linkEvidence,
  matchingBlocks,
  type PageEvidence,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

const FOI_WORDS = /freedom of information|\bfoi\b|\bfoia\b|publication scheme|disclosure log/i;
const FOI_PATH =
  /(^|[/_-])(foi|freedom-?of-?information|publication-?scheme|disclosure-?log)([/_.-]|$)/i;
/** How to make a request: a procedure, not the words alone. */
const REQUEST_PROCEDURE =
  /\b(make|submit|send|making)\b[^.]{0,40}\brequests?\b|\brequests? (should|can|must|may) be (made|sent|submitted)|\bwrite to\b|\bpublication scheme\b|\bdisclosure log\b|\b20 working days\b/i;

export default defineIndicator({
  id: 'foi',
  group: 'contact',
  title: 'Freedom of Information',
  counts: 'Freedom of Information: how to make a request, an FOI address, or a publication scheme',
  doesNotCount: 'a passing mention',
  polarity: 'good',
  detect(page) {
    const links = page.links.filter((link) => {
      if (link.rawHref.startsWith('mailto:') || link.rawHref.startsWith('#')) return false;
      return FOI_WORDS.test(link.label) || FOI_PATH.test(link.path);
    });
    const addresses = page.emails.filter((email) =>
      /(^|[._-])(foi|foia|freedomofinformation|information\.?requests?)([._-]|@)/i.test(
        email.address,
      ),
    );
    const strong = [...links.map(linkEvidence), ...addresses.map(contactEvidence)];
    const weak: PageEvidence[] = [];
    for (const { block, index, length } of matchingBlocks(page, FOI_WORDS)) {
      (REQUEST_PROCEDURE.test(block.text) ? strong : weak).push(
        blockEvidence(block, index, length),
      );
    }
    return decide(strong, weak);
  },
});
