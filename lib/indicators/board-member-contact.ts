import { boardEntries } from '../scan/board.ts';
import {
  because,
  contactEvidence,
  contactsWithin,
  decide,
  linkEvidence,
  linksWithin,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'board-member-contact',
  group: 'board',
  title: 'Board members can be contacted',
  counts:
    'a way to contact individual board members: an email, phone or contact link next to a member',
  doesNotCount: 'only a general address for the board',
  polarity: 'good',
  detect(page) {
    const entries = boardEntries(page);
    if (entries.length < 2) return decide([]);
    const strong = entries.flatMap((entry) => [
      ...contactsWithin(page, entry.container).map(contactEvidence),
      ...linksWithin(page, entry.container)
        .filter((link) => /\b(contact|e-?mail|message|write to)\b/.test(link.label))
        .map(linkEvidence),
    ]);
    return decide(because('a contact inside a board member’s entry', strong));
  },
});
