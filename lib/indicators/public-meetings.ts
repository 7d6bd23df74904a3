import {
  blockEvidence,
  decide,
  linkEvidence,
  matchingBlocks,
  matchingLinks,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

const MEETINGS =
  /\b((board|governing body|public|annual general|annual public|annual members'?|in-public|integrated care board|council of governors) meetings?|meetings? (held )?in (public|common)|(are|is|were|will be) held in public|met in (public|common)|\bAGM\b|meetings? of (the|our) (board|governing body))\b/i;
/** Dated or placed: a time or a venue beside a meeting held in public. */
const WHEN_OR_WHERE =
  /\b(at|from|starts?|starting)\s+\d{1,2}([:.]\d{2})?\s?(am|pm)\b|\b(venue|town hall|civic centre|conference room|meeting room)\b/i;
const HELD_IN_PUBLIC = /\bmeetings? (held )?in (public|common)\b.*\b(at|on|venue)\b/i;
const DATE =
  /\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;
const PAPERS = /\b(agenda|papers|minutes|board pack|meeting pack)\b/i;
const PAPERS_PATH = /(agenda|papers|minutes|board-?pack)/i;
/** Committee systems that publish meetings and papers (e.g. ModernGov). */
const COMMITTEE_SYSTEM =
  /moderngov|mgCommitteeDetails|ieListMeetings|ieListDocuments|mgIssueHistory|cmis/i;

export default defineIndicator({
  id: 'public-meetings',
  group: 'board',
  title: 'Board meetings in public',
  counts:
    'board meetings held in public: dates, venues, agendas, papers or minutes, or a link to them',
  doesNotCount: 'a page about meetings with no dates or papers',
  polarity: 'good',
  detect(page) {
    const meetingBlocks = [...matchingBlocks(page, MEETINGS)];
    const papers = matchingLinks(page, PAPERS, PAPERS_PATH);
    const committeeSystem = page.links.filter((link) => COMMITTEE_SYSTEM.test(link.href));
    const dated = meetingBlocks.filter(
      ({ block }) =>
        DATE.test(block.text) ||
        (HELD_IN_PUBLIC.test(block.text) && WHEN_OR_WHERE.test(block.text)),
    );
    // Dated rows of a table or list that is itself about meetings (not consultation events).
    const dateRows = [...matchingBlocks(page, DATE)]
      .map(({ block }) => block)
      .filter(
        (block) =>
          block.tag === 'td' || block.tag === 'th' || block.tag === 'li' || block.tag === 'dd',
      )
      .filter((block) => aboutMeetingsNearby(block.el));
    const aboutMeetings =
      meetingBlocks.length > 0 ||
      /meeting/i.test(page.title) ||
      page.headings.some((heading) => /\bmeetings?\b/i.test(heading.text));
    const strong = [
      ...committeeSystem.map(linkEvidence),
      ...(aboutMeetings ? papers.map(linkEvidence) : []),
      ...dated.map(({ block, index, length }) => blockEvidence(block, index, length)),
      ...(aboutMeetings && dateRows.length >= 2
        ? dateRows.slice(0, 2).map((block) => blockEvidence(block))
        : []),
    ];
    const weak = meetingBlocks.map(({ block, index, length }) =>
      blockEvidence(block, index, length),
    );
    return decide(strong, weak);
  },
});

/** Whether the table or list around a row, or the heading before it, speaks of meetings. */
function aboutMeetingsNearby(row: Element): boolean {
  const list = row.closest('table, ul, ol, dl');
  if (!list) return false;
  const caption = list.querySelector('caption, thead')?.textContent ?? '';
  let before = list.previousElementSibling;
  for (let i = 0; before && i < 3 && !/^h[1-6]$/.test(before.localName); i++)
    before = before.previousElementSibling;
  return /\bmeetings?\b|\bboard\b|governing body/i.test(`${caption} ${before?.textContent ?? ''}`);
}
