import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/cli/dom.ts';
import {
  readableText,
  regionOf,
  snippetOf,
  withoutDecoration,
} from '../../../lib/scan/evidence.ts';
import { collectFacts } from '../../../lib/scan/facts.ts';
import { scanDocument } from '../../../lib/scan/scan-page.ts';

const body = (html: string) => parseHtml(`<!doctype html><body>${html}</body>`).body;

describe('snippets', () => {
  it('collapse whitespace, and drop the space before punctuation after a link', () => {
    expect(snippetOf('  Read  our\n\u00a0stories . Or call us , today ')).toBe(
      'Read our stories. Or call us, today',
    );
  });

  it('cut long text around the evidence, at word boundaries', () => {
    const text = `${'word '.repeat(60)}PALS on 0161 496 0123 ${'more '.repeat(60)}`;
    const snippet = snippetOf(text, text.indexOf('PALS'), 4);
    expect(snippet).toContain('PALS on 0161 496 0123');
    expect(snippet.length).toBeLessThanOrEqual(200);
    expect(snippet).toMatch(/^….*…$/);
  });
});

describe('readable text', () => {
  it('keeps the words of separate blocks apart and inline words together', () => {
    const card = body('<div><h3>Dr Anna Price</h3><p>Chair of the <b>B</b>oard</p></div>');
    expect(readableText(card)).toBe('Dr Anna Price Chair of the Board');
  });

  it('leaves out avatar initials, hidden text, scripts and icons', () => {
    const card = body(
      '<article><span class="avatar">AP</span><div aria-hidden="true">★</div><h3>Dr Anna Price</h3>' +
        '<p hidden>draft</p><script>var x = 1;</script><svg><title>icon</title></svg><p>Chair</p></article>',
    );
    expect(readableText(card)).toBe('Dr Anna Price Chair');
  });

  it('reads an "avatar" box that holds more than initials', () => {
    const card = body('<div class="avatar-block"><img alt=""><h3>Dr Anna Price</h3></div>');
    expect(readableText(card)).toBe('Dr Anna Price');
    expect(withoutDecoration('Dr Anna Price', card).text).toBe('Dr Anna Price');
  });

  it('reads what a form says: labels, placeholders and buttons as written', () => {
    const form = body(
      '<form><label for="e">Email address</label><input id="e" type="email" placeholder="you@example.org"><input type="submit" value="Subscribe"></form>',
    );
    expect(readableText(form)).toBe('Email address you@example.org Subscribe');
  });
});

describe('decoration', () => {
  it('is taken out of a text, with the position of the evidence moved with it', () => {
    const li = body(
      '<ul><li><span class="member-initials" aria-hidden="true">AP</span>Dr Anna Price, Chair, APEX lead</li></ul>',
    ).querySelector('li')!;
    const text = 'AP Dr Anna Price, Chair, APEX lead';
    expect(withoutDecoration(text, li, text.indexOf('Chair'))).toEqual({
      text: ' Dr Anna Price, Chair, APEX lead',
      at: text.indexOf('Chair') - 2,
    });
  });

  it('is only what the element holds', () => {
    const p = body('<p>AP stands for Anna Price</p>').querySelector('p')!;
    expect(withoutDecoration('AP stands for Anna Price', p).text).toBe('AP stands for Anna Price');
  });
});

describe('regions', () => {
  it('are those of the nearest ancestor that names one', () => {
    const doc = body(
      '<header><a id="h">Home</a></header><div class="site-footer"><a id="f">FOI</a></div>' +
        '<div role="navigation"><a id="n">News</a></div><main><p id="m">Text</p></main>',
    ).ownerDocument;
    const region = (id: string) => regionOf(doc.getElementById(id)!);
    expect([region('h'), region('f'), region('n'), region('m')]).toEqual([
      'header',
      'footer',
      'nav',
      'main',
    ]);
  });
});

describe('evidence from a scan', () => {
  const scan = (html: string) =>
    scanDocument(
      parseHtml(`<!doctype html><html><body>${html}</body></html>`),
      'https://example.org/',
    );
  const evidenceOf = (html: string, indicator: string) =>
    scan(html).findings.find((f) => f.indicator === indicator)!.evidence;

  it('names an icon link as its labels are written, each wording once', () => {
    const evidence = evidenceOf(
      '<footer><ul><li><a href="https://www.facebook.com/ExampleCCG" aria-label="Like NHS Example CCG on Facebook" title="Facebook"><svg></svg></a></li></ul></footer>',
      'social-media',
    );
    expect(evidence[0]).toMatchObject({
      snippet: 'Like NHS Example CCG on Facebook',
      region: 'footer',
    });
  });

  const card = (initials: string, name: string, role: string, gap = '\n') =>
    [
      '<article class="card">',
      `<div class="team-avatar" aria-hidden="true">${initials}</div>`,
      `<h3>${name}</h3>`,
      `<p>${role}</p>`,
      '</article>',
    ].join(gap);

  it('says what an icon link with no text or label is', () => {
    const evidence = evidenceOf(
      '<footer><a href="https://www.facebook.com/ExampleSurgery"><i class="fa fa-facebook"></i></a></footer>',
      'social-media',
    );
    expect(evidence[0]).toMatchObject({
      snippet: 'A link with no text (an icon)',
      href: 'https://www.facebook.com/ExampleSurgery',
    });
  });

  it('shows board members without the initials of their avatars', () => {
    const evidence = evidenceOf(
      `<main><h2>Our board</h2>${card('AP', 'Dr Anna Price', 'Chair')}${card('JT', 'Joan Tate', 'Chief Executive')}${card('GO', 'Gary Oakes', 'Chief Finance Officer')}</main>`,
      'board-members',
    );
    expect(evidence.map((item) => item.snippet)).toEqual([
      'Dr Anna Price Chair',
      'Joan Tate Chief Executive',
      'Gary Oakes Chief Finance Officer',
    ]);
  });

  it('keeps the words of a card written without spaces between its tags apart', () => {
    const evidence = evidenceOf(
      `<main>${card('AP', 'Dr Anna Price', 'Chair', '')}${card('BL', 'Dr Ben Lowe', 'Chief Executive', '')}</main>`,
      'board-members',
    );
    expect(evidence[0]?.snippet).toBe('Dr Anna Price Chair');
  });

  it('keeps the link text the scanner matches on in lower case', () => {
    const facts = collectFacts(
      parseHtml(
        '<body><a href="/x" aria-label="Freedom of Information" title="FOI">FOI</a></body>',
      ),
      'https://example.org/',
    );
    expect(facts.links[0]).toMatchObject({
      label: 'foi freedom of information foi',
      name: 'FOI Freedom of Information',
    });
  });
});
