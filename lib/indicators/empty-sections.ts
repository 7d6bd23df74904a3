import {
  because,
  blockEvidence,
  decide,
  matchingBlocks,
  type PageEvidence,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

const PLACEHOLDER =
  /\b(coming soon|under construction|content (to follow|coming soon|will follow)|(this )?(page|section) (is )?(under|in) (construction|development)|page not found|page cannot be found|404|(more )?(information|details|content) (to follow|coming soon|will be (added|available|published) (shortly|soon))|watch this space|lorem ipsum|placeholder text|tbc)\b/i;
const DATE_IN_ROW =
  /\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;
/** Main-content characters below which a page is only its title. */
const TITLE_ONLY_CHARS = 60;

export default defineIndicator({
  id: 'empty-sections',
  group: 'quality',
  title: 'Empty sections',
  counts:
    'a page or section with no real content: "coming soon", "under construction", "content to follow", "page not found", a heading with nothing under it, a page that is only a title',
  doesNotCount: 'a short page that says something',
  polarity: 'problem',
  detect(page) {
    const strong: PageEvidence[] = [];
    for (const { block, index, length } of matchingBlocks(page, PLACEHOLDER)) {
      // A short block that is the placeholder, not a sentence that mentions one.
      // "TBC" in a row of a dates table is a detail to come, not an empty section.
      if (/^tbc$/i.test(block.text.slice(index, index + length)) && DATE_IN_ROW.test(block.text))
        continue;
      if (block.region === 'main' && block.text.length <= 160)
        strong.push(blockEvidence(block, index, length));
    }
    for (const heading of page.headings) {
      if (heading.region === 'main' && heading.level >= 2 && heading.contentWeight === 0) {
        strong.push({ el: heading.el, text: `Heading with nothing under it: ${heading.text}` });
      }
    }
    if (
      page.mainTextChars < TITLE_ONLY_CHARS &&
      page.headings.filter((h) => h.region === 'main').length <= 1
    ) {
      strong.push({ text: `Only a title: ${page.title}`, selector: 'body' });
    }
    return decide(because('a placeholder, an empty heading or a title-only page', strong));
  },
});
