/**
 * The keyword baseline every figure is read against: what an auditor's Ctrl+F finds. One plain
 * regular expression per indicator over the page's text; `found` when it matches, else
 * `not-found` (a keyword search has no "needs review").
 */
import type { IndicatorId } from '../../lib/indicators/index.ts';
import type { ScanStatus } from '../../lib/indicators/types.ts';

export const KEYWORD_BASELINE: Record<IndicatorId, RegExp> = {
  'board-members':
    /\b(board members|governing body members|members of the (board|governing body)|our board|non-executive directors?|lay members?)\b/i,
  'board-member-contact': /\bcontact (the )?(chair|board members?|members of the board)\b/i,
  'board-secretariat':
    /\b(board secretary|company secretary|trust secretary|corporate (office|affairs|governance)|governance (team|manager))\b/i,
  'public-meetings': /\b(meetings? (held )?in public|public meetings?|board meetings?)\b/i,
  'public-questions':
    /\b(questions? from (members of )?the public|public questions?|ask a question)\b/i,
  'meeting-livestream': /\b(live[- ]?stream(ed|ing)?|webcast|recordings? of (the )?meetings?)\b/i,
  'engagement-lead':
    /\b(engagement|involvement|patient experience|communications and engagement) (team|lead|manager|officer)\b/i,
  'involvement-opportunities':
    /\b(get involved|patient participation group|patient (panel|forum|group)|citizens'? panel|join (our|the)|become a member|volunteer)/i,
  survey: /\b(survey|questionnaire|consultation|have your say)s?\b/i,
  newsletter: /\b(newsletter|e-?bulletin|bulletin|mailing list)s?\b/i,
  blog: /\bblogs?\b/i,
  video: /\b(videos?|youtube)\b/i,
  'social-media': /\b(twitter|facebook|instagram|linkedin|follow us)\b/i,
  'patient-stories':
    /\b(patient stories|share your (story|experience)|tell us about your experience)\b/i,
  'email-address': /[\w.+-]+@[\w-]+(\.[\w-]+)+/,
  'contact-form-only': /\bcontact form\b/i,
  phone: /\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b/,
  pals: /\b(PALS|patient advice and liaison)\b/i,
  healthwatch: /\bhealthwatch\b/i,
  foi: /\b(freedom of information|foi|publication scheme)\b/i,
  'empty-sections': /\b(coming soon|under construction|content to follow|page not found)\b/i,
};

/** The page's text as Ctrl+F searches it. */
export function pageText(doc: Document): string {
  return (doc.body?.textContent ?? '').replace(/\s+/g, ' ');
}

export function keywordStatus(text: string, id: IndicatorId): ScanStatus {
  return KEYWORD_BASELINE[id].test(text) ? 'found' : 'not-found';
}
