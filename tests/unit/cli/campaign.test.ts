import { describe, expect, it } from 'vitest';
import {
  campaignEntries,
  parseCampaign,
  parseShard,
  shardGroups,
} from '../../../lib/cli/campaign.ts';

describe('campaign files', () => {
  it('reads name, code and url in any case and order, and keeps the other columns', () => {
    const organisations = parseCampaign(
      '\uFEFFRegion,URL,Name,Code\r\nNorth,https://www.example.org/, Example ICB ,QXA\r\n\r\n',
    );
    expect(organisations).toEqual([
      {
        name: 'Example ICB',
        code: 'QXA',
        url: 'https://www.example.org/',
        extra: { Region: 'North' },
      },
    ]);
  });

  it('refuses a file without a url column, and two rows for one organisation', () => {
    expect(() => parseCampaign('name,code\nA,B\n')).toThrow('no "url" column');
    const twice = parseCampaign('code,url\nA1,https://a.example.org/\nA1,https://b.example.org/\n');
    expect(() => campaignEntries(twice)).toThrow('rows 2 and 3 are the same organisation (A1)');
  });

  it('keys result files by code, else by site, safely', () => {
    const entries = campaignEntries(
      parseCampaign(
        'code,url\n../etc/x,https://www.example.org/\n,https://www.example.net:8080/a\n,ftp://example.com/\n',
      ),
    );
    expect(entries.map((entry) => [entry.key, entry.site])).toEqual([
      ['__etc_x', 'example.org'],
      ['example.net_8080', 'example.net:8080'],
      ['ftp_example.com_', null],
    ]);
  });
});

describe('shards', () => {
  const entries = campaignEntries(
    parseCampaign(
      [
        'code,url',
        'A,https://a.example.org/',
        'B,https://b.example.org/',
        'C,https://www.a.example.org/other-practice/',
        'D,https://d.example.org/',
        'E,https://e.example.org/',
      ].join('\n'),
    ),
  );
  const codes = (index: number, count: number) =>
    shardGroups(entries, { index, count }).map((group) => group.map((e) => e.organisation.code));

  it('take every n-th site, organisations on one site together, and cover the list once', () => {
    expect(codes(0, 2)).toEqual([['A', 'C'], ['D']]);
    expect(codes(1, 2)).toEqual([['B'], ['E']]);
    expect(codes(0, 1)).toEqual([['A', 'C'], ['B'], ['D'], ['E']]);
  });

  it('are written i/n from 0', () => {
    expect(parseShard('3/8')).toEqual({ index: 3, count: 8 });
    for (const bad of ['8/8', '1/0', 'x', '-1/2', '1 of 2'])
      expect(() => parseShard(bad), bad).toThrow('--shard must be i/n');
  });
});
