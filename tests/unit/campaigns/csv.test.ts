import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CampaignFileError, parseCampaignCsv } from '../../../lib/campaigns/csv.ts';

const error = (csv: string) => {
  try {
    parseCampaignCsv(csv);
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(CampaignFileError);
    return (thrown as Error).message;
  }
  throw new Error('no error');
};

describe('a campaign file', () => {
  it('gives each organisation its site and keeps the other columns', () => {
    const organisations = parseCampaignCsv(
      '\uFEFFName,Code,URL,Region\r\n' +
        '"Northfold ICB, the",QX1,https://www.northfold.example.nhs.uk/about,North\r\n' +
        'Eastmoor Practice,,eastmoor-surgery.example.co.uk,East\r\n' +
        'Closed CCG,00Z,,South\r\n',
    );
    expect(organisations).toEqual([
      {
        name: 'Northfold ICB, the',
        code: 'QX1',
        url: 'https://www.northfold.example.nhs.uk/about',
        site: 'northfold.example.nhs.uk',
        extra: { Region: 'North' },
      },
      {
        name: 'Eastmoor Practice',
        code: '',
        url: 'https://eastmoor-surgery.example.co.uk/',
        site: 'eastmoor-surgery.example.co.uk',
        extra: { Region: 'East' },
      },
      { name: 'Closed CCG', code: '00Z', url: '', site: null, extra: { Region: 'South' } },
    ]);
  });

  it.each([
    ['', /empty/],
    ['name,code\nA,1\n', /Line 1 \(the header\) has no "url" column/],
    ['name,url,name\nA,https://a.example.org,B\n', /Line 1: the column "name" appears twice/],
    ['name,url\n', /no organisations/],
    [
      'name,url\nA,https://a.example.org\n\nB,ftp://b.example.org\n',
      /Line 4, column "url": "ftp:\/\/b.example.org" is not a website address/,
    ],
    [
      'name,url\nA,https://a.example.org\n,https://b.example.org\n',
      /Line 3, column "name": the organisation has no name/,
    ],
    [
      'name,url\nA,https://a.example.org,extra\n',
      /Line 2 has 3 values where the header has 2 columns/,
    ],
    [
      'name,code,url\nA,X1,https://a.example.org\nB,x1,https://b.example.org\n',
      /Line 3, column "code": the code "x1" is already on line 2/,
    ],
    ['name,url\n"A\nstill A",https://a.example.org\nB,not a web address\n', /Line 4, column "url"/],
    [
      'name,url\nA,https://a.example.org\n"B,https://b.example.org\n',
      /Line 3: a value opens a quotation mark/,
    ],
  ])('refuses %j, naming the line and column, and imports nothing', (csv, message) => {
    const text = error(csv);
    expect(text).toMatch(message);
    expect(text).toMatch(/Nothing was imported\.$/);
  });

  it.each([
    ['icbs-2024.csv', 42, 42],
    ['trusts.csv', 213, 213],
    ['ccgs-2013.csv', 211, 179],
  ])(
    'shipped list %s reads whole: %i organisations, %i with a website',
    (file, count, withSite) => {
      const organisations = parseCampaignCsv(readFileSync(`lib/campaigns/data/${file}`, 'utf8'));
      expect(organisations).toHaveLength(count);
      expect(organisations.filter((o) => o.site)).toHaveLength(withSite);
    },
  );
});
