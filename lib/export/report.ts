/**
 * Reports a person could publish (issue 9): one site's, and a survey's over many sites, as
 * Markdown and as a self-contained printable HTML page. The survey report says per item how
 * many sites have it, as a 2013-style survey post would ("All 12 give Freedom of Information
 * details; 9 of 12 have a survey; 3 have empty sections"), lists the sites with each problem,
 * links the evidence, and says who assessed what and when. Every text that comes from a page
 * or a person (titles, snippets, notes, names, addresses) is escaped for the format, and only
 * http(s) addresses become links.
 */
import {
  type Assessment,
  type AssessmentItem,
  finalVerdict,
  type ItemId,
  verdictWords,
} from '../assessment.ts';
import type { ExportFile } from './formats.ts';

/** How the sentences say that a site has an item; "have “<title>”" for the others. */
const HAS: Readonly<Record<string, string>> = {
  'board-members': 'name their board members',
  'board-member-contact': 'give a way to contact board members',
  'board-secretariat': 'give the board secretary’s contact',
  'public-meetings': 'hold their board meetings in public',
  'public-questions': 'take questions from the public at board meetings',
  'meeting-livestream': 'stream or record their board meetings',
  'engagement-lead': 'name an engagement lead',
  'involvement-opportunities': 'list ways to get involved',
  survey: 'have a survey',
  newsletter: 'have a newsletter',
  blog: 'have a blog',
  video: 'have videos',
  'social-media': 'link to social media',
  'patient-stories': 'tell patient stories',
  'email-address': 'give an email address',
  'contact-form-only': 'offer only a contact form to write',
  phone: 'give a phone number',
  pals: 'signpost PALS',
  healthwatch: 'signpost Healthwatch',
  foi: 'give Freedom of Information details',
  'empty-sections': 'have empty sections',
};

/** The phrase for one site: "has a survey", "streams or records its meetings". */
function forOne(phrase: string): string {
  const third = (verb: string) => (verb === 'have' ? 'has' : `${verb}s`);
  return phrase
    .replace(/^(\w+)(?: or (\w+))?/, (_all, first: string, second?: string) =>
      second ? `${third(first)} or ${third(second)}` : third(first),
    )
    .replace(/\btheir\b/, 'its');
}

/** "All 12 give …", "9 of 12 have …", "None of the 12 …", "3 have …" (problems); "Both", "Neither" of two. */
export function surveySentence(
  item: Pick<AssessmentItem, 'indicator' | 'title' | 'polarity'>,
  yes: number,
  partly: number,
  total: number,
): string {
  const phrase = HAS[item.indicator] ?? `have “${item.title}”`;
  const part = partly > 0 ? ` (${partly} more partly)` : '';
  let sentence: string;
  if (total === 1) sentence = yes ? `The site ${forOne(phrase)}` : `The site does not ${phrase}`;
  else if (total === 2 && yes === 2) sentence = `Both ${phrase}`;
  else if (total === 2 && yes === 0) sentence = `Neither ${forOne(phrase)}`;
  else if (yes === total) sentence = `All ${total} ${phrase}`;
  else if (yes === 0) sentence = `None of the ${total} ${phrase}`;
  else if (item.polarity === 'problem') sentence = `${yes} ${yes === 1 ? forOne(phrase) : phrase}`;
  else sentence = `${yes} of ${total} ${yes === 1 ? forOne(phrase) : phrase}`;
  return `${sentence}${part}.`;
}

interface ItemTally {
  item: AssessmentItem;
  yes: string[];
  partly: string[];
  assessed: number;
}

