/** Custom indicators: detectors made of data, run with the engine's rules. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/cli/dom.ts';
import { parsePageFile } from '../../../lib/cli/pages.ts';
import {
  type CustomDetector,
  containsWords,
  matchesLinkPattern,
} from '../../../lib/scan/custom-indicators.ts';
import { scanDocument } from '../../../lib/scan/scan-page.ts';

const url = 'https://www.example-ccg.example.org/get-involved/';
const panel: CustomDetector = {
  phrases: ["citizens' panel"],
  keywords: ['panel'],
  links: ['/citizens-panel*'],
  found: ['phrases', 'links'],
};
const scan = (body: string, detector: CustomDetector = panel) =>
  scanDocument(parseHtml(`<html><body>${body}</body></html>`), url, [
    { id: 'custom-panel', detector },
  ]).findings.find((finding) => finding.indicator === 'custom-panel');

describe('a custom indicator', () => {
  it('is found by a found-kind phrase in the main content, with the phrase as why', () => {
    const finding = scan('<main><p>Join our citizens’ panel of 1,100 local people.</p></main>');
    expect(finding?.status).toBe('found');
    expect(finding?.evidence[0]).toMatchObject({
      url,
      region: 'main',
      why: "“citizens' panel”",
    });
    expect(finding?.evidence[0]?.snippet).toContain('citizens’ panel');
  });

  it('needs review for a keyword alone (not a found kind)', () => {
    expect(scan('<main><p>The panel met on Tuesday.</p></main>')?.status).toBe('needs-review');
  });

  it('needs review for a phrase only in the footer (the navigation rule)', () => {
    expect(
      scan("<main><p>Welcome.</p></main><footer><p>Our citizens' panel</p></footer>")?.status,
    ).toBe('needs-review');
  });

  it('is found by a link address pattern on the site itself', () => {
    const finding = scan('<main><a href="/citizens-panel/join">Join us</a></main>');
    expect(finding?.status).toBe('found');
    expect(finding?.evidence[0]?.href).toBe(
      'https://www.example-ccg.example.org/citizens-panel/join',
    );
  });

  it('needs review for a hostless pattern matching another body’s site (the ownership rule)', () => {
    expect(
      scan('<main><a href="https://www.other-trust.example.com/citizens-panel/">Theirs</a></main>')
        ?.status,
    ).toBe('needs-review');
  });

  it('is not found where nothing matches, with no evidence', () => {
    expect(scan('<main><p>Opening times</p></main>')).toEqual({
      indicator: 'custom-panel',
      status: 'not-found',
      evidence: [],
    });
  });

  it('matches whole words only', () => {
    expect(containsWords('a panelist spoke', 'panel')).toBe(-1);
    expect(containsWords('the panel, and', 'panel')).toBe(4);
  });

  it('matches `*` patterns with indexOf, never a regular expression', () => {
    expect(matchesLinkPattern('https://a.example.org/x/panel/y', '*.example.org/*panel*')).toBe(
      true,
    );
    expect(matchesLinkPattern('https://a.example.org/x/y', '*.example.org/*panel*')).toBe(false);
    // Characters that mean something in a regular expression are plain here.
    expect(matchesLinkPattern('https://x.org/a(b)+c', '(b)+')).toBe(true);
    expect(matchesLinkPattern('https://x.org/abc', 'a.c')).toBe(false);
  });

  it('stays fast with a pathological pattern on a long address', () => {
    const address = `https://x.org/${'a'.repeat(100_000)}`;
    const started = performance.now();
    expect(matchesLinkPattern(address, '*a*a*a*b')).toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('finds the demo site’s citizens’ panel and reference group', () => {
    const html = readFileSync('assets/demo-site/get-involved.html', 'utf8');
    const { doc, url: pageUrl } = parsePageFile(html, 'assets/demo-site/get-involved.html');
    const file = JSON.parse(readFileSync('tests/fixtures/checklists/citizens-panel.json', 'utf8'));
    const [custom] = file.checklist.custom;
    const finding = scanDocument(doc, pageUrl, [
      { id: custom.id, detector: custom.detector },
    ]).findings.find((f) => f.indicator === 'custom-citizens-panel');
    expect(finding?.status).toBe('found');
    expect(finding?.evidence.map((e) => e.snippet).join(' ')).toMatch(/Reference Group|citizens/);
  });
});
