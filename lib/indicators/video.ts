import {
  because,
  blockEvidence,
  decide,
  linkEvidence,
  matchingBlocks,
  type PageEvidence,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

const PLAYER =
  /youtube(-nocookie)?\.com\/(embed|watch|shorts|live\/)|youtu\.be\/|player\.vimeo\.com|vimeo\.com\/(video\/)?\d+|dailymotion\.com\/(embed|video)|brightcove|kaltura|vidyard|wistia|jwplayer|web\.microsoftstream\.com|stream\.microsoft\.com|\.(mp4|webm|m4v|mov)(\?|$)/i;
const VIDEO_LABEL = /\b(videos?|ccg tv|icb tv|trust tv|watch (our|the|this)|film|animation)\b/i;
/** Videos spoken of as things to watch ("our new video", "watch the film"), not any use of the word. */
const VIDEO_WORDS =
  /\b(our|this|these|new|short) (short |new )?(videos?|films?)\b|\bwatch\b[^.]{0,30}\b(videos?|films?|animation)\b|\bvideos? (about|explaining|showing|of (our|the|a))\b/i;
/** The page shows the video: "watch this short video", "the film below" (the player is beside it). */
const VIDEO_ON_THE_PAGE =
  /\bwatch (this|the following)( [a-z]+){0,2} (video|film|animation)\b|\b(video|film|animation) (below|above)\b/i;
/** A platform's account to subscribe to is social media. */
const SUBSCRIBE = /\bsubscribe\b|\bchannel\b/i;

const NOT_A_VIDEO =
  /\bvideo (recording|call|consultation|conferenc(e|ing)|link|appointment)s?\b|\b(audio and\/or|audio or|and\/or) video\b/i;

export default defineIndicator({
  id: 'video',
  group: 'engagement',
  title: 'Videos',
  counts:
    'videos: embedded players (YouTube, Vimeo, ...), a video page such as "CCG TV", links to videos',
  doesNotCount: "a social-media link to a video platform's account alone (that is social-media)",
  polarity: 'good',
  detect(page) {
    const strong: PageEvidence[] = [];
    for (const media of page.media) {
      if (media.tag === 'video' || PLAYER.test(media.src)) {
        strong.push({
          text: media.title || `Embedded player: ${media.src}`,
          el: media.el,
          href: media.src,
        });
      }
    }
    for (const link of page.links) {
      if (!link.host) continue;
      if (PLAYER.test(link.href) || (VIDEO_LABEL.test(link.label) && !isPlatformAccount(link.href)))
        strong.push(linkEvidence(link));
    }
    if (/\b(ccg|icb|trust) tv\b|\bvideos?\b/i.test(page.title))
      strong.push({ text: page.title, selector: 'title' });
    for (const { block, index, length } of matchingBlocks(page, VIDEO_ON_THE_PAGE)) {
      if (block.region === 'main')
        strong.push({ ...blockEvidence(block, index, length), why: 'a video the page shows' });
    }
    // Video calls, video recording rules and a channel to subscribe to are not videos to watch.
    const weak = [...matchingBlocks(page, VIDEO_WORDS)]
      .filter(({ block }) => !NOT_A_VIDEO.test(block.text) && !SUBSCRIBE.test(block.text))
      .map(({ block, index, length }) => blockEvidence(block, index, length));
    return decide(
      because('an embedded player or a link to a video', strong),
      because('videos named with none shown', weak),
    );
  },
});

/** A link to a video platform's account is social media, not a video. */
function isPlatformAccount(href: string): boolean {
  return (
    /(youtube\.com\/(@|c\/|channel\/|user\/)|vimeo\.com\/(channels\/)?[a-z][\w-]*\/?$)/i.test(
      href,
    ) && !PLAYER.test(href)
  );
}
