import {
  because,
  blockEvidence,
  decide,
  linkEvidence,
  matchingBlocks,
  matchingLinks,
  type PageEvidence,
  sentenceAt,
  TENTATIVE,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

const STREAM =
  /\b(live[- ]?stream(ed|ing|s)?|stream(ing)? (them|it|our meetings|the meetings|(our |the )?board meetings|meetings)|webcast(s|ing)?|watch (the meeting |meetings? |it )?live|broadcast live|streamed live|(video|audio) recordings?|recordings? (of (the|our|previous|past) meetings? )?(are|is|will be) (available|published|posted)|recorded and (published|uploaded|made available)|(observe|observed|watch|watched|join|joined|follow) (the )?(meetings? )?(live |online )?(via|on|using|through) (microsoft )?(teams|zoom)|recordings? of (the |our |previous |past )?(board |governing body |public )?meetings|(full |video |audio )?recordings? of (a|an|the|our|each|every) [\w ]{0,40}meetings?|(observed|watched) online|watch (previous|past|recorded) meetings)\b/i;
/** A published link to follow the meeting live: "use the link below to access the live meeting". */
const LINK_TO_THE_LIVE_MEETING =
  /\b(live link to the meeting|link (below |above )?to (join|access|watch|view|observe) the (live )?[\w ]{0,30}meeting|(click|use) (this|the) link (below |above )?to (join|access|watch|view|observe)|access the live [\w ]{0,30}meeting)\b/i;
const MEETING = /\b(meetings?|board|governing body|agm)\b/i;
const STREAM_LINK =
  /\b(watch (live|the meeting|meetings|recordings?|previous meetings)|live ?stream|webcast|meeting recordings?)\b/i;
const STREAM_PATH =
  /youtube\.com\/.*\/(streams|live)$|\/webcasts?\b|public-i\.tv|\.(public-i|civico)\./i;

/** Rules for the public recording a meeting: a permission, not a recording published. */
const PUBLIC_RECORDING =
  /\b(film(ing)? or record(ing)?|record(ing)? or film(ing)?|intentions? to (film|record)|wish(es|ing)? to (film|record)|may (film|record)|recording of (the )?meetings? by (the public|members of the public))\b/i;
const STREAMED_OR_PUBLISHED =
  /\b(live[- ]?stream|webcast|broadcast|watch|youtube|(available|published|posted|uploaded) (on|to)|are (available|published))\b/i;
const HELD_ONLINE =
  /\b(virtual|remote|online) meetings?\b|\bheld (remotely|virtually|online)\b|\b(join|observe) the meeting\b|\b(accessing|access to) (the )?meetings?\b/i;
/** Accessible formats: large print, braille, audio versions of documents. */
const ALTERNATIVE_FORMATS =
  /\b(large print|braille|easy read|alternative formats?|different format)\b/i;

export default defineIndicator({
  id: 'meeting-livestream',
  group: 'board',
  title: 'Meetings live-streamed or recorded',
  counts: 'meetings are live-streamed, webcast, or their recordings published',
  doesNotCount: 'a video that is not of a meeting',
  polarity: 'good',
  detect(page) {
    const strong: PageEvidence[] = matchingLinks(page, STREAM_LINK, STREAM_PATH).map(linkEvidence);
    const weak: PageEvidence[] = [];
    const pageIsAboutMeetings =
      MEETING.test(page.title) || page.headings.some((heading) => MEETING.test(heading.text));
    // A page that sets rules for the public recording its meetings uses "recording of meetings"
    // for that permission: only words of streaming or publishing count there.
    const recordingRules = !matchingBlocks(page, PUBLIC_RECORDING).next().done;
    for (const { block, index, length } of matchingBlocks(page, STREAM)) {
      // The public filming a meeting, or an audio version of a leaflet, is no stream of ours.
      if (PUBLIC_RECORDING.test(block.text) || ALTERNATIVE_FORMATS.test(block.text)) continue;
      if (recordingRules && !STREAMED_OR_PUBLISHED.test(block.text)) continue;
      // A plan in another sentence of the block ("we hope to meet in person again; meanwhile
      // meetings continue to be live-streamed") does not make this one tentative.
      const definite =
        !TENTATIVE.test(sentenceAt(block.text, index)) &&
        (MEETING.test(block.text) || pageIsAboutMeetings);
      (definite ? strong : weak).push(blockEvidence(block, index, length));
    }
    for (const { block, index, length } of matchingBlocks(page, LINK_TO_THE_LIVE_MEETING)) {
      if (block.region === 'main' && (MEETING.test(block.text) || pageIsAboutMeetings))
        strong.push({
          ...blockEvidence(block, index, length),
          why: 'a published link to follow the meeting live',
        });
    }
    // Meetings held online that the public may join: a way to follow them, not a stream.
    if (strong.length === 0 && pageIsAboutMeetings) {
      for (const { block, index, length } of matchingBlocks(page, HELD_ONLINE)) {
        if (block.region === 'main') weak.push(blockEvidence(block, index, length));
      }
    }
    return decide(
      because('meetings streamed, webcast or their recordings published', strong),
      because('streaming planned, or meetings held online', weak),
    );
  },
});
