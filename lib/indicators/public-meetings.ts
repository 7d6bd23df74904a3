import {
  because,
  blockEvidence,
  decide,
  linkEvidence,
  MAX_EVIDENCE_PER_PAGE,
  matchingBlocks,
  matchingLinks,
  pageIsAbout,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

const MEETINGS =
  /\b((board|governing body|governing bodies|public|annual general|annual public|annual members'?|in-public|integrated care board|council of governors|committee) meetings?|meetings? (held )?in (public|common)|(are|is|were|will be) held in public|(meet|meets|met) in (public|common)|\bAGM\b|meetings? of (the|our) (board|governing bod(y|ies)|council of governors))\b/i;
/**
 * A formal meeting (board, governing body, council of governors, a statutory committee) open to
 * the public: held in public, open to the public, the public welcome to attend or observe it.
 */
const OPEN_TO_PUBLIC =
  /\b(held in public|(meet|meets|met|meeting) in public|open to (the )?public|public (section|part) of (the|our|these|its)|members of the public (are|is)? ?(welcome|invited|able|encouraged|can|may)[^.]{0,40}\b(attend|observe|watch|listen)|public (board )?meetings?|meetings? (held )?in public)\b/i;
/**
 * Where the papers and dates are: on this site, below, here, on another page ("papers are
 * published in advance" says when, not where).
 */
const PAPERS_OR_SCHEDULE =
  /\b(papers|agendas?|agenda'?s|minutes|board packs?)\b[^.]{0,80}\b(can be found|found below|below|here|on (our|this|the) (website|site|page)|in the [a-z ]{0,30}section)\b|\b(publish(ed)?|available)\b[^.]{0,20}\b(on|from) (our|this|the) (website|site)\b[^.]{0,40}\b(papers|agendas?|minutes)\b|\b(schedule|dates|calendar|programme) of (our |the )?(planned |future |upcoming |forthcoming )?(public )?(meetings|board meetings)\b|\bdates (for|of) (this|next|the) year['’]?s\b[^.]{0,40}\bmeetings\b|\b(upcoming|future|forthcoming|next) meetings?\b[^.]{0,40}\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** Bodies whose meetings are formal: a board, a committee, a council of governors. */
const FORMAL_BODY = /\b(board|committee|governing body|council of governors|cabinet)\b/i;
/** The page is itself a formal meeting's agenda item or minutes (a committee system's page). */
const MEETING_DOCUMENT = /^(agenda( item| and minutes)?|minutes|decision|meeting documents?)\b/i;
/** Dated or placed: a time or a venue beside a meeting held in public. */
const WHEN_OR_WHERE =
  /\b(at|from|starts?|starting)\s+\d{1,2}([:.]\d{2})?\s?(am|pm)\b|\b(venue|town hall|civic centre|conference room|meeting room)\b/i;
const HELD_IN_PUBLIC = /\bmeetings? (held )?in (public|common)\b.*\b(at|on|venue)\b/i;
const DATE =
  /\b(mon|tues|wednes|thurs|fri|satur|sun)day,? \d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;
/**
 * The meetings' papers placed in prose: published or kept on the site, on its pages, here or
 * below, or a heading for the latest or earlier papers. "Papers are published in advance" says
 * when, not where, and "questions on the agenda" is not the papers.
 */
const PAPERS_PLACED =
  /\b(papers|agendas?|minutes)\b[^.]{0,60}\b(on (our|the|this) [a-z ]{0,30}(website|site|pages?)|(available|found|placed|posted|listed) (here|below|electronically|on|under)|under each meeting|can be (found|viewed|downloaded|read))\b|\b(latest|previous|past|archived?|current|earlier) (board |meeting |governing body )?(papers|agendas|minutes)\b|\b(papers|agendas|minutes) (archive|from previous years)\b/i;
/** The public may take part: attend, observe, ask; or the meeting takes the public's questions. */
const PUBLIC_MAY_TAKE_PART =
  /\b(members of the public|the public|public and press|press and public)\b[^.]{0,80}\b(attend|observe|ask|questions?|welcome)\b|\bquestions? from (governors and )?(members of )?the public\b|\bpublic (questions?|session)\b/i;
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
    // Held in public, and the page says where its papers or dates are: what the auditor needs
    // (the link itself is often a "here" or a table the stored text lost).
    const openToPublic = [...matchingBlocks(page, OPEN_TO_PUBLIC)].filter(
      ({ block }) => block.region === 'main',
    );
    const papersSaid = [...matchingBlocks(page, PAPERS_OR_SCHEDULE)].filter(
      ({ block }) => block.region === 'main',
    );
    if (openToPublic.length > 0) {
      // "Log in ten minutes before 2pm on Thursday, 3 October to watch": a dated meeting.
      const meetingDated = [...matchingBlocks(page, DATE)].some(
        ({ block }) => block.region === 'main' && /\bmeeting/i.test(block.text),
      );
      if (papersSaid.length > 0 || dated.length > 0 || meetingDated) {
        strong.push(
          ...because(
            'held in public, with where the papers or dates are',
            [openToPublic[0]!, ...papersSaid.slice(0, 1)].map(({ block, index, length }) =>
              blockEvidence(block, index, length),
            ),
          ),
        );
      }
    }
    // A formal meeting the public may attend or put questions to, whose agenda, papers or
    // minutes the page speaks of: what the catalogue asks for, in the words real pages use.
    const mainBlocksMatching = (pattern: RegExp) =>
      [...matchingBlocks(page, pattern)].filter(({ block }) => block.region === 'main');
    const formalMeeting = () =>
      meetingBlocks.some(({ block }) => block.region === 'main') ||
      (pageIsAbout(page, FORMAL_BODY) && mainBlocksMatching(/\bmeetings?\b/i).length > 0);
    if (strong.length === 0 && formalMeeting()) {
      const access = [...openToPublic, ...mainBlocksMatching(PUBLIC_MAY_TAKE_PART)];
      const papersInProse = mainBlocksMatching(PAPERS_PLACED);
      if (access.length > 0 && papersInProse.length > 0) {
        strong.push(
          ...because(
            'a formal meeting open to the public, with where its papers are',
            [access[0]!, papersInProse[0]!].map(({ block, index, length }) =>
              blockEvidence(block, index, length),
            ),
          ),
        );
      }
    }
    // A formal meeting whose papers the same sentence places ("minutes of each Board meeting
    // are on this site").
    for (const { block, index, length } of [...meetingBlocks, ...papersSaid]) {
      if (
        block.region === 'main' &&
        PAPERS_OR_SCHEDULE.test(block.text) &&
        (MEETINGS.test(block.text) || FORMAL_BODY.test(block.text))
      )
        strong.push(blockEvidence(block, index, length));
    }
    // The minutes or an agenda item of a formal meeting are its papers.
    const meetingDocument = page.headings.some(
      (heading) => heading.region === 'main' && MEETING_DOCUMENT.test(heading.text),
    );
    if (
      meetingDocument &&
      (meetingBlocks.length + openToPublic.length > 0 ||
        !matchingBlocks(page, FORMAL_BODY).next().done)
    ) {
      strong.push(
        ...page.headings
          .filter((heading) => MEETING_DOCUMENT.test(heading.text))
          .slice(0, 1)
          .map((heading) => ({
            ...blockEvidence(heading),
            why: 'an agenda item or minutes of a formal meeting',
          })),
      );
    }
    // A board meeting named in passing (a blog's "I enjoyed the AGM", "agreed at the Governing
    // Body meeting") is not a meeting in public; one held in public, a heading, or the page's
    // subject is, for a person to look at.
    // (Held in public is `openToPublic`, already read page-wide.) Review evidence only fills
    // what the found evidence leaves of the page's few items.
    const meetingsPage = pageIsAbout(page, /\bmeetings?\b|\bAGM\b/i);
    const weak =
      strong.length >= MAX_EVIDENCE_PER_PAGE
        ? []
        : [
            ...meetingBlocks.filter(({ block }) => meetingsPage || block.headingLevel > 0),
            ...openToPublic,
          ].map(({ block, index, length }) => blockEvidence(block, index, length));
    return decide(
      because('meetings with dates, papers or where to find them', strong),
      because('meetings in public named without dates or papers', weak),
    );
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