/** Per item (in the order first listed), the sites where it is, partly is, and how many have it. */
function tallies(assessments: readonly Assessment[]): ItemTally[] {
  const byId = new Map<ItemId, ItemTally>();
  for (const assessment of assessments)
    for (const item of assessment.items) {
      let tally = byId.get(item.indicator);
      if (!tally) {
        tally = { item, yes: [], partly: [], assessed: 0 };
        byId.set(item.indicator, tally);
      }
      tally.assessed++;
      const value = finalVerdict(item);
      if (value === 'yes') tally.yes.push(assessment.site);
      if (value === 'partial') tally.partly.push(assessment.site);
    }
  return [...byId.values()];
}

/** Who gave the site's verdicts and when (the first and last). */
function assessedBy(assessment: Assessment): {
  who: string;
  from: string;
  to: string;
  reviewed: number;
} {
  const given = assessment.items.filter((item) => item.verdict !== null);
  const times = given
    .map((item) => item.verdictAt)
    .filter(Boolean)
    .sort();
  const who = [...new Set(given.map((item) => item.verdictBy || 'unnamed auditor'))].join(', ');
  return { who, from: times[0] ?? '', to: times.at(-1) ?? '', reviewed: given.length };
}

const isWebAddress = (url: string) => /^https?:\/\//i.test(url);
const day = (at: string) => at.slice(0, 10);

/** A report as blocks, written out by each format. */
type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; parts: Part[] }
  | { kind: 'list'; items: Part[][] }
  | { kind: 'table'; head: string[]; rows: Part[][][] };
type Part = string | { link: string; text: string };

function evidenceLinks(item: AssessmentItem, max = 3): Part[] {
  const urls = [
    ...new Set([
      ...item.evidence.map((evidence) => evidence.url),
      ...item.addedEvidence.map((added) => added.url),
    ]),
  ];
  const parts: Part[] = [];
  for (const url of urls.slice(0, max)) {
    if (parts.length) parts.push(', ');
    parts.push(isWebAddress(url) ? { link: url, text: url } : url);
  }
  if (urls.length > max) parts.push(` and ${urls.length - max} more`);
  return parts;
}

function siteBlocks(assessment: Assessment, level: 1 | 2): Block[] {
  const by = assessedBy(assessment);
  const blocks: Block[] = [
    { kind: 'heading', level, text: assessment.site },
    {
      kind: 'paragraph',
      parts: [
        `Checklist: ${assessment.checklistName} (version ${assessment.checklistVersion}). ${assessment.pages.length} pages scanned. ${by.reviewed} of ${assessment.items.length} items reviewed`,
        by.reviewed ? ` by ${by.who}, ${day(by.from)} to ${day(by.to)}.` : '.',
      ],
    },
    {
      kind: 'table',
      head: ['Item', 'Result', 'Scanner', 'Verdict by, when', 'Note', 'Evidence'],
      rows: assessment.items.map((item) => [
        [item.polarity === 'problem' ? `${item.title} (problem)` : item.title],
        [verdictWords(item.polarity, finalVerdict(item)) || 'not known'],
        [item.scanner],
        [item.verdict ? `${item.verdictBy || 'unnamed'}, ${day(item.verdictAt)}` : ''],
        [item.note],
        evidenceLinks(item),
      ]),
    },
  ];
  const refusing = assessment.emailFields.filter((field) => field.rejects.length > 0);
  if (refusing.length > 0)
    blocks.push({
      kind: 'list',
      items: refusing.map((field) => [
        'An email field on ',
        isWebAddress(field.url) ? { link: field.url, text: field.url } : field.url,
        ` refuses valid addresses: ${field.rejects.map((reject) => reject.address).join(', ')}.`,
      ]),
    });
  return blocks;
}

/** A survey of one campaign's list: its name, and what of the list is not in the report. */
export interface ReportCampaign {
  name: string;
  /** Organisations on the list. */
  listed: number;
  /** Organisations on the list with no assessment yet (no website, or not scanned). */
  notAssessed: string[];
}

