import {
  blockEvidence,
  decide,
  linkEvidence,
  matchingBlocks,
  matchingLinks,
  type PageEvidence,
  TENTATIVE,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

/** Specific ways to take part: groups, panels, forums, membership, events, volunteering. */
const OPPORTUNITY =
  /\b(patient (participation|reference|advisory) (groups?|panels?)|\bppgs?\b|patient (panels?|forums?|groups?|networks?|councils?|partners?)|citizens'? (panels?|juries|jury|assembly)|readers'? panels?|public (reference|advisory) (groups?|panels?)|(community|people'?s|service user|youth|young people'?s|stakeholder|public|patient and public|lived experience|carers'?) (forums?|panels?|networks?|reference groups?|councils?|assembly|voice groups?)|become a (member|volunteer|patient partner|governor)|join (our|the) (membership|panel|group|network|forum|ppg|patient)|membership (scheme|is free)|(engagement|involvement) (events?|network|opportunit(y|ies)|sessions?|groups?)|public (events?|meetings? and events)|come (to|along to) (a|an|our|one of our) (public |community )?(events?|sessions?|drop-ins?|workshops?)|events? (for|open to) (the public|patients|everyone)|workshops? for (patients|the public)|volunteer(ing)? (with|for) us|volunteering opportunities|experts? by experience|focus groups?|drop[- ]in sessions?|roadshows?|community champions?|health champions?)\b/i;
const GENERIC = /\b(get involved|getting involved|have your say|involvement|engagement)\b/i;

export default defineIndicator({
  id: 'involvement-opportunities',
  group: 'engagement',
  title: 'Ways to get involved',
  counts:
    'ways for the public to take part: patient or public groups, reference or advisory boards, forums, membership, events, volunteering to shape services',
  doesNotCount: 'a general "contact us"',
  polarity: 'good',
  detect(page) {
    const strong: PageEvidence[] = matchingLinks(page, OPPORTUNITY).map(linkEvidence);
    const weak: PageEvidence[] = [];
    for (const { block, index, length } of matchingBlocks(page, OPPORTUNITY)) {
      if (block.region === 'nav') continue;
      (TENTATIVE.test(block.text) ? weak : strong).push(blockEvidence(block, index, length));
    }
    if (strong.length === 0 && weak.length === 0)
      weak.push(...matchingLinks(page, GENERIC).map(linkEvidence));
    return decide(strong, weak);
  },
});
