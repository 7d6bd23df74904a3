import {
  because,
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
  /\b(make|submit|send|making)\b[^.]{0,40}\brequests?\b|\brequests? (should|can|must|may) be (made|sent|submitted)|\bwrit(e|ing) to\b|\bin writing\b|\b20 working days\b|\b(e-?mail|post|send) (it|them|your request)? ?to\b|\b(our|view|see|read|download|the practice'?s|the trust'?s) (model )?publication scheme\b|\bpublication scheme (can be|sets out|lists)\b|\bdisclosure log\b/i;
/**
 * The law described, not the organisation's route: the Act's duty on every public body to keep
 * a scheme, or a promise that the practice will keep one.
 */
const DUTY_ONLY =
  /\b(requires?|obliges?|duty) (all |every )?(public authorities|us|the practice|gps?)\b|\bwill (maintain|adopt|seek to)\b|\bhave a publication scheme in place\b/i;

const SCHEME_ITSELF = /\b(publication scheme|disclosure log)\b/i;
/** Characters under a heading that make it a section, not a title over nothing. */
const MIN_SECTION_WEIGHT = 40;

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
      const procedure = REQUEST_PROCEDURE.test(block.text) && !DUTY_ONLY.test(block.text);
      (procedure ? strong : weak).push(blockEvidence(block, index, length));
    }
    // A section or page that is the publication scheme or disclosure log itself.
    for (const heading of page.headings) {
      if (
        heading.region === 'main' &&
        SCHEME_ITSELF.test(heading.text) &&
        heading.contentWeight >= MIN_SECTION_WEIGHT
      )
        strong.push(blockEvidence(heading));
    }
    return decide(
      because('how to make a request, an FOI address or the publication scheme', strong),
      because('Freedom of Information named without a route', weak),
    );
  },
});