function campaignCoverage(campaign: ReportCampaign): Block {
  const missing = campaign.notAssessed.length;
  return {
    kind: 'paragraph',
    parts: [
      missing === 0
        ? `Every organisation of the campaign’s list of ${campaign.listed} is in this report.`
        : `The campaign lists ${campaign.listed} organisations; ${missing} ${missing === 1 ? 'has' : 'have'} no assessment yet and ${missing === 1 ? 'is' : 'are'} not counted: ${campaign.notAssessed.join(', ')}.`,
    ],
  };
}

function surveyBlocks(
  assessments: readonly Assessment[],
  madeAt: string,
  campaign?: ReportCampaign,
): Block[] {
  const total = assessments.length;
  const all = tallies(assessments);
  const checklists = [
    ...new Set(assessments.map((a) => `${a.checklistName} (version ${a.checklistVersion})`)),
  ];
  const sites = `${total} ${total === 1 ? 'site' : 'sites'}`;
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 1,
      text: campaign ? `${campaign.name}: survey of ${sites}` : `Survey of ${sites}`,
    },
    {
      kind: 'paragraph',
      parts: [
        `Made ${day(madeAt)} with NHS Site Audit. Checklists: ${checklists.join('; ')}. A result is the auditor’s verdict where given, else the scanner’s (found or not found).`,
      ],
    },
    ...(campaign ? [campaignCoverage(campaign)] : []),
    { kind: 'heading', level: 2, text: 'What the sites have' },
    {
      kind: 'list',
      items: all.map((tally) => [
        surveySentence(tally.item, tally.yes.length, tally.partly.length, tally.assessed),
      ]),
    },
    { kind: 'heading', level: 2, text: 'Problems, by site' },
  ];
  const problems = all.filter((tally) => tally.item.polarity === 'problem');
  blocks.push(
    problems.some((tally) => tally.yes.length > 0)
      ? {
          kind: 'list',
          items: problems
            .filter((tally) => tally.yes.length > 0)
            .map((tally) => [`${tally.item.title}: ${tally.yes.join(', ')}.`]),
        }
      : { kind: 'paragraph', parts: ['No site has a problem found or confirmed.'] },
  );
  blocks.push(
    { kind: 'heading', level: 2, text: 'Who assessed what, and when' },
    {
      kind: 'table',
      head: ['Site', 'Checklist', 'Reviewed', 'By', 'When'],
      rows: assessments.map((assessment) => {
        const by = assessedBy(assessment);
        return [
          [assessment.site],
          [`${assessment.checklistName} (v${assessment.checklistVersion})`],
          [`${by.reviewed} of ${assessment.items.length}`],
          [by.who],
          [by.reviewed ? `${day(by.from)} to ${day(by.to)}` : ''],
        ];
      }),
    },
    { kind: 'heading', level: 2, text: 'Evidence, by site' },
  );
  for (const assessment of assessments) {
    blocks.push({ kind: 'heading', level: 3, text: assessment.site });
    const shown = assessment.items.filter(
      (item) => finalVerdict(item) === 'yes' || finalVerdict(item) === 'partial',
    );
    blocks.push(
      shown.length
        ? {
            kind: 'list',
            items: shown.map((item) => [
              `${item.title}: ${verdictWords(item.polarity, finalVerdict(item))}${item.note ? ` (“${item.note}”)` : ''}. `,
              ...evidenceLinks(item),
            ]),
          }
        : { kind: 'paragraph', parts: ['Nothing found or confirmed.'] },
    );
  }
  return blocks;
}

// --- Markdown --------------------------------------------------------------------------------

/** Text as Markdown shows it, never as markup (a page's "# Hi" or "[x](javascript:…)" stays text). */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (char) => `\\${char}`).replace(/\r?\n/g, ' ');
}
function markdownPart(part: Part): string {
  if (typeof part === 'string') return markdownText(part);
  // The address in <…> with its own <, > and spaces encoded: it cannot close the link early.
  return `[${markdownText(part.text)}](<${encodeURI(decodeURIComponent(part.link)).replace(/[<>]/g, encodeURIComponent)}>)`;
}
const markdownParts = (parts: Part[]) => parts.map(markdownPart).join('');

function toMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading')
      out.push(`${'#'.repeat(block.level)} ${markdownText(block.text)}`);
    else if (block.kind === 'paragraph') out.push(markdownParts(block.parts));
    else if (block.kind === 'list')
      out.push(block.items.map((item) => `- ${markdownParts(item)}`).join('\n'));
    else
      out.push(
        [
          `| ${block.head.map(markdownText).join(' | ')} |`,
          `| ${block.head.map(() => '---').join(' | ')} |`,
          ...block.rows.map((row) => `| ${row.map(markdownParts).join(' | ')} |`),
        ].join('\n'),
      );
  }
  return `${out.join('\n\n')}\n`;
}

// --- HTML ------------------------------------------------------------------------------------

export function htmlText(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
}
function htmlPart(part: Part): string {
  if (typeof part === 'string') return htmlText(part);
  return `<a href="${htmlText(part.link)}" rel="noopener noreferrer">${htmlText(part.text)}</a>`;
}
const htmlParts = (parts: Part[]) => parts.map(htmlPart).join('');

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}a{color:#005eb8;word-break:break-all}h1,h2,h3{line-height:1.2}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}h2,h3{break-after:avoid}tr{break-inside:avoid}}`;

function toHtml(blocks: Block[], title: string): string {
  const body = blocks
    .map((block) => {
      if (block.kind === 'heading')
        return `<h${block.level}>${htmlText(block.text)}</h${block.level}>`;
      if (block.kind === 'paragraph') return `<p>${htmlParts(block.parts)}</p>`;
      if (block.kind === 'list')
        return `<ul>${block.items.map((item) => `<li>${htmlParts(item)}</li>`).join('')}</ul>`;
      return `<table><thead><tr>${block.head.map((cell) => `<th scope="col">${htmlText(cell)}</th>`).join('')}</tr></thead><tbody>${block.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${htmlParts(cell)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    })
    .join('\n');
  // Self-contained: no script, no outside style or image; a strict policy says so to the browser.
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${htmlText(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export type ReportFormat = 'markdown' | 'html';

function reportFile(
  blocks: Block[],
  title: string,
  stem: string,
  format: ReportFormat,
): ExportFile {
  return format === 'html'
    ? { filename: `${stem}.html`, mimeType: 'text/html', content: toHtml(blocks, title) }
    : { filename: `${stem}.md`, mimeType: 'text/markdown', content: toMarkdown(blocks) };
}

export function siteReport(
  assessment: Assessment,
  madeAt: string,
  format: ReportFormat,
): ExportFile {
  const stem = `report-${assessment.site.replace(/[^a-z0-9.-]+/gi, '_')}-${day(madeAt)}`;
  return reportFile(siteBlocks(assessment, 1), `Assessment of ${assessment.site}`, stem, format);
}

export function surveyReport(
  assessments: readonly Assessment[],
  madeAt: string,
  format: ReportFormat,
  campaign?: ReportCampaign,
): ExportFile {
  const blocks = [
    ...surveyBlocks(assessments, madeAt, campaign),
    { kind: 'heading', level: 2, text: 'Each site' } as const,
    ...assessments.flatMap((assessment) =>
      siteBlocks(assessment, 2).map((block) =>
        block.kind === 'heading' ? { ...block, level: 3 as const } : block,
      ),
    ),
  ];
  const stem = campaign
    ? `survey-report-${campaign.name.replace(/[^a-z0-9.-]+/gi, '_').slice(0, 60)}-${day(madeAt)}`
    : `survey-report-${day(madeAt)}`;
  const title = `${campaign ? `${campaign.name}: survey` : 'Survey'} of ${assessments.length} sites`;
  return reportFile(blocks, title, stem, format);
}
