/**
 * One pass over a page's DOM that collects everything the indicators judge: text blocks, links,
 * email addresses, phone numbers, embedded media, forms and headings with what follows them.
 *
 * Pure and layout-free: it reads node properties and attributes only (never `innerText` or
 * computed styles), so it runs the same in a live tab, on a DOMParser document and in Node.
 * Bounded on hostile pages: no recursion (deep nesting), text read per node and per page is capped.
 */
import {
  decodeCloudflareEmail,
  decodeJoomlaCloak,
  decodeJoomlaHiddenMail,
  extractEmails,
  extractPhones,
  normaliseMailto,
  normaliseTel,
} from './contacts.ts';

export type Region = 'header' | 'nav' | 'footer' | 'aside' | 'main';

/** A block-level element with the text that belongs to it directly (not to nested blocks). */
export interface Block {
  el: Element;
  tag: string;
  text: string;
  region: Region;
  /** 1-6 for headings (also `<b>`/`<strong>` used as one), else 0. */
  headingLevel: number;
}

export interface LinkFact {
  el: Element;
  /** The href attribute as written. */
  rawHref: string;
  /** Absolute URL, or the raw href when it cannot be parsed. */
  href: string;
  /** Lower-case host of the target ('' for mailto:, tel: and the like). */
  host: string;
  /** The visible text. */
  text: string;
  /** Text, aria-label, title and image alt together, lower-case: what the link says it is. */
  label: string;
  block: Block;
  region: Region;
}

export type EmailSource = 'mailto' | 'text' | 'protected' | 'obfuscated';
export interface EmailFact {
  address: string;
  el: Element;
  source: EmailSource;
  href?: string;
  /** The text around it (its block), for telling whose address it is. */
  context: string;
  region: Region;
}

export interface PhoneFact {
  /** As written on the page. */
  display: string;
  /** National digits, e.g. 01614960123. */
  digits: string;
  el: Element;
  source: 'tel' | 'text';
  fax: boolean;
  href?: string;
  context: string;
  region: Region;
}

export interface MediaFact {
  el: Element;
  tag: string;
  /** src, or a lazy-loading attribute's URL when src is absent. */
  src: string;
  title: string;
}

export interface FormFact {
  el: Element;
  /** Inputs meant for an email address. */
  emailInputs: Element[];
  /** Textareas: a form to write a message. */
  messageFields: Element[];
  hasMessageField: boolean;
  /** Text inside the form (labels, legends, buttons), lower-case, capped. */
  text: string;
  /** Attributes that name the form: id, class, name, action. */
  attrs: string;
}

export interface HeadingFact {
  el: Element;
  level: number;
  text: string;
  /** Characters of text (and weight of media, links, forms) in its section before the next heading of the same or a higher level. */
  contentWeight: number;
  region: Region;
}

export interface PageFacts {
  url: string;
  /** Lower-case host of the page without `www.`. */
  host: string;
  title: string;
  doc: Document;
  blocks: Block[];
  links: LinkFact[];
  emails: EmailFact[];
  phones: PhoneFact[];
  media: MediaFact[];
  forms: FormFact[];
  headings: HeadingFact[];
  /** Characters of text in the main content (not header, nav, footer or aside). */
  mainTextChars: number;
  /** Script texts of the page, capped; some sites write email addresses with scripts. */
  scripts: string[];
}

const MAX_CHARS_PER_TEXT_NODE = 20_000;
const MAX_CHARS_PER_PAGE = 2_000_000;
const MAX_CHARS_PER_BLOCK = 4_000;
const MAX_CHARS_PER_FORM = 2_000;
const MAX_SCRIPT_CHARS = 20_000;

const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'select',
  'datalist',
  'svg',
  'math',
  'canvas',
]);
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'label',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'button',
  'center',
  'br',
]);
const SECTIONING_TAGS = new Set([
  'section',
  'article',
  'aside',
  'main',
  'header',
  'footer',
  'nav',
  'body',
  'html',
]);
const MEDIA_TAGS = new Set(['iframe', 'video', 'embed', 'object', 'audio']);
const LAZY_SRC_ATTRS = ['src', 'data-src', 'data-lazy-src', 'data-url', 'data-embed-src', 'data'];
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

