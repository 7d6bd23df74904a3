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
const VIDEO_WORDS = /\b(videos?|watch (our|the|this) (film|video))\b/i;

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
    // Video calls and video recording rules are not videos to watch.
    const weak = [...matchingBlocks(page, VIDEO_WORDS)]
      .filter(({ block }) => !NOT_A_VIDEO.test(block.text))
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
