import type { LinkFact } from '../scan/facts.ts';
import {
  because,
  blockEvidence,
  decide,
  linkEvidence,
  matchingBlocks,
  type PageEvidence,
} from '../scan/match.ts';
import { defineIndicator } from './types.ts';

/** Hosts of social networks, and the paths on them that are accounts (not posts or videos). */
const NETWORKS: { host: RegExp; account: RegExp }[] = [
  {
    host: /(^|\.)(twitter|x)\.com$/,
    account: /^\/(?!intent|share|home|search|hashtag|i\/)[A-Za-z0-9_]{1,15}\/?$/,
  },
  {
    host: /(^|\.)(facebook|fb)\.com$/,
    account:
      /^\/(?!sharer|share|dialog|plugins|login)(pages\/[^/]+\/\d+|groups\/[^/]+|profile\.php|[A-Za-z0-9.-]+)\/?$/,
  },
  {
    host: /(^|\.)youtube\.com$/,
    account:
      /^\/(@[^/]+|c\/[^/]+|channel\/[^/]+|user\/[^/]+)(\/(videos|featured|streams|playlists))?\/?$/,
  },
  { host: /(^|\.)instagram\.com$/, account: /^\/(?!p\/|reel\/|explore)[A-Za-z0-9_.]+\/?$/ },
  { host: /(^|\.)linkedin\.com$/, account: /^\/(company|school|in|showcase)\/[^/]+\/?$/ },
  { host: /(^|\.)flickr\.com$/, account: /^\/(photos|people)\/[^/]+\/?$/ },
  { host: /(^|\.)tiktok\.com$/, account: /^\/@[^/]+\/?$/ },
  { host: /(^|\.)threads\.(net|com)$/, account: /^\/@[^/]+\/?$/ },
  { host: /(^|\.)bsky\.app$/, account: /^\/profile\/[^/]+\/?$/ },
  { host: /(^|\.)pinterest\.(com|co\.uk)$/, account: /^\/[A-Za-z0-9_]+\/?$/ },
  { host: /(^|\.)vimeo\.com$/, account: /^\/(channels\/)?[A-Za-z][A-Za-z0-9_]+\/?$/ },
];

/** Any of the networks' hosts: one test before the per-network ones. */
const SOCIAL_HOST =
  /(^|\.)(twitter|x|facebook|fb|youtube|instagram|linkedin|flickr|tiktok|threads|bsky|pinterest|vimeo)\.[a-z.]+$/;
/** Share buttons point at these, with the page to share in the query. */
const SHARE_URL =
  /\/(intent|sharer|share|sharearticle|shareArticle|submit|dialog\/share)([/.?]|$)|[?&](url|u|text)=/i;
/** "Follow NHS England on Twitter": another body's account, said so in its own label. */
const OTHER_BODY_LABEL =
  /\b(nhs england|healthwatch|council|hospital|trust|nhs 111|public health england)\b/i;

const ACCOUNTS_NAMED =
  /\b(follow|find|connect with|like) us\b[^.]{0,60}\b(twitter|facebook|instagram|linkedin|youtube|tiktok|social media)\b|\b(our|the trust'?s|the practice'?s) social media (channels|accounts|pages)\b/i;

const ACCOUNT_IN_TEXT =
  /\b(twitter|x|facebook|instagram|tiktok|linkedin)\.com\/(?!intent|share|sharer)[A-Za-z0-9_.]{2,}|(?<![\w.])@[A-Za-z0-9_]{2,15}\b[^.@]{0,30}\b(on|via) (twitter|x|instagram|threads|tiktok)\b|\b(twitter|instagram|tiktok)\b[^.@]{0,20}(?<![\w.])@[A-Za-z0-9_]{2,15}\b/i;

function socialAccountOf(link: LinkFact): boolean {
  // Most links go elsewhere: test the host before parsing the URL.
  if (!SOCIAL_HOST.test(link.host)) return false;
  const host = link.host.replace(/^(www|m|mobile|uk)\./, '');
  const network = NETWORKS.find((candidate) => candidate.host.test(host));
  if (!network) return false;
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return false;
  }
  return !SHARE_URL.test(url.pathname + url.search) && network.account.test(url.pathname);
}

export default defineIndicator({
  id: 'social-media',
  group: 'engagement',
  title: 'Social media accounts',
  counts:
    "links to the organisation's own accounts on social networks (X/Twitter, Facebook, YouTube channel, Instagram, LinkedIn, Flickr, TikTok, ...)",
  doesNotCount: 'share buttons (share/intent URLs); accounts of other bodies',
  polarity: 'good',
  detect(page) {
    const accounts = page.links.filter(
      (link) => socialAccountOf(link) && !OTHER_BODY_LABEL.test(link.label),
    );
    // "Find us on Twitter and Facebook", "our social media channels" with no account to follow
    // (icons the page lost, or none): for a person to look at.
    const named = [...matchingBlocks(page, ACCOUNTS_NAMED)]
      .filter(({ block }) => block.region !== 'nav' && !OTHER_BODY_LABEL.test(block.text))
      .map(({ block, index, length }) => blockEvidence(block, index, length));
    // An account written out: "@ExampleCCG on Twitter", "facebook.com/ExampleCCG".
    const written: PageEvidence[] = [];
    for (const { block, index, length } of matchingBlocks(page, ACCOUNT_IN_TEXT)) {
      if (block.region !== 'nav' && !OTHER_BODY_LABEL.test(block.text))
        written.push(blockEvidence(block, index, length));
    }
    return decide(
      [
        ...because('a link to an account', accounts.map(linkEvidence)),
        ...because('an account written out', written),
      ],
      because('networks named without an account', named),
    );
  },
});
