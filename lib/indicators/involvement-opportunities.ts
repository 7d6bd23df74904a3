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
  NO_LONGER,
  PAST_OR_CLOSED,
  type PageEvidence,
  TENTATIVE,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

/** Specific ways to take part: groups, panels, forums, membership, events, volunteering. */
const OPPORTUNITY =
  /\b(patient (participation|reference|advisory) (groups?|panels?)|(?<![.@])\bppgs?\b(?![.@])|patient (panels?|forums?|groups?|networks?|councils?|partners?)|(patient|family|carer|service user)s?['’]? and (family|families|carers?|patients?)['’]? (forums?|panels?|councils?|groups?|networks?)|citizens['’]? (panels?|juries|jury|assembly)|readers['’]? panels?|public (reference|advisory) (groups?|panels?)|(community|people['’]?s|service user|youth|young people['’]?s|stakeholder|public|patient and public|lived experience|carers['’]?) (forums?|panels?|networks?|reference groups?|councils?(?! of governors)|assembly|voice groups?)|become (a |an )?((foundation )?trust |public )?(members?|volunteers?|patient partners?|governors?)|register as (a )?members?|(trust|foundation trust|public) membership|join as (a )?members?|(citizen|patient|community|youth|volunteer) ambassadors?|(needs?|looking for|recruiting) (new )?volunteers|(patient|public|community) reader (groups?|panels?)|(research|reference|user) groups? of (patients|service users)|help (us )?(to )?(plan|shape|design) (local |our |future )?(health )?(and care )?services|join (our|the) (membership|panel|group|network|forum|ppg|patient)|membership (scheme|is free)|(engagement|involvement) (events?|network|opportunit(y|ies)|sessions?|groups?)|public (events?|meetings? and events)|come (to|along to) (a|an|our|one of our) (public |community )?(events?|sessions?|drop-ins?|workshops?)|events? (for|open to) (the public|patients|everyone)|workshops? for (patients|the public)|volunteer(ing)? (with|for) us|volunteering opportunities|experts? by experience|focus groups?|drop[- ]in sessions?|roadshows?|community champions?|health champions?|listening events?|(patient|service|trust) user groups?)\b/i;
/** Words that invite someone in. */
const INVITE =
  /\b(join|joining|become|sign up|register|apply|take part|get involved|volunteer|come (along|to)|open to (new )?members|new members|find out (more|how)|contact|email|e-mail|call|phone|write to|tell us|we('d| would) (love|like) to hear|interested|welcome|meets? (every|each|monthly|quarterly|on)|held (on|at|every)|book (a|your) place|free to join|(hold|holds|run|runs|host|hosts)\b[^.]{0,60}\b(each|every|a) (year|month|quarter|week)|(monthly|quarterly|bi-monthly|annual) (meetings?|events?))\b/i;
/**
 * A paragraph that opens on a group as its subject: "Our Citizens' Panel provides…", "The
 * Trust User Group (TUG) are…", "We set up our Reference Group to…"; not "a thank you to the
 * members of our council" in passing.
 */
const OPENS_ON_GROUP =
  /^\s*((the|our|we (have|set up|run|hold|support)( an?| our)?( own)?|an?|about( the| our)?)\s+)?$/i;
const MIN_PARAGRAPH = 80;
const INVITING_LABEL = /^(become|join|sign up|register|apply|volunteer)\b/i;
/** Characters (or their weight in media and links) under a heading that make it a section. */
const MIN_SECTION_WEIGHT = 40;
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
    // A menu item or a heading names a group; text or a link in the page offers it. Plans and
    // groups that stopped are for a person to look at.
    const strong: PageEvidence[] = [];
    const weak: PageEvidence[] = [];
    for (const link of matchingLinks(page, OPPORTUNITY)) {
      // A menu item or a sidebar link that only names a group ("Why we pay experts by experience")
      // is for review; one that invites ("Become a member") offers.
      const menu = link.region !== 'main' && link.region !== 'footer';
      (menu && !INVITE.test(link.label) ? weak : strong).push(linkEvidence(link));
    }
    // A page about one group, panel or scheme (its title, or the group named in several of its
    // paragraphs) describes a current way to take part, even when its join route is elsewhere.
    const mentions = new Map<string, number>();
    const subject = [page.title, ...page.headings.filter((h) => h.level === 1).map((h) => h.text)];
    for (const { block, index, length } of matchingBlocks(page, OPPORTUNITY)) {
      if (block.region !== 'main' || TENTATIVE.test(block.text) || NO_LONGER.test(block.text))
        continue;
      const name = block.text.slice(index, index + length).toLowerCase();
      mentions.set(name, (mentions.get(name) ?? 0) + 1);
    }
    const aboutOne = (name: string) =>
      (mentions.get(name) ?? 0) >= 2 || subject.some((text) => text.toLowerCase().includes(name));
    for (const { block, index, length } of matchingBlocks(page, OPPORTUNITY)) {
      if (block.region === 'nav') continue;
      const name = block.text.slice(index, index + length).toLowerCase();
      const paragraphAboutIt =
        !block.headingLevel &&
        block.text.length >= MIN_PARAGRAPH &&
        OPENS_ON_GROUP.test(block.text.slice(0, index));
      if (
        block.region === 'main' &&
        (aboutOne(name) || paragraphAboutIt) &&
        !TENTATIVE.test(block.text) &&
        !NO_LONGER.test(block.text) &&
        !PAST_OR_CLOSED.test(block.text)
      ) {
        strong.push({
          ...blockEvidence(block, index, length),
          why: 'a page about one group, panel or scheme',
        });
        continue;
      }
      // A heading offers what its section describes: a title over "coming soon" offers nothing.
      // A short label with no sentence ("<p><b>Patient Reference Group</b></p>") is a title too.
      // "Become a member" as a label is an invitation in itself, not a title.
      const titleOnly =
        block.text.length <= 40 && !/[.!?:]/.test(block.text) && !INVITING_LABEL.test(block.text);
      const described =
        (!block.headingLevel && !titleOnly) ||
        (page.headings.find((heading) => heading.el === block.el)?.contentWeight ?? 0) >=
          MIN_SECTION_WEIGHT;
      // A group named in a sentence with no way in ("we work with our carers' council") is a
      // mention; an invitation, a link or a contact beside it makes it an offer.
      // In a sidebar, a link is a related article, not a way in.
      const wayIn =
        block.headingLevel > 0 ||
        INVITE.test(block.text) ||
        (block.region === 'main' && linksWithin(page, block.el).length > 0) ||
        contactsWithin(page, containerOf(block.el, false)).length > 0;
      const offered =
        described && wayIn && !TENTATIVE.test(block.text) && !NO_LONGER.test(block.text);
      (offered ? strong : weak).push(blockEvidence(block, index, length));
    }
    if (strong.length === 0 && weak.length === 0)
      weak.push(...matchingLinks(page, GENERIC).map(linkEvidence));

    return decide(
      because('a group, panel, membership or event offered with a way in', strong),
      because('a group named in passing, planned or stopped', weak),
    );
  },
});
