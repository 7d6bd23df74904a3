import { describe, expect, it } from 'vitest';
import type { Evidence, ScanStatus } from '../../../lib/indicators/types.ts';
import { evidenceStrength, MAX_SITE_EVIDENCE, mergeFindings } from '../../../lib/scan/merge.ts';
import type { PageResult } from '../../../lib/scan/scan-page.ts';
import { pageResult } from '../support/fixtures.ts';

const status = (findings: ReturnType<typeof mergeFindings>, id: string) =>
  findings.find((f) => f.indicator === id)?.status;

describe('whole-site results', () => {
  it('take found on any page over needs-review over not-found, with every page’s evidence', () => {
    const merged = mergeFindings([
      pageResult('https://example.org/a', { foi: 'needs-review', pals: 'not-found' }),
      pageResult('https://example.org/b', { foi: 'found', pals: 'not-found' }),
      pageResult('https://example.org/c', { foi: 'not-found', pals: 'needs-review' }),
    ]);
    expect(status(merged, 'foi')).toBe('found');
    expect(status(merged, 'pals')).toBe('needs-review');
    expect(merged.find((f) => f.indicator === 'foi')?.evidence.map((e) => e.url)).toEqual([
      'https://example.org/b',
      'https://example.org/a',
    ]);
  });

  it('decide contact-form-only over all pages: an address on any page clears it', () => {
    const formOnly = pageResult('https://example.org/contact', {
      'contact-form-only': 'found',
      'email-address': 'not-found',
    });
    expect(status(mergeFindings([formOnly]), 'contact-form-only')).toBe('found');
    const withAddress = pageResult('https://example.org/foi', {
      'contact-form-only': 'not-found',
      'email-address': 'found',
    });
    expect(status(mergeFindings([formOnly, withAddress]), 'contact-form-only')).toBe('not-found');
  });

  it('list every empty page under empty-sections', () => {
    const merged = mergeFindings([
      pageResult('https://example.org/soon', { 'empty-sections': 'found' }),
      pageResult('https://example.org/ok', { 'empty-sections': 'not-found' }),
      pageResult('https://example.org/todo', { 'empty-sections': 'found' }),
    ]);
    expect(
      merged.find((f) => f.indicator === 'empty-sections')?.evidence.map((e) => e.url),
    ).toEqual(['https://example.org/soon', 'https://example.org/todo']);
  });
});

/** A page whose social-media finding has the given evidence. */
function pageWith(url: string, status: ScanStatus, evidence: Omit<Evidence, 'url'>[]): PageResult {
  return {
    url,
    title: url,
    emailFields: [],
    findings: [
      { indicator: 'social-media', status, evidence: evidence.map((item) => ({ url, ...item })) },
    ],
  };
}
const footerLink = {
  snippet: 'Follow us on Facebook',
  selector: '#footer > a',
  href: 'https://www.facebook.com/example',
  region: 'footer',
} as const;
const siteEvidence = (pages: PageResult[]) =>
  mergeFindings(pages).find((f) => f.indicator === 'social-media')!.evidence;

describe('site evidence', () => {
  it('is one item for the same snippet and link on many pages, listing the pages', () => {
    const pages = ['a', 'b', 'c'].map((name) =>
      pageWith(`https://example.org/${name}`, 'found', [footerLink]),
    );
    expect(siteEvidence(pages)).toEqual([
      {
        ...footerLink,
        url: 'https://example.org/a',
        pages: ['https://example.org/a', 'https://example.org/b', 'https://example.org/c'],
      },
    ]);
  });

  it('keeps apart the same words with another link, and lists a page once', () => {
    const other = { ...footerLink, href: 'https://www.facebook.com/another' };
    const evidence = siteEvidence([
      pageWith('https://example.org/a', 'found', [
        footerLink,
        { ...footerLink, selector: 'nav a' },
      ]),
      pageWith('https://example.org/b', 'found', [other]),
    ]);
    expect(evidence.map((item) => [item.href, item.pages])).toEqual([
      [footerLink.href, ['https://example.org/a']],
      [other.href, ['https://example.org/b']],
    ]);
  });

  it('points to the page where it counts most', () => {
    const evidence = siteEvidence([
      pageWith('https://example.org/a', 'needs-review', [{ ...footerLink, selector: 'x' }]),
      pageWith('https://example.org/b', 'found', [footerLink]),
    ]);
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({
      url: 'https://example.org/b',
      selector: footerLink.selector,
      pages: ['https://example.org/a', 'https://example.org/b'],
    });
  });

  it('comes strongest first: found pages, then page content, then more pages', () => {
    const inContent = (snippet: string) => ({
      snippet,
      selector: 'main p',
      region: 'main' as const,
    });
    const evidence = siteEvidence([
      pageWith('https://example.org/a', 'needs-review', [inContent('maybe'), footerLink]),
      pageWith('https://example.org/b', 'found', [footerLink, inContent('once')]),
      pageWith('https://example.org/c', 'found', [footerLink, inContent('twice')]),
      pageWith('https://example.org/d', 'found', [inContent('twice')]),
    ]);
    expect(evidence.map((item) => item.snippet)).toEqual([
      'twice',
      'once',
      footerLink.snippet,
      'maybe',
    ]);
  });

  it(`keeps the ${MAX_SITE_EVIDENCE} strongest items, after grouping`, () => {
    const pages = Array.from({ length: 40 }, (_, i) =>
      pageWith(`https://example.org/${i}`, 'found', [
        footerLink,
        { snippet: `item ${i}`, selector: 'p', region: i < 10 ? 'nav' : 'main' },
      ]),
    );
    const evidence = siteEvidence(pages);
    expect(evidence).toHaveLength(MAX_SITE_EVIDENCE);
    expect(evidence.every((item) => item.region === 'main')).toBe(true);
    const fewer = siteEvidence(pages.slice(0, 20));
    expect(fewer.find((item) => item.href === footerLink.href)?.pages).toHaveLength(20);
  });
});

describe('evidence strength', () => {
  const strength = evidenceStrength;
  it('puts a found page before a page that needs review, whatever else', () => {
    expect(strength({ pageStatus: 'found', region: 'footer', pages: 1 })).toBeGreaterThan(
      strength({ pageStatus: 'needs-review', region: 'main', pages: 500 }),
    );
  });
  it('puts page content before header, menu, footer and sidebar', () => {
    for (const region of ['header', 'nav', 'footer', 'aside'] as const)
      expect(strength({ pageStatus: 'found', region: 'main', pages: 1 })).toBeGreaterThan(
        strength({ pageStatus: 'found', region, pages: 10_000 }),
      );
  });
  it('counts evidence stored before regions were recorded as page content', () => {
    expect(strength({ pageStatus: 'found', pages: 2 })).toBe(
      strength({ pageStatus: 'found', region: 'main', pages: 2 }),
    );
  });
  it('puts evidence on more pages first, other things equal', () => {
    expect(strength({ pageStatus: 'found', region: 'nav', pages: 3 })).toBeGreaterThan(
      strength({ pageStatus: 'found', region: 'nav', pages: 2 }),
    );
  });
});
