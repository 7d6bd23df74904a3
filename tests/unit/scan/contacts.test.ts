import { describe, expect, it } from 'vitest';
import {
  decodeCloudflareEmail,
  extractEmails,
  extractPhones,
  normaliseMailto,
  normaliseTel,
} from '../../../lib/scan/contacts.ts';

/** Encodes like Cloudflare does: a key byte, then every character XOR the key, in hex. */
function cloudflare(address: string, key = 0x5a): string {
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return hex(key) + [...address].map((ch) => hex(ch.charCodeAt(0) ^ key)).join('');
}

describe('phone numbers in text', () => {
  const digitsIn = (text: string) => extractPhones(text).map((hit) => hit.digits);

  it.each([
    ['Call 0161 496 0123 today', '01614960123'],
    ['Tel: (0161) 496 0123', '01614960123'],
    ['+44 (0)161 496 0123', '01614960123'],
    ['+44 161 496 0123', '01614960123'],
    ['0161-496-0123', '01614960123'],
    ['01632 960123', '01632960123'],
    ['(01632) 960123', '01632960123'],
    ['Freephone 0808 157 0123', '08081570123'],
    ['0300 123 4567', '03001234567'],
    ['Text relay: 18001 0161 496 0123', '01614960123'],
    ['Call 020 7946 0123.', '02079460123'],
  ])('finds %s', (text, digits) => {
    expect(digitsIn(text)).toEqual([digits]);
  });

  it.each([
    ['Meeting on 01/02/2023 at 10am'],
    ['Dated 01.02.2023'],
    ['Ref: 0123 4567 8901 2345'],
    ['Company number 01234567'],
    ['Registered charity 1234567'],
    ['Call 111 or 999 in an emergency'],
    ['Published 2023 2024 2025'],
  ])('ignores %s', (text) => {
    expect(digitsIn(text)).toEqual([]);
  });

  it('stops at the end of a number followed by a year', () => {
    expect(extractPhones('Call 0161 496 0123 2023 edition').map((hit) => hit.display)).toEqual([
      '0161 496 0123',
    ]);
  });

  it('marks fax numbers', () => {
    const hits = extractPhones('Tel: 0161 496 0123 Fax: 0161 496 0999');
    expect(hits.map((hit) => [hit.digits, hit.fax])).toEqual([
      ['01614960123', false],
      ['01614960999', true],
    ]);
  });
});

describe('tel: links', () => {
  it.each([
    ['tel:01614960123', '01614960123'],
    ['tel:+441614960123', '01614960123'],
    ['te:0161 496 0123', '01614960123'],
    ['TEL : 0161-496-0123', '01614960123'],
    ['tel:0161 496 0123 (main)', '01614960123'],
    ['tel:111', '111'],
  ])('reads %s', (href, digits) => {
    expect(normaliseTel(href)).toBe(digits);
  });
  it('is not fooled by other links', () => {
    expect(normaliseTel('https://example.org/tel:0161')).toBeUndefined();
    expect(normaliseTel('telegram.html')).toBeUndefined();
  });
});

describe('email addresses', () => {
  it('reads mailto links, also malformed ones', () => {
    expect(normaliseMailto('mailto:Enquiries@Example.org?subject=Hi')).toBe(
      'enquiries@example.org',
    );
    expect(normaliseMailto('mailto: enquiries @example.org')).toBe('enquiries@example.org');
    expect(normaliseMailto('MAILTO:a%40example.org')).toBe('a@example.org');
    expect(normaliseMailto('mailto:?subject=Share')).toBeUndefined();
  });

  it('finds addresses in text and "[at]" spellings', () => {
    expect(
      extractEmails('Write to board.secretary@example.nhs.uk.').map((hit) => hit.address),
    ).toEqual(['board.secretary@example.nhs.uk']);
    expect(
      extractEmails('email foi [at] example [dot] nhs [dot] uk').map((hit) => hit.address),
    ).toEqual(['foi@example.nhs.uk']);
    expect(extractEmails('email pals (at) example.org please')[0]).toMatchObject({
      address: 'pals@example.org',
      obfuscated: true,
    });
  });

  it('decodes Cloudflare email protection', () => {
    expect(decodeCloudflareEmail(cloudflare('enquiries@example.nhs.uk'))).toBe(
      'enquiries@example.nhs.uk',
    );
    expect(decodeCloudflareEmail(cloudflare('o’brien@example.org', 0x13))).toBeUndefined();
    expect(decodeCloudflareEmail('zz')).toBeUndefined();
    expect(decodeCloudflareEmail(cloudflare('not an address'))).toBeUndefined();
  });
});
