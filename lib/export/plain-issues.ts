/**
 * A checked file's problems said in plain words, with the path of the bad field ("custom
 * indicator 2, keywords: has 10000 items; at most 40"), not a validator's message. Every
 * check of an imported file (backup, checklist, assessment) reports through it.
 */
import type * as v from 'valibot';

/** How a field's key reads; array items read as "<singular> N". */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  stores: '',
  sites: 'site',
  pages: 'page',
  verdicts: 'verdict',
  settings: 'setting',
  checklists: 'checklist',
  campaigns: 'campaign',
  snapshots: 'kept assessment',
  checklist: 'checklist',
  custom: 'custom indicator',
  items: 'item',
  indicators: 'indicator',
  findings: 'finding',
  evidence: 'evidence item',
  emailFields: 'email field',
  organisations: 'organisation',
  history: 'version note',
  phrases: 'phrase',
  keywords: 'keyword',
  links: 'link pattern',
  addedEvidence: 'added evidence item',
  assessments: 'site',
};

/** "custom indicator 2, detector, keywords" for ['custom', 1, 'detector', 'keywords']. */
export function plainPath(path: readonly (string | number)[]): string {
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    if (typeof key === 'number') continue;
    const word = FIELD_WORDS[key];
    if (typeof next === 'number') {
      words.push(`${word || key} ${next + 1}`);
      i++;
    } else if (word !== '') words.push(key);
  }
  return words.join(', ') || 'the file';
}

export function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

/** At most three problems, each "where: what", and how many more. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const shown = issues
    .slice(0, 3)
    .map((issue) => `${plainPath(issuePath(issue))}: ${plainMessage(issue)}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : '';
  return `${shown.join('; ')}${more}`;
}

/** A validator's issue in words; the schemas give their own messages for the common checks. */
function plainMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.message && !issue.message.startsWith('Invalid ')) return issue.message;
  if (issue.expected === 'never') return 'is not a field this file may have';
  switch (issue.kind === 'schema' ? issue.type : '') {
    case 'string':
      return 'should be text';
    case 'number':
      return 'should be a number';
    case 'boolean':
      return 'should be true or false';
    case 'array':
      return 'should be a list';
    case 'object':
    case 'strict_object':
      return issue.input === undefined ? 'is missing' : 'should be a group of fields';
    case 'picklist':
    case 'literal':
      return `${JSON.stringify(issue.input)?.slice(0, 60)} is not one of the allowed values`;
    default:
      return issue.input === undefined ? 'is missing' : 'is not valid here';
  }
}
