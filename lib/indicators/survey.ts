import {
  because,
  blockEvidence,
  decide,
  linkEvidence,
  matchingBlocks,
  PAST_OR_CLOSED,
  type PageEvidence,
  sentenceAt,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

/** Survey and consultation platforms. */
const SURVEY_HOST =
  /(^|\.)(surveymonkey\.(com|co\.uk|net)|smartsurvey\.co\.uk|surveygizmo\.(com|eu)|alchemer\.(com|eu)|forms\.office\.com|forms\.microsoft\.com|forms\.gle|citizenspace\.com|engagementhq\.com|qualtrics\.com|typeform\.com|jotform\.com|snapsurveys\.com|onlinesurveys\.ac\.uk|yourvoice\.[a-z.]+|consultations?\.[a-z.]+|bang-the-table|commonplace\.is|mysurvey\.[a-z.]+)$/i;
const SURVEY_PATH =
  /docs\.google\.com\/forms|\/(s|r|survey|surveys|questionnaire|consultations?)\/[^/]+|\/forms\/d\//i;
const SURVEY_WORDS =
  /\b(surveys?|questionnaires?|consultations?|have your say|friends and family test|fft)\b/i;
/** "Consultation" in its clinical sense. */
const NOT_A_SURVEY =
  /\b(telephone|phone|video|online|face[- ]to[- ]face|gp|doctor'?s?|clinical|e-?|routine|urgent|follow[- ]up)[- ]consultations?\b|consultation rooms?\b|\b(arrange|book|have|offered|during|your|for) (a |the |your )?consultations?\b|consultations? (are|is) by appointment/i;
/** A particular survey spoken of as current, not surveys in general. */
const NAMED_SURVEY =
  /\b(friends and family test|fft|(this|our|a new|current|latest) ([a-z]+ ){0,3}(survey|questionnaire|consultation)|(survey|questionnaire|consultation) (is|are) (now )?(open|live|running)|current(ly)? (running|open)|have your say)\b/i;
/** Survey words for a block: "have your say" alone is a slogan, not a survey. */
const SURVEY_NOUNS = /\b(surveys?|questionnaires?|consultations?|friends and family test|fft)\b/i;
/** A survey spoken of as done: its findings, a recent or last year's one (LABELLING decision 8). */
const DONE =
  /\b(recent|last year['’]?s?|previous|was (held|carried out|run)|findings|results|analysis|took part|responded)\b/i;
const INVITATION =
  /\b(take|complete|fill in|fill out|answer|start|respond to|give us your views|tell us what you think|share your views|closes on|open until|deadline|online form|feedback form)\b/i;

export default defineIndicator({
  id: 'survey',
  group: 'engagement',
  title: 'Survey or consultation',
  counts:
    'a survey or consultation to answer: a link to an online survey (SurveyMonkey, Smart Survey, Microsoft Forms, Google Forms, Citizen Space, a "have your say" questionnaire) or a survey form',
  doesNotCount: 'news that a survey happened with nothing to answer',
  polarity: 'good',
  detect(page) {
    const strong: PageEvidence[] = [];
    const weak: PageEvidence[] = [];
    for (const link of page.links) {
      if (!link.host) continue;
      const onPlatform =
        SURVEY_HOST.test(link.host) || (link.host !== page.host && SURVEY_PATH.test(link.href));
      const namesOne =
        SURVEY_WORDS.test(link.label) &&
        (INVITATION.test(link.label) || INVITATION.test(link.block.text));
      if ((onPlatform || namesOne) && !PAST_OR_CLOSED.test(link.block.text))
        strong.push(linkEvidence(link));
    }
    for (const form of page.forms) {
      if (SURVEY_WORDS.test(form.text) || /survey|questionnaire/.test(form.attrs))
        strong.push(blockEvidenceOf(form.el));
    }
    // A survey in particular named without one to answer (the Friends and Family Test explained,
    // "our patient survey" without its link): for a person to look at. "We run surveys and
    // focus groups" names no survey, so nothing.
    for (const { block, index, length } of matchingBlocks(page, SURVEY_NOUNS)) {
      if (block.region === 'nav' || NOT_A_SURVEY.test(block.text)) continue;
      // A survey that has closed, or whose findings are reported, has nothing to answer: past
      // surveys are 0 under LABELLING.md decision 8.
      const sentence = sentenceAt(block.text, index);
      if (PAST_OR_CLOSED.test(block.text) || DONE.test(sentence)) continue;
      const named =
        block.headingLevel > 0 || NAMED_SURVEY.test(block.text) || INVITATION.test(block.text);
      if (named) weak.push(blockEvidence(block, index, length));
    }
    return decide(
      because('a survey to answer: a link to a survey platform or a survey form', strong),
      because('a survey in particular named without a way to answer it', weak),
    );
  },
});

function blockEvidenceOf(el: Element): PageEvidence {
  return { text: 'A survey form on the page', el };
}
