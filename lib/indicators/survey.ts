import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'survey',
  group: 'engagement',
  title: 'Survey or consultation',
  counts:
    'a survey or consultation to answer: a link to an online survey (SurveyMonkey, Smart Survey, Microsoft Forms, Google Forms, Citizen Space, a "have your say" questionnaire) or a survey form',
  doesNotCount: 'news that a survey happened with nothing to answer',
  polarity: 'good',
});
