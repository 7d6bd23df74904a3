// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { EvidenceList } from '../../../components/EvidenceList.tsx';
import type { SiteEvidence } from '../../../lib/indicators/types.ts';

const footerNumber: SiteEvidence = {
  url: 'https://example.org/a',
  pages: ['https://example.org/a', 'https://example.org/b', 'https://example.org/c'],
  snippet: 'Telephone: 0161 496 0123',
  selector: '#footer p',
  href: 'tel:01614960123',
  region: 'footer',
};
const inContent: SiteEvidence = {
  url: 'https://example.org/contact',
  pages: ['https://example.org/contact'],
  snippet: 'Call the engagement team on 0161 496 0170',
  selector: 'main p',
  region: 'main',
};

function shown(pageUrl: string | undefined, onShow = vi.fn()) {
  const root = document.createElement('div');
  render(
    <EvidenceList evidence={[inContent, footerNumber]} pageUrl={pageUrl} onShow={onShow} />,
    root,
  );
  return root;
}

describe('the evidence list', () => {
  it('shows a repeated item once, on how many pages, with the pages to open', () => {
    const items = shown(undefined).querySelectorAll('.evidence-item');
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('.evidence-url')?.textContent).toBe(inContent.url);
    const pages = items[1]!.querySelector('.evidence-pages')!;
    expect(pages.querySelector('summary')?.textContent).toBe('in the footer, on 3 pages');
    expect([...pages.querySelectorAll('li')].map((li) => li.textContent)).toEqual(
      footerNumber.pages,
    );
  });

  it('shows an item on the open page when it is there, and opens its page first when not', () => {
    const onShow = vi.fn();
    const root = shown('https://example.org/b', onShow);
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Open the page and show',
      'Show on the page',
    ]);
    buttons[1]!.click();
    expect(onShow).toHaveBeenLastCalledWith(footerNumber.selector);
    buttons[0]!.click();
    expect(onShow).toHaveBeenLastCalledWith(inContent.selector, inContent.url);
  });

  it('links every page address', () => {
    const links = [...shown(undefined).querySelectorAll('.evidence-url a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      inContent.url,
      ...footerNumber.pages,
    ]);
  });
});