interface OpenBlock {
  block: Block;
  parts: string[];
  chars: number;
}
interface OpenLink {
  el: Element;
  rawHref: string;
  parts: string[];
  extraLabel: string[];
  region: Region;
  block: OpenBlock;
}
interface OpenForm {
  fact: FormFact;
  chars: number;
  parts: string[];
}
interface OpenHeading {
  fact: HeadingFact;
  /** The sectioning element it belongs to: leaving it ends the heading's section. */
  section: Element;
}

/** Frames of the explicit traversal stack: enter a node, or leave an element. */
type Frame = { node: Node; leave: false } | { node: Element; leave: true; onLeave: (() => void)[] };

function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function regionFromElement(el: Element, tag: string): Region | undefined {
  const byTag = REGION_BY_TAG[tag];
  if (byTag) return byTag;
  const role = el.getAttribute('role');
  if (role && REGION_BY_ROLE[role]) return REGION_BY_ROLE[role];
  if (tag !== 'div' && tag !== 'section' && tag !== 'ul') return undefined;
  const name = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  if (name.length < 3 || name.length > 300) return undefined;
  for (const [pattern, region] of REGION_BY_NAME) if (pattern.test(name)) return region;
  return undefined;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function headingLevelOf(el: Element, tag: string): number {
  if (tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6') return Number(tag[1]);
  if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level')) || 2;
  return 0;
}

function isEmailInput(el: Element): boolean {
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'email') return true;
  if (type !== 'text' && type !== '') return false;
  const names = `${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('autocomplete') ?? ''} ${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
  return /e-?mail/i.test(names);
}

function resolveHref(raw: string, base: string): { href: string; host: string } {
  try {
    const url = new URL(raw.trim(), base);
    return {
      href: url.href,
      host: url.protocol.startsWith('http') ? url.hostname.toLowerCase() : '',
    };
  } catch {
    return { href: raw, host: '' };
  }
}

/** Collects the facts of a page. `url` is the page's address (a DOMParser document has none). */
export function collectFacts(doc: Document, url: string): PageFacts {
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  const base = baseHref ? resolveHref(baseHref, url).href : url;
  const host = resolveHref(url, url).host.replace(/^www\./, '');
  const facts: PageFacts = {
    url,
    host,
    title: collapse(doc.querySelector('title')?.textContent ?? '').slice(0, 300),
    doc,
    blocks: [],
    links: [],
    emails: [],
    phones: [],
    media: [],
    forms: [],
    headings: [],
    mainTextChars: 0,
    scripts: [],
  };

  let pageChars = 0;
  // Text inside <main> (or role=main) when the page has one; else outside header, nav, footer.
  let mainElementDepth = 0;
  let sawMainElement = false;
  let mainElementChars = 0;
  const regionStack: Region[] = ['main'];
  const blockStack: OpenBlock[] = [];
  const formStack: OpenForm[] = [];
  let openLink: OpenLink | undefined;
  let openHeadings: OpenHeading[] = [];
  const sectionStack: Element[] = [];
  const emailInputsOutsideForms: Element[] = [];

  const addWeight = (weight: number) => {
    for (const heading of openHeadings) heading.fact.contentWeight += weight;
  };
  const closeHeadingsFrom = (level: number) => {
    openHeadings = openHeadings.filter((h) => h.fact.level < level);
  };

  const root = doc.documentElement ?? doc;
  const stack: Frame[] = [{ node: root, leave: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.leave) {
      for (const fn of frame.onLeave) fn();
      continue;
    }
    const node = frame.node;
    if (node.nodeType === 3) {
      if (pageChars >= MAX_CHARS_PER_PAGE) continue;
      const raw = (node as Text).data;
      const data =
        raw.length > MAX_CHARS_PER_TEXT_NODE ? raw.slice(0, MAX_CHARS_PER_TEXT_NODE) : raw;
      if (!/\S/.test(data)) continue;
      pageChars += data.length;
      const open = blockStack[blockStack.length - 1];
      if (open && open.chars < MAX_CHARS_PER_BLOCK) {
        open.parts.push(data);
        open.chars += data.length;
      }
      if (openLink) openLink.parts.push(data);
      const form = formStack[formStack.length - 1];
      if (form && form.chars < MAX_CHARS_PER_FORM) {
        form.parts.push(data);
        form.chars += data.length;
      }
      const region = regionStack[regionStack.length - 1]!;
      if (region === 'main' && !open?.block.headingLevel) {
        const visible = data.replace(/[\s\u00a0]+/g, '').length;
        facts.mainTextChars += visible;
        if (mainElementDepth > 0) mainElementChars += visible;
        addWeight(visible);
      }
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;

    const onLeave: (() => void)[] = [];
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (tag === 'script') {
        const text = el.textContent ?? '';
        if (text.length > 0 && facts.scripts.length < 50)
          facts.scripts.push(text.slice(0, MAX_SCRIPT_CHARS));
        continue;
      }
      if (openLink && (tag === 'img' || tag === 'svg')) {
        const alt =
          el.getAttribute('alt') ??
          el.getAttribute('aria-label') ??
          el.querySelector?.('title')?.textContent;
        if (alt) openLink.extraLabel.push(alt);
      }
      if (SKIPPED_TAGS.has(tag) || isHidden(el)) continue;

      if (tag === 'main' || el.getAttribute('role') === 'main') {
        sawMainElement = true;
        mainElementDepth++;
        onLeave.push(() => mainElementDepth--);
      }
      const region = regionFromElement(el, tag);
      if (region) {
        regionStack.push(region);
        onLeave.push(() => regionStack.pop());
      }
      if (SECTIONING_TAGS.has(tag)) {
        sectionStack.push(el);
        onLeave.push(() => {
          sectionStack.pop();
          openHeadings = openHeadings.filter((h) => h.section !== el);
        });
      }
      const currentRegion = regionStack[regionStack.length - 1]!;

      const level = headingLevelOf(el, tag);
      if (BLOCK_TAGS.has(tag) || level > 0) {
        const block: Block = { el, tag, text: '', region: currentRegion, headingLevel: level };
        const open: OpenBlock = { block, parts: [], chars: 0 };
        blockStack.push(open);
        if (level > 0) closeHeadingsFrom(level);
        onLeave.push(() => {
          blockStack.pop();
          block.text = collapse(open.parts.join(' ')).slice(0, MAX_CHARS_PER_BLOCK);
          if (block.text || level > 0) facts.blocks.push(block);
          if (level > 0 && block.text) {
            const heading: HeadingFact = {
              el,
              level,
              text: block.text,
              contentWeight: 0,
              region: currentRegion,
            };
            facts.headings.push(heading);
            openHeadings.push({
              fact: heading,
              section: sectionStack[sectionStack.length - 1] ?? el,
            });
          }
        });
      }

      if ((tag === 'a' || tag === 'area') && el.hasAttribute('href')) {
        const link: OpenLink = {
          el,
          rawHref: el.getAttribute('href') ?? '',
          parts: [],
          extraLabel: [el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? ''],
          region: currentRegion,
          block: blockStack[blockStack.length - 1]!,
        };
        openLink = link;
        onLeave.push(() => {
          openLink = undefined;
          const text = collapse(link.parts.join(' '));
          const { href, host: linkHost } = resolveHref(link.rawHref, base);
          facts.links.push({
            el,
            rawHref: link.rawHref,
            href,
            host: linkHost,
            text,
            label: collapse(`${text} ${link.extraLabel.join(' ')}`).toLowerCase(),
            block: link.block.block,
            region: link.region,
          });
          addWeight(3);
        });
      }

      if (tag === 'joomla-hidden-mail') {
        const address = decodeJoomlaHiddenMail(el.getAttribute('first'), el.getAttribute('last'));
        if (address)
          facts.emails.push({
            address,
            el,
            source: 'protected',
            context: '',
            region: currentRegion,
          });
      }
      if (el.hasAttribute('data-cfemail')) {
        const address = decodeCloudflareEmail(el.getAttribute('data-cfemail') ?? '');
        if (address)
          facts.emails.push({
            address,
            el,
            source: 'protected',
            context: '',
            region: currentRegion,
          });
      }

      if (
        MEDIA_TAGS.has(tag) ||
        el.hasAttribute('data-video-id') ||
        el.hasAttribute('data-youtube-id')
      ) {
        let src = '';
        for (const attr of LAZY_SRC_ATTRS) {
          const value = el.getAttribute(attr);
          if (value && !value.startsWith('about:') && !value.startsWith('data:')) {
            src = value;
            break;
          }
        }
        const videoId = el.getAttribute('data-video-id') ?? el.getAttribute('data-youtube-id');
        if (!src && videoId) src = `https://www.youtube.com/watch?v=${videoId}`;
        facts.media.push({
          el,
          tag,
          src: resolveHref(src, base).href,
          title: el.getAttribute('title') ?? '',
        });
        addWeight(100);
      }
      if (tag === 'img') addWeight(20);

      if (tag === 'form') {
        const fact: FormFact = {
          el,
          emailInputs: [],
          messageFields: [],
          hasMessageField: false,
          text: '',
          attrs:
            `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''} ${el.getAttribute('name') ?? ''} ${el.getAttribute('action') ?? ''} ${el.getAttribute('role') ?? ''}`.toLowerCase(),
        };
        const open: OpenForm = { fact, chars: 0, parts: [] };
        formStack.push(open);
        onLeave.push(() => {
          formStack.pop();
          fact.text = collapse(open.parts.join(' ')).toLowerCase();
          facts.forms.push(...(isPageWrapper(el) ? formsInsideWrapper(fact) : [fact]));
        });
      }
      if (tag === 'input' || tag === 'textarea' || tag === 'button') {
        const form = formStack[formStack.length - 1];
        const labelText = `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${tag === 'input' ? (el.getAttribute('value') ?? '') : ''} ${el.getAttribute('name') ?? ''}`;
        if (form && form.chars < MAX_CHARS_PER_FORM) {
          form.parts.push(labelText);
          form.chars += labelText.length;
        }
        if (tag === 'textarea') {
          if (form) {
            form.fact.hasMessageField = true;
            form.fact.messageFields.push(el);
          }
          addWeight(50);
        } else if (tag === 'input' && isEmailInput(el)) {
          if (form) form.fact.emailInputs.push(el);
          else emailInputsOutsideForms.push(el);
        }
      }
    }

    if (onLeave.length > 0) stack.push({ node: node as Element, leave: true, onLeave });
    // Children in reverse so that they pop in document order; an open shadow root's content
    // is part of what the visitor sees, so it is read as well.
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leave: false });
    const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
    if (shadow) {
      const shadowChildren = shadow.childNodes;
      for (let i = shadowChildren.length - 1; i >= 0; i--)
        stack.push({ node: shadowChildren[i]!, leave: false });
    }
  }

  if (emailInputsOutsideForms.length > 0) {
    facts.forms.push({
      el: emailInputsOutsideForms[0]!.parentElement ?? emailInputsOutsideForms[0]!,
      emailInputs: emailInputsOutsideForms,
      messageFields: [],
      hasMessageField: false,
      text: '',
      attrs: '',
    });
  }
  if (sawMainElement) facts.mainTextChars = mainElementChars;
  collectContacts(facts);
  return facts;
}

