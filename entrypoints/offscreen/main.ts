// Chrome's service worker has no DOMParser: this hidden document parses and scans the pages
// a site scan fetches, and answers the background with the findings and the links.
import { parseWithDomParser, readPageWith } from '../../lib/crawl/site-crawl.ts';
import { listen, type OffscreenMessages } from '../../lib/messages.ts';

const readPage = readPageWith(parseWithDomParser);
listen<OffscreenMessages>({
  'read-page': ({ html, url, custom }) => readPage(html, url, custom),
});
