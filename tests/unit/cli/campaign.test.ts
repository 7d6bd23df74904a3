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

  it('refuses what the dashboard refuses, with the same words: no url column, a repeated code', () => {
    expect(() => parseCampaign('name,code\nA,B\n')).toThrow(
      'Line 1 (the header) has no "url" column',
    );
    expect(() =>
      parseCampaign('name,code,url\nA,A1,https://a.example.org/\nB,A1,https://b.example.org/\n'),
    ).toThrow('Line 3, column "code": the code "A1" is already on line 2.');
  });

  it('refuses two rows for one site without codes: their result files would be one', () => {
    const twice = parseCampaign('name,url\nA,https://a.example.org/\nB,https://a.example.org/\n');
    expect(() => campaignEntries(twice)).toThrow('rows 2 and 3 are the same organisation');
  });

  it('keys result files by code, else by site, safely', () => {
    const entries = campaignEntries(
      parseCampaign(
        'name,code,url\nA,../etc/x,https://www.example.org/\nB,,https://www.example.net:8080/a\nC,,\n',
      ),
    );
    expect(entries.map((entry) => [entry.key, entry.site])).toEqual([
      ['__etc_x', 'example.org'],
      ['example.net_8080', 'example.net:8080'],
      ['row-4', null],
    ]);
  });
});

describe('shards', () => {
  const entries = campaignEntries(
    parseCampaign(
      [
        'name,code,url',
        'Practice A,A,https://a.example.org/',
        'Practice B,B,https://b.example.org/',
        'Practice C,C,https://www.a.example.org/other-practice/',
        'Practice D,D,https://d.example.org/',
        'Practice E,E,https://e.example.org/',
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