/**
 * ASP.NET Web Forms (Contensis and others) wrap the whole page in one <form>: the real forms
 * are the groups of fields inside it, each in its own container.
 */
function isPageWrapper(form: Element): boolean {
  return (
    form.getAttribute('id') === 'aspnetForm' ||
    form.querySelector('main, nav, header, footer, [role="main"]') !== null
  );
}

function formsInsideWrapper(wrapper: FormFact): FormFact[] {
  const groups = new Map<Element, FormFact>();
  const groupOf = (field: Element): FormFact => {
    const container =
      field.closest(
        'fieldset, [class*="form"], [id*="form" i], [class*="contact"], [class*="enquiry"], section, article',
      ) ??
      field.parentElement ??
      field;
    const box = container === wrapper.el ? (field.parentElement ?? field) : container;
    let group = groups.get(box);
    if (!group) {
      const text = collapse(box.textContent ?? '')
        .slice(0, MAX_CHARS_PER_FORM)
        .toLowerCase();
      group = {
        el: box,
        emailInputs: [],
        messageFields: [],
        hasMessageField: false,
        text,
        attrs: `${box.getAttribute('id') ?? ''} ${box.getAttribute('class') ?? ''}`.toLowerCase(),
      };
      groups.set(box, group);
    }
    return group;
  };
  for (const input of wrapper.emailInputs) groupOf(input).emailInputs.push(input);
  for (const area of wrapper.messageFields) {
    const group = groupOf(area);
    group.messageFields.push(area);
    group.hasMessageField = true;
  }
  return [...groups.values()];
}

