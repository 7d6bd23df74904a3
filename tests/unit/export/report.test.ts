/** Site and survey reports: 2013-style sentences, problems by site, evidence, and escaping. */
import { describe, expect, it } from 'vitest';
import type { Assessment, AssessmentItem } from '../../../lib/assessment.ts';
import { siteReport, surveyReport, surveySentence } from '../../../lib/export/report.ts';

const at = '2026-11-03T10:00:00.000Z';
const item = (
  indicator: AssessmentItem['indicator'],
  change: Partial<AssessmentItem>,
): AssessmentItem => ({
  indicator,
  group: 'contact',
  title:
    indicator === 'foi'
      ? 'Freedom of Information'
      : indicator === 'survey'
        ? 'Survey or consultation'
        : 'Empty sections',
  counts: '',
  doesNotCount: '',
  polarity: indicator === 'empty-sections' ? 'problem' : 'good',
  custom: false,
  scanner: 'not-found',
  verdict: null,
  verdictBy: '',
  verdictAt: '',
  verdictHow: 'judged',
  note: '',
  evidence: [],
  addedEvidence: [],
  contradiction: false,
  changedSinceVerdict: false,
  ...change,
});
const site = (name: string, items: AssessmentItem[]): Assessment => ({
  site: name,
  checklistId: 'catalogue',
  checklistName: 'The catalogue',
  checklistVersion: 1,
  pages: [{ url: `https://${name}/`, title: name, scannedAt: at }],
  items,
  emailFields: [],
});
const hostile = '<script>alert(1)</script> [click](javascript:alert(2)) # heading';
const sites = Array.from({ length: 12 }, (_, i) =>
  site(`site-${i}.example.org`, [
    item('foi', {
      scanner: 'found',
      verdict: i === 0 ? 'yes' : null,
      verdictBy: i === 0 ? 'Ann Auditor' : '',
      verdictAt: i === 0 ? at : '',
      note: i === 0 ? hostile : '',
      evidence: [
        {
          url: i === 0 ? 'javascript:alert(3)' : `https://site-${i}.example.org/foi`,
          snippet: hostile,
          selector: 'main p',
          pages: [],
        },
      ],
    }),
    item('survey', { scanner: i < 9 ? 'found' : 'not-found' }),
    item('empty-sections', { scanner: i < 3 ? 'found' : 'not-found' }),
  ]),
);

describe('the survey sentences', () => {
  it('say it as the 2013 survey did', () => {
    const foi = item('foi', {});
    expect(surveySentence(foi, 12, 0, 12)).toBe('All 12 give Freedom of Information details.');
    expect(surveySentence(item('survey', {}), 9, 0, 12)).toBe('9 of 12 have a survey.');
    expect(surveySentence(item('survey', {}), 1, 2, 12)).toBe(
      '1 of 12 has a survey (2 more partly).',
    );
    expect(surveySentence(item('empty-sections', {}), 3, 0, 12)).toBe('3 have empty sections.');
    expect(surveySentence(item('empty-sections', {}), 0, 0, 12)).toBe(
      'None of the 12 have empty sections.',
    );
    expect(surveySentence(foi, 1, 0, 1)).toBe('The site gives Freedom of Information details.');
    expect(surveySentence(foi, 2, 0, 2)).toBe('Both give Freedom of Information details.');
    expect(surveySentence(item('survey', {}), 0, 0, 2)).toBe('Neither has a survey.');
    expect(
      surveySentence(
        { indicator: 'custom-citizens-panel', title: "Citizens' panel", polarity: 'good' },
        4,
        0,
        12,
      ),
    ).toBe("4 of 12 have “Citizens' panel”.");
  });
});

describe('the survey report', () => {
  const markdown = surveyReport(sites, at, 'markdown').content;
  const html = surveyReport(sites, at, 'html').content;

  it('sums up, lists the sites with each problem, and says who assessed what and when', () => {
    expect(markdown).toContain('All 12 give Freedom of Information details\\.');
    expect(markdown).toContain('9 of 12 have a survey\\.');
    expect(markdown).toContain('3 have empty sections\\.');
    expect(markdown).toContain(
      'Empty sections: site\\-0\\.example\\.org, site\\-1\\.example\\.org, site\\-2\\.example\\.org\\.',
    );
    expect(markdown).toContain(
      '| site\\-0\\.example\\.org | The catalogue \\(v1\\) | 1 of 3 | Ann Auditor | 2026\\-11\\-03 to 2026\\-11\\-03 |',
    );
    expect(html).toContain('<li>All 12 give Freedom of Information details.</li>');
  });

  it('links evidence on web pages only', () => {
    expect(html).toContain('<a href="https://site-1.example.org/foi" rel="noopener noreferrer">');
    expect(html).not.toContain('href="javascript:');
    expect(markdown).not.toContain('(<javascript:');
    expect(markdown).toContain(
      '[https://site\\-1\\.example\\.org/foi](<https://site-1.example.org/foi>)',
    );
  });

  it('escapes every text from a page or a person', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('[click](javascript');
    expect(markdown).toContain('\\[click\\]\\(javascript:alert\\(2\\)\\) \\# heading');
  });

  it('is one self-contained printable page', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(surveyReport(sites, at, 'html').filename).toBe('survey-report-2026-11-03.html');
  });
});

describe('the site report', () => {
  it('lists each item with its result, verdict, note and evidence', () => {
    const report = siteReport(sites[1]!, at, 'markdown');
    expect(report.filename).toBe('report-site-1.example.org-2026-11-03.md');
    expect(report.content).toContain('# site\\-1\\.example\\.org');
    expect(report.content).toContain('| Empty sections \\(problem\\) | problem present | found |');
    expect(siteReport(sites[0]!, at, 'html').content).not.toContain('<script>');
  });
});
