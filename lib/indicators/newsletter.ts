import {
  because,
  blockEvidence,
  contactsNear,
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
  /\b(news ?letters?|e-?bulletins?|bulletins?|e-?newsletters?|mailing lists?|e-?news|stakeholder (updates?|briefings?)|sign up (for|to) (our )?(e-?mail |regular )?(updates|news|alerts)|subscribe (to|for) (our )?(updates|news|alerts))\b/i;
const NEWSLETTER_PATH =
  /list-manage\.com|mailchimp|govdelivery|campaign-archive|newsletter|e-?bulletin|mailing-?list/i;

const ISSUE_TO_READ =
  /\b(in this (issue|edition)|(receive|read|reading) this (newsletter|bulletin|e-?bulletin|edition|issue)|(latest|current|previous|past|back) (issues?|editions?) of (our|the) (newsletter|bulletin|e-?bulletin|magazine)|(in|from) (our )?(previous|past|earlier|last|recent) (newsletters|bulletins|issues|editions)|what you think of (our|this) (newsletter|bulletin))\b/i;
const ISSUE_HEADING =
  /^(issue|edition) \d+(?!\d)|\b(issue|edition) \d+(?!\d).{0,20}\b(19|20)\d\d\b/i;
const SIGN_UP =
  /\b(sign[- ]?up|subscribe|register|join (our|the) (mailing|distribution) list|to receive (our|the|a copy))\b/i;

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
    // The page is an issue to read: "in this issue", "thanks for reading this bulletin", a title
    // or heading "Issue 12, Autumn 2023".
    for (const { block, index, length } of matchingBlocks(page, ISSUE_TO_READ)) {
      if (block.region === 'main')
        strong.push({ ...blockEvidence(block, index, length), why: 'the page is an issue' });
    }
    for (const heading of page.headings) {
      if (heading.region === 'main' && ISSUE_HEADING.test(heading.text))
        strong.push({ ...blockEvidence(heading), why: 'the page is an issue' });
    }
    // A sign-up in words: "to receive our e-bulletin, email …", "sign up to the newsletter by
    // emailing …".
    for (const { block, index, length } of matchingBlocks(page, NEWSLETTER)) {
      if (block.region === 'nav' || !SIGN_UP.test(block.text)) continue;
      if (contactsNear(page, block).length > 0 || /\be-?mail/i.test(block.text))
        strong.push({ ...blockEvidence(block, index, length), why: 'a sign-up by email' });
    }
    return decide(
      because('a sign-up or an issue to read', strong),
      because('a newsletter named only', weak),
    );
  },
});