/** Email addresses and phone numbers from links and from the text of every block. */
function collectContacts(facts: PageFacts): void {
  const linkedInBlock = new Map<Element, Set<string>>();
  const remember = (block: Element, key: string) => {
    let keys = linkedInBlock.get(block);
    if (!keys) {
      keys = new Set();
      linkedInBlock.set(block, keys);
    }
    keys.add(key);
  };
  for (const script of facts.scripts) {
    const cloaked = decodeJoomlaCloak(script);
    if (!cloaked) continue;
    const el =
      (cloaked.elementId && facts.doc.getElementById(cloaked.elementId)) ||
      facts.doc.body ||
      facts.doc.documentElement;
    if (el)
      facts.emails.push({
        address: cloaked.address,
        el,
        source: 'protected',
        context: '',
        region: 'main',
      });
  }
  for (const fact of facts.emails) {
    const block = facts.blocks.find((b) => b.el === fact.el || b.el.contains(fact.el));
    fact.context = block?.text ?? '';
  }
  for (const link of facts.links) {
    const raw = link.rawHref.trim();
    const context = link.block.text;
    const mailto = normaliseMailto(raw);
    if (mailto) {
      facts.emails.push({
        address: mailto,
        el: link.el,
        source: 'mailto',
        href: raw,
        context,
        region: link.region,
      });
      remember(link.block.el, mailto);
      continue;
    }
    const protectedMatch = /\/cdn-cgi\/l\/email-protection#([0-9a-f]+)/i.exec(raw);
    if (protectedMatch) {
      const address = decodeCloudflareEmail(protectedMatch[1]!);
      if (address) {
        facts.emails.push({
          address,
          el: link.el,
          source: 'protected',
          href: raw,
          context,
          region: link.region,
        });
        remember(link.block.el, address);
      }
      continue;
    }
    const tel = normaliseTel(raw);
    if (tel) {
      const fax =
        /\bfax\b/i.test(link.text) ||
        /\bfax\s*:?\s*$/i.test(context.slice(0, Math.max(0, context.indexOf(link.text))));
      facts.phones.push({
        display: link.text || raw,
        digits: tel,
        el: link.el,
        source: 'tel',
        fax,
        href: raw,
        context,
        region: link.region,
      });
      remember(link.block.el, tel);
    }
  }
  for (const block of facts.blocks) {
    if (!block.text) continue;
    const known = linkedInBlock.get(block.el);
    for (const hit of extractEmails(block.text)) {
      if (known?.has(hit.address)) continue;
      facts.emails.push({
        address: hit.address,
        el: block.el,
        source: hit.obfuscated ? 'obfuscated' : 'text',
        context: block.text,
        region: block.region,
      });
    }
    for (const hit of extractPhones(block.text)) {
      if (known?.has(hit.digits)) continue;
      facts.phones.push({
        display: hit.display,
        digits: hit.digits,
        el: block.el,
        source: 'text',
        fax: hit.fax,
        context: block.text,
        region: block.region,
      });
    }
  }
}
