import { describe, expect, it } from 'vitest';
import { statusOn } from '../support/page.ts';

const id = 'blog';

describe('blog', () => {
  it('finds a link to the organisation’s blog', () => {
    const body = `<p><a href="/blog/">Read the chief executive’s blog</a></p>`;
    expect(statusOn(id, body)).toBe('found');
  });

  it('leaves a blog mentioned in words for review', () => {
    expect(statusOn(id, '<p>Our staff sometimes write about blogging.</p>')).toBe('needs-review');
  });

  it('does not take a news list for a blog', () => {
    expect(statusOn(id, '<h2>News</h2><ul><li><a href="/news/1">Clinic opens</a></li></ul>')).toBe(
      'not-found',
    );
  });

  it('finds a page whose address says it is a blog post', () => {
    expect(
      statusOn(id, '<p>This month I visited our new hub.</p>', {
        url: 'https://www.example.nhs.uk/news/chairs-blog-may/',
      }),
    ).toBe('found');
  });

  it('does not take a news item as a blog', () => {
    expect(
      statusOn(id, '<p>This month the new hub opened.</p>', {
        url: 'https://www.example.nhs.uk/news/new-hub-opens/',
      }),
    ).toBe('not-found');
  });
});
