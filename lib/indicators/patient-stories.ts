import {
  because,
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

/** An invitation in itself: to share a story or experience, or to write for the site. */
const INVITATION =
  /\b((share|tell us|tell us about|send us|write about) (your|their) (own )?(story|stories|experiences?)|write (a blog |an article |a guest post )?for (us|our (website|site|blog|newsletter))|(write|publish|submit|welcome|send us) (a |an )?guest (posts?|blogs?)|guest (writers?|bloggers?) (wanted|welcome)|in your own words|(give us )?(feedback|tell us) (about|on) your (experience|care)|(share|tell us about|describe) (your|their) (own )?(views and )?experiences?|tell (others|us|people) what you think (of|about) (our|the) (services?|care)|leave (us )?a review|rate (our|your) (service|care)|(want|like|love|keen|interested|glad) (to hear|in hearing) (about |more about )?(your|people['’]s) (own )?(experiences?|stor(y|ies)))\b|care opinion|iwantgreatcare/i;
/** Stories named: found where there is a way to read or send them, else for review. */
const STORIES =
  /\b(patient stor(y|ies)|patients'? stories|your stories|real stories|people'?s stories|patient voices?|patient experience stories)\b/i;
const STORY_PATH =
  /careopinion|iwantgreatcare|patient-?stories|your-?stories|share-?your-?(story|experience)/i;

export default defineIndicator({
  id: 'patient-stories',
  group: 'engagement',
  title: 'Patient stories',
  counts:
    'an invitation to share experiences or stories, read patient stories, or write for the site',
  doesNotCount: 'a complaints procedure alone',
  polarity: 'good',
  detect(page) {
    const strong: PageEvidence[] = [
      ...matchingLinks(page, INVITATION, STORY_PATH),
      ...matchingLinks(page, STORIES),
    ].map(linkEvidence);
    for (const { block, index, length } of matchingBlocks(page, INVITATION)) {
      if (block.region !== 'nav') strong.push(blockEvidence(block, index, length));
    }
    // Films of patients' stories are stories to read (watch).
    for (const media of page.media) {
      if (/\bstor(y|ies)\b|experience/i.test(media.title))
        strong.push({ el: media.el, text: media.title, href: media.src });
    }
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
    return decide(
      because('an invitation to share experiences, or stories to read', strong),
      because('stories named without a way to read or send them', weak),
    );
  },
});
