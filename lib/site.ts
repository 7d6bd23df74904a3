/**
 * The site an assessment belongs to: the page's host without a leading `www.`, so
 * www.example.org and example.org share one checklist.
 */
export function siteKeyOf(pageUrl: string): string {
  const url = new URL(pageUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'file:') {
    throw new Error(`Only web pages can be audited, not ${url.protocol} pages.`);
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return url.port ? `${host}:${url.port}` : host || 'local-files';
}

/**
 * The host permission pattern that covers a site's pages, for `permissions.request`. Firefox's
 * match patterns have no port (a pattern with one is refused), and in Chrome a pattern without
 * a port covers every port: one pattern, `scheme://host/*`, serves both browsers.
 */
export function siteAccessPattern(pageUrl: string): string {
  const url = new URL(pageUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
