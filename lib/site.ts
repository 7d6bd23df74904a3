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
