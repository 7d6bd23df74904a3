import {
  blockEvidence,
  contactsWithin,
  containerOf,
  decide,
  linkEvidence,
  linksWithin,
  matchingBlocks,
  matchingLinks,
  type PageEvidence,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

const STORIES =
  /\b((share|tell us|tell us about|send us) (your|their) (own )?(story|stories|experiences?)|patient stories|patients'? stories|your stories|real stories|people'?s stories|case stud(y|ies)|patient voices?|write (a blog |an article |a guest post )?for (us|our (website|site|blog|newsletter))|(feedback|tell us) (about|on) your (experience|care)|care opinion|iwantgreatcare|patient experience stories)\b/i;

export default defineIndicator({
  id: 'patient-stories',
  group: 'engagement',
  title: 'Patient stories',
  counts:
    'an invitation to share experiences or stories, read patient stories, or write for the site',
  doesNotCount: 'a complaints procedure alone',
  polarity: 'good',
  detect(page) {
    const strong: PageEvidence[] = matchingLinks(
      page,
      STORIES,
      /careopinion|iwantgreatcare|patient-?stories|your-?stories|share-?your-?(story|experience)/i,
    ).map(linkEvidence);
    const weak: PageEvidence[] = [];
    for (const { block, index, length } of matchingBlocks(page, STORIES)) {
      if (block.region === 'nav') continue;
      const container = containerOf(block.el);
      const way =
        contactsWithin(page, container).length > 0 ||
        linksWithin(page, container).length > 0 ||
        page.forms.some((form) => form.hasMessageField);
      (way ? strong : weak).push(blockEvidence(block, index, length));
    }
    return decide(strong, weak);
  },
});
