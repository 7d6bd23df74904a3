/** The ordered registry of indicators: the checklist's order, one file per catalogue id. */

import blog from './blog.ts';
import boardMemberContact from './board-member-contact.ts';
import boardMembers from './board-members.ts';
import boardSecretariat from './board-secretariat.ts';
import contactFormOnly from './contact-form-only.ts';
import emailAddress from './email-address.ts';
import emptySections from './empty-sections.ts';
import engagementLead from './engagement-lead.ts';
import foi from './foi.ts';
import healthwatch from './healthwatch.ts';
import involvementOpportunities from './involvement-opportunities.ts';
import meetingLivestream from './meeting-livestream.ts';
import newsletter from './newsletter.ts';
import pals from './pals.ts';
import patientStories from './patient-stories.ts';
import phone from './phone.ts';
import publicMeetings from './public-meetings.ts';
import publicQuestions from './public-questions.ts';
import socialMedia from './social-media.ts';
import survey from './survey.ts';
import video from './video.ts';

export const INDICATORS = [
  boardMembers,
  boardMemberContact,
  boardSecretariat,
  publicMeetings,
  publicQuestions,
  meetingLivestream,
  engagementLead,
  involvementOpportunities,
  survey,
  newsletter,
  blog,
  video,
  socialMedia,
  patientStories,
  emailAddress,
  contactFormOnly,
  phone,
  pals,
  healthwatch,
  foi,
  emptySections,
] as const;

export type IndicatorId = (typeof INDICATORS)[number]['id'];
export const INDICATOR_IDS: readonly IndicatorId[] = INDICATORS.map((indicator) => indicator.id);

const byId = new Map<string, (typeof INDICATORS)[number]>(
  INDICATORS.map((indicator) => [indicator.id, indicator]),
);

export function indicatorById(id: IndicatorId): (typeof INDICATORS)[number] {
  return byId.get(id)!;
}

export type { Detection, Evidence, GroupId, Indicator, ScanStatus } from './types.ts';
export { GROUPS } from './types.ts';
