import { describe, expect, it } from 'vitest';
import { siteAccessPattern, siteKeyOf } from '../../lib/site.ts';

describe('the site of a page', () => {
  it('is the host without www., with its port', () => {
    expect(siteKeyOf('https://www.example.nhs.uk/contact/')).toBe('example.nhs.uk');
    expect(siteKeyOf('http://127.0.0.1:8080/index.html')).toBe('127.0.0.1:8080');
  });
});

describe('the permission pattern asked for a site scan', () => {
  it('covers the scheme and host of the page', () => {
    expect(siteAccessPattern('https://www.example.nhs.uk/about/board?x=1#top')).toBe(
      'https://www.example.nhs.uk/*',
    );
  });
  it('has no port, which Firefox refuses and Chrome does not need', () => {
    expect(siteAccessPattern('http://127.0.0.1:8080/index.html')).toBe('http://127.0.0.1/*');
    expect(siteAccessPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
  });
});
