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

/** Whether a URL is one the extension can scan (http, https or a local file). */
export function isAuditableUrl(pageUrl: string | undefined): pageUrl is string {
  if (!pageUrl) return false;
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(pageUrl).protocol);
  } catch {
    return false;
  }
}
