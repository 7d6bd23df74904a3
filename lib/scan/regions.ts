/**
 * Which part of the page an element is: header, navigation, footer, sidebar or main content,
 * from its tag, its ARIA role, or the words of its id and class. Read by the page walk.
 */
import type { Region } from './facts.ts';

const REGION_BY_TAG: Record<string, Region> = {
  header: 'header',
  nav: 'nav',
  footer: 'footer',
  aside: 'aside',
  main: 'main',
};
const REGION_BY_ROLE: Record<string, Region> = {
  banner: 'header',
  navigation: 'nav',
  contentinfo: 'footer',
  complementary: 'aside',
  main: 'main',
};
const REGION_BY_NAME: [RegExp, Region][] = [
  [/(^|[\s_-])(site-?)?footer|colophon|nhsuk-footer/i, 'footer'],
  [
    /(^|[\s_-])(site-?|masthead|global-?)?header(?![\w-]*(title|text|image|content))|masthead|nhsuk-header/i,
    'header',
  ],
  [/(^|[\s_-])(nav|navbar|navigation|menu|mega-?menu|breadcrumbs?)($|[\s_-])/i, 'nav'],
  [/(^|[\s_-])(sidebar|widget-area)($|[\s_-])|cookie|consent|gdpr/i, 'aside'],
];

/** A cheap first test of an id and class before the region patterns. */
const REGION_WORDS =
  /footer|colophon|header|masthead|nav|menu|breadcrumb|sidebar|widget-area|cookie|consent|gdpr/i;

export function regionFromElement(
  el: Element,
  tag: string,
  role: string | null,
  names: readonly string[],
): Region | undefined {
  const byTag = REGION_BY_TAG[tag];
  if (byTag) return byTag;
  if (role && REGION_BY_ROLE[role]) return REGION_BY_ROLE[role];
  if (tag !== 'div' && tag !== 'section' && tag !== 'ul') return undefined;
  const hasId = names.includes('id');
  const hasClass = names.includes('class');
  if (!hasId && !hasClass) return undefined;
  const name = `${hasId ? el.getAttribute('id') : ''} ${hasClass ? el.getAttribute('class') : ''}`;
  if (name.length < 3 || name.length > 300 || !REGION_WORDS.test(name)) return undefined;
  for (const [pattern, region] of REGION_BY_NAME) if (pattern.test(name)) return region;
  return undefined;
}

export function isHidden(el: Element, names: readonly string[]): boolean {
  if (names.includes('hidden')) return true;
  if (!names.includes('style')) return false;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

export function headingLevelOf(el: Element, tag: string, role: string | null): number {
  if (tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6') return Number(tag[1]);
  if (role === 'heading') return Number(el.getAttribute('aria-level')) || 2;
  return 0;
}
