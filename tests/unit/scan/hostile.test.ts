/**
 * The scanner stays correct and bounded on pages built to break it. Deep nesting and shadow
 * roots are tested in Chromium (tests/e2e/scanner-in-chromium.test.ts): jsdom cannot build them.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/cli/dom.ts';
import { collectFacts } from '../../../lib/scan/facts.ts';
import { scanDocument } from '../../../lib/scan/scan-page.ts';

const url = 'https://www.example.nhs.uk/page';
const statusOf = (html: string, id: string) =>
  scanDocument(parseHtml(html), url).findings.find((f) => f.indicator === id)?.status;

describe('hostile pages', () => {
  it('scans 50,000 elements', () => {
    const items = Array.from(
      { length: 25_000 },
      (_, i) => `<li><a href="/p/${i}">Item ${i}</a></li>`,
    ).join('');
    const html = `<html><body><ul>${items}</ul><footer><a href="mailto:hello@example.nhs.uk">Email us</a></footer></body></html>`;
    const result = scanDocument(parseHtml(html), url);
    expect(result.findings.find((f) => f.indicator === 'email-address')?.status).toBe('found');
  });

  it('reads only a bounded part of a 5 MB text node', () => {
    const huge = 'lorem '.repeat(900_000);
    const facts = collectFacts(
      parseHtml(`<html><body><p>${huge}</p><p>Tel: 0161 496 0123</p></body></html>`),
      url,
    );
    expect(facts.blocks.every((block) => block.text.length <= 4_000)).toBe(true);
    expect(facts.phones.map((phone) => phone.digits)).toEqual(['01614960123']);
  });

  it('reads a page with no <body>', () => {
    expect(statusOf('<title>Only a title</title>', 'empty-sections')).toBe('found');
  });

  it('ignores scripts, styles and templates', () => {
    const html = `<body><script>var t = "0161 496 0123 foi@example.nhs.uk";</script><style>.a{content:"0161 496 0123"}</style>
      <template><a href="https://twitter.com/Hidden">x</a></template><p>Welcome</p></body>`;
    for (const id of ['phone', 'email-address', 'social-media'])
      expect(statusOf(html, id), id).toBe('not-found');
  });

  it('does not mistake iframes for content it cannot read', () => {
    expect(
      statusOf(
        '<body><h1>Videos</h1><iframe data-src="https://player.vimeo.com/video/1"></iframe></body>',
        'video',
      ),
    ).toBe('found');
  });
});
