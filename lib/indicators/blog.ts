import {
  because,
  blockEvidence,
  decide,
  linkEvidence,
  matchingBlocks,
  matchingLinks,
  type PageEvidence,
  pathOf,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

const BLOG = /\b(blogs?|vlogs?|blogging|blogger)\b/i;
const BLOG_PATH = /(^|[./-])blog(s|spot)?([./-]|$)|\.wordpress\.com|medium\.com|substack\.com/i;

export default defineIndicator({
  id: 'blog',
  group: 'engagement',
  title: 'Blog',
  counts: "a blog: of the organisation, or of a leader (e.g. a chief officer's blog)",
  doesNotCount: 'a news list',
  polarity: 'good',
  detect(page) {
    const strong: PageEvidence[] = matchingLinks(page, BLOG, BLOG_PATH).map(linkEvidence);
    for (const heading of page.headings) {
      if (BLOG.test(heading.text) && heading.region === 'main') strong.push(blockEvidence(heading));
    }
    if (BLOG.test(page.title)) strong.push({ text: page.title, selector: 'title' });
    // The page is itself a post of a blog ("/news/chairs-blog-october/"): its address says so.
    if (BLOG_PATH.test(pathOf(page.url)))
      strong.push({
        text: `This page: ${page.url}`,
        selector: 'html',
        why: 'the page is a blog post',
      });
    const weak = [...matchingBlocks(page, BLOG)].map(({ block, index, length }) =>
      blockEvidence(block, index, length),
    );
    return decide(
      because('a link, heading or title naming a blog', strong),
      because('the word blog in the text', weak),
    );
  },
});
