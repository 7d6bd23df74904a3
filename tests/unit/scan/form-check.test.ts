import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/cli/dom.ts';
import { collectFacts } from '../../../lib/scan/facts.ts';
import { checkEmailFields, UNUSUAL_ADDRESSES } from '../../../lib/scan/form-check.ts';

const check = (field: string, around = '<textarea name="message"></textarea>') =>
  checkEmailFields(
    collectFacts(
      parseHtml(`<form action="/contact">${field}${around}<button>Send</button></form>`),
      'https://example.org/contact',
    ),
  );
const refused = (field: string) => check(field)[0]?.rejects.map((r) => r.address) ?? [];

describe('the contact-form check', () => {
  it('finds that type=email accepts every unusual but valid address', () => {
    expect(refused('<input type="email" name="email" required>')).toEqual([]);
    expect(check('<input type="email" name="email">')[0]).toMatchObject({
      contactForm: true,
      type: 'email',
    });
  });

  it('finds what a strict pattern refuses, and why', () => {
    const rejects = check(
      '<input type="text" name="email" pattern="[a-zA-Z0-9._%\\-]+@[a-zA-Z0-9.\\-]+\\.(com|org|net|uk)">',
    )[0]?.rejects;
    expect(rejects?.map((r) => r.address)).toEqual([
      'first.last+tag@example.co.uk',
      'name@example.museum',
      "o'brien@example.org",
    ]);
    expect(rejects?.[0]?.reason).toMatch(/^pattern /);
  });

  it('knows browsers ignore a pattern that is invalid under their rules (the v flag)', () => {
    const [field] = check('<input type="text" name="email" pattern="[a-z0-9._%-]+@[a-z0-9.-]+">');
    expect(field?.rejects).toEqual([]);
    expect(field?.notes[0]).toMatch(/ignore its pattern/);
  });

  it('counts maxlength', () => {
    expect(refused('<input type="email" name="email" maxlength="20">')).toEqual([
      'first.last+tag@example.co.uk',
      'name@sub.example.nhs.uk',
      'user@xn--80ak6aa92e.com',
    ]);
  });

  it('finds email fields by name when their type is text, and tells sign-ups from contact forms', () => {
    const fields = checkEmailFields(
      collectFacts(
        parseHtml(
          '<form class="newsletter-signup"><label>Subscribe to our e-bulletin <input name="EMAIL" type="text"></label></form>',
        ),
        'https://example.org/',
      ),
    );
    expect(fields).toHaveLength(1);
    expect(fields[0]?.contactForm).toBe(false);
  });

  it('checks the catalogue’s five addresses', () => {
    expect(UNUSUAL_ADDRESSES).toHaveLength(5);
  });
});
