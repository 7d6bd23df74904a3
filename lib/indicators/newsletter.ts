import {
  blockEvidence,
  decide,
  formEvidence,
  linkEvidence,
  linksWithin,
  matchingBlocks,
  matchingLinks,
  type PageEvidence,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

const NEWSLETTER =
  /\b(newsletters?|e-?bulletins?|bulletins?|e-?newsletters?|mailing lists?|e-?news|stakeholder (updates?|briefings?)|sign up (for|to) (our )?(e-?mail |regular )?(updates|news|alerts)|subscribe (to|for) (our )?(updates|news|alerts))\b/i;
const NEWSLETTER_PATH =
  /list-manage\.com|mailchimp|govdelivery|campaign-archive|newsletter|e-?bulletin|mailing-?list/i;

export default defineIndicator({
  id: 'newsletter',
  group: 'engagement',
  title: 'Newsletter',
  counts: 'a newsletter or e-bulletin: a sign-up, or issues to read',
  doesNotCount: 'the word "news" alone',
  polarity: 'good',
  detect(page) {
    const strong: PageEvidence[] = matchingLinks(page, NEWSLETTER, NEWSLETTER_PATH).map(
      linkEvidence,
    );
    for (const form of page.forms) {
      const subscribes =
        NEWSLETTER.test(form.text) ||
        NEWSLETTER_PATH.test(form.attrs) ||
        /subscribe/.test(form.text + form.attrs);
      if (subscribes && form.emailInputs.length > 0) strong.push(formEvidence(form));
    }
    const weak: PageEvidence[] = [];
    for (const { block, index, length } of matchingBlocks(page, NEWSLETTER)) {
      // "Read the latest issue of our newsletter: <a>Spring 2024 (PDF)</a>": an issue to read.
      const linked =
        block.region !== 'nav' && !block.headingLevel && linksWithin(page, block.el).length > 0;
      (linked ? strong : weak).push(blockEvidence(block, index, length));
    }
    return decide(strong, weak);
  },
});
