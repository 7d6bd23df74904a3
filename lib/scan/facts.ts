/**
 * One pass over a page's DOM that collects everything the indicators judge: text blocks, links,
 * email addresses, phone numbers, embedded media, forms and headings with what follows them.
 *
 * Pure and layout-free: it reads node properties and attributes only (never `innerText` or
 * computed styles), so it runs the same in a live tab, on a DOMParser document and in Node.
 * Bounded on hostile pages: no recursion (deep nesting), text read per node and per page is capped.
 *
 * The walk itself stays here and stays single; what it asks of each element lives by concern:
 * regions.ts (header, nav, footer…), hrefs.ts (resolving links), form-facts.ts (email fields,
 * page-wide forms), and contact-facts.ts reads addresses and numbers after the walk.
 */
import { collectContacts } from './contact-facts.ts';
import { decodeCloudflareEmail, decodeJoomlaCloak, decodeJoomlaHiddenMail } from './contacts.ts';
import {
  formsInsideWrapper,
  isEmailInput,
  isPageWrapper,
  MAX_CHARS_PER_FORM,
} from './form-facts.ts';
import { hrefResolver, parseUrl } from './hrefs.ts';
import { headingLevelOf, isHidden, regionFromElement } from './regions.ts';
import { collapse } from './text.ts';

export const REGIONS = ['header', 'nav', 'footer', 'aside', 'main'] as const;
export type Region = (typeof REGIONS)[number];

/** A block-level element with the text that belongs to it directly (not to nested blocks). */
export interface Block {
  el: Element;
  tag: string;
  text: string;
  region: Region;
  /** 1-6 for headings (h1-h6 and role=heading), else 0. */
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
  /** Lower-case host and path of a web link ('' for mailto:, tel: and the like), for matching. */
  path: string;
  /** The visible text. */
  text: string;
  /** Text, aria-label, title and image alt together, lower-case: what the link says it is. */
  label: string;
  /** The same as written, each wording once: what evidence shows of a link without text. */
  name: string;
  block: Block;
  region: Region;
}

/**
 * `hidden`: the page says an address is there but hides it until a script runs ("This email
 * address is being protected from spambots"): the address is the notice, not an address.
 */
export type EmailSource = 'mailto' | 'text' | 'protected' | 'obfuscated' | 'hidden';
export interface EmailFact {
  address: string;
  el: Element;
  source: EmailSource;
  href?: string;
  /** The text around it (its block), for telling whose address it is. */
  context: string;
  /** The text of the block before its own ("For PALS, please contact:" over the number). */
  lead: string;
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
  /** The text of the block before its own. */
  lead: string;
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
}

const MAX_CHARS_PER_TEXT_NODE = 20_000;
const MAX_CHARS_PER_PAGE = 2_000_000;
const MAX_CHARS_PER_BLOCK = 4_000;
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
/**
 * Elements whose own text is one block. Pure containers (ul, table, tbody, tr, dl…) are left
 * out: their text is in their items and cells, and they cost a block each on large pages.
 */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'button',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
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
  'html',
  'label',
  'legend',
  'li',
  'main',
  'nav',
  'p',
  'pre',
  'section',
  'summary',
  'td',
  'th',
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
interface OpenBlock {
  block: Block;
  text: string;
}
interface OpenLink {
  el: Element;
  rawHref: string;
  text: string;
  extraLabel: string[];
  region: Region;
  block: Block | undefined;
}
interface OpenForm {
  fact: FormFact;
  text: string;
}
interface OpenHeading {
  fact: HeadingFact;
  /** The sectioning element it belongs to: leaving it ends the heading's section. */
  section: Element;
}

/** What an element opened during the walk, to be closed when the walk leaves it. */
interface Opened {
  el: Element;
  region: boolean;
  section: boolean;
  main: boolean;
  block: OpenBlock | undefined;
  link: OpenLink | undefined;
  form: OpenForm | undefined;
}

const NO_NAMES: readonly string[] = [];

function openedFor(el: Element, entry: Opened | undefined): Opened {
  return (
    entry ?? {
      el,
      region: false,
      section: false,
      main: false,
      block: undefined,
      link: undefined,
      form: undefined,
    }
  );
}

/** Collects the facts of a page. `url` is the page's address (a DOMParser document has none). */
export function collectFacts(doc: Document, url: string): PageFacts {
  // By tag, not by selector: a selector query is a slow page-wide search in jsdom and happy-dom.
  const baseHref = [...doc.getElementsByTagName('base')]
    .find((base) => base.hasAttribute('href'))
    ?.getAttribute('href');
  const base = (baseHref && parseUrl(baseHref, url)?.href) || url;
  const resolve = hrefResolver(base);
  const host = resolve(url).host.replace(/^www\./, '');
  const facts: PageFacts = {
    url,
    host,
    title: collapse(doc.getElementsByTagName('title')[0]?.textContent ?? '').slice(0, 300),
    doc,
    blocks: [],
    links: [],
    emails: [],
    phones: [],
    media: [],
    forms: [],
    headings: [],
    mainTextChars: 0,
  };

  let pageChars = 0;
  // Text inside <main> (or role=main) when the page has one; else outside header, nav, footer.
  let mainElementDepth = 0;
  let sawMainElement = false;
  let mainElementChars = 0;
  const regionStack: Region[] = ['main'];
  const blockStack: OpenBlock[] = [];
  const formStack: OpenForm[] = [];
  const sectionStack: Element[] = [];
  const opened: Opened[] = [];
  let openLink: OpenLink | undefined;
  let openHeadings: OpenHeading[] = [];
  const emailInputsOutsideForms: Element[] = [];
  const headingBlocks: Block[] = [];
  /** Addresses decoded from protection markup, with the block that gives their context. */
  const protectedEmails: [EmailFact, OpenBlock | undefined][] = [];
  const addProtectedEmail = (address: string, el: Element) => {
    const fact: EmailFact = {
      address,
      el,
      source: 'protected',
      context: '',
      lead: '',
      region: regionStack[regionStack.length - 1]!,
    };
    facts.emails.push(fact);
    protectedEmails.push([fact, blockStack[blockStack.length - 1]]);
  };

  const addWeight = (weight: number) => {
    for (const heading of openHeadings) heading.fact.contentWeight += weight;
  };

  const readText = (data: string) => {
    if (pageChars >= MAX_CHARS_PER_PAGE) return;
    const text =
      data.length > MAX_CHARS_PER_TEXT_NODE ? data.slice(0, MAX_CHARS_PER_TEXT_NODE) : data;
    const trimmed = text.trim();
    const visible = trimmed.length;
    if (visible === 0 || trimmed === '\u00a0') return;
    pageChars += text.length;
    const open = blockStack[blockStack.length - 1];
    if (open && open.text.length < MAX_CHARS_PER_BLOCK) open.text += ` ${text}`;
    if (openLink) openLink.text += ` ${text}`;
    const form = formStack[formStack.length - 1];
    if (form && form.text.length < MAX_CHARS_PER_FORM) form.text += ` ${text}`;
    if (regionStack[regionStack.length - 1] === 'main' && !open?.block.headingLevel) {
      facts.mainTextChars += visible;
      if (mainElementDepth > 0) mainElementChars += visible;
      addWeight(visible);
    }
  };

  /** Reads an element as the walk enters it; false: do not walk into it. */
  const enter = (el: Element): boolean => {
    const tag = el.localName;
    if (tag === 'script') {
      // Joomla 3 writes a cloaked address with a script beside the element it fills in.
      const cloaked = decodeJoomlaCloak((el.textContent ?? '').slice(0, MAX_SCRIPT_CHARS));
      if (cloaked) {
        const target =
          (cloaked.elementId && doc.getElementById(cloaked.elementId)) || el.parentElement || el;
        addProtectedEmail(cloaked.address, target);
      }
      return false;
    }
    if (openLink && (tag === 'img' || tag === 'svg')) {
      const alt =
        el.getAttribute('alt') ??
        el.getAttribute('aria-label') ??
        // An SVG's <title> is its child: no selector search of the subtree.
        [...el.children].find((child) => child.localName === 'title')?.textContent;
      if (alt) openLink.extraLabel.push(alt);
    }
    if (SKIPPED_TAGS.has(tag)) return false;
    // One call for the attribute names, then only the values that matter: DOM calls are the
    // cost of a walk over thousands of elements.
    const names = el.hasAttributes() ? el.getAttributeNames() : NO_NAMES;
    if (names.length > 0 && isHidden(el, names)) return false;
    const role = names.includes('role') ? el.getAttribute('role') : null;

    let entry: Opened | undefined;
    if (tag === 'main' || role === 'main') {
      sawMainElement = true;
      mainElementDepth++;
      entry = openedFor(el, entry);
      entry.main = true;
    }
    const region = regionFromElement(el, tag, role, names);
    if (region) {
      regionStack.push(region);
      entry = openedFor(el, entry);
      entry.region = true;
    }
    if (SECTIONING_TAGS.has(tag)) {
      sectionStack.push(el);
      entry = openedFor(el, entry);
      entry.section = true;
    }
    const currentRegion = regionStack[regionStack.length - 1]!;
    const level = headingLevelOf(el, tag, role);
    if (level > 0 || BLOCK_TAGS.has(tag)) {
      const block: OpenBlock = {
        block: { el, tag, text: '', region: currentRegion, headingLevel: level },
        text: '',
      };
      blockStack.push(block);
      if (level > 0) openHeadings = openHeadings.filter((h) => h.fact.level < level);
      entry = openedFor(el, entry);
      entry.block = block;
    }
    if ((tag === 'a' || tag === 'area') && names.includes('href')) {
      openLink = {
        el,
        rawHref: el.getAttribute('href') ?? '',
        text: '',
        extraLabel: [
          names.includes('aria-label') ? (el.getAttribute('aria-label') ?? '') : '',
          names.includes('title') ? (el.getAttribute('title') ?? '') : '',
        ],
        region: currentRegion,
        block: blockStack[blockStack.length - 1]?.block,
      };
      entry = openedFor(el, entry);
      entry.link = openLink;
    }
    if (tag === 'joomla-hidden-mail' || names.includes('data-cfemail')) {
      const address =
        tag === 'joomla-hidden-mail'
          ? decodeJoomlaHiddenMail(el.getAttribute('first'), el.getAttribute('last'))
          : decodeCloudflareEmail(el.getAttribute('data-cfemail') ?? '');
      if (address) addProtectedEmail(address, el);
    }
    if (
      MEDIA_TAGS.has(tag) ||
      names.includes('data-video-id') ||
      names.includes('data-youtube-id')
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
        src: src ? resolve(src).href : '',
        title: el.getAttribute('title') ?? '',
      });
      addWeight(100);
    } else if (tag === 'img') {
      addWeight(20);
    }
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
      const form: OpenForm = { fact, text: '' };
      entry = openedFor(el, entry);
      entry.form = form;
      formStack.push(form);
    } else if (tag === 'input' || tag === 'textarea' || tag === 'button') {
      const form = formStack[formStack.length - 1];
      const label = `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${tag === 'input' ? (el.getAttribute('value') ?? '') : ''} ${el.getAttribute('name') ?? ''}`;
      if (form && form.text.length < MAX_CHARS_PER_FORM) form.text += ` ${label}`;
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
    if (entry) opened.push(entry);
    return true;
  };

  /** Closes what an element opened, as the walk leaves it. */
  const leave = (el: Element) => {
    const entry = opened[opened.length - 1];
    if (!entry || entry.el !== el) return;
    opened.pop();
    if (entry.form) {
      formStack.pop();
      const fact = entry.form.fact;
      fact.text = collapse(entry.form.text).toLowerCase();
      facts.forms.push(...(isPageWrapper(el) ? formsInsideWrapper(fact) : [fact]));
    }
    if (entry.link) {
      const link = entry.link;
      openLink = undefined;
      const { href, host: linkHost, path } = resolve(link.rawHref);
      // Text and label are collapsed with every other text after the walk (one pass).
      facts.links.push({
        el,
        rawHref: link.rawHref,
        href,
        host: linkHost,
        path,
        text: link.text,
        // One line each, so that the name can tell them apart (collapsed with the rest later).
        label: link.extraLabel.join('\n').trim(),
        name: '',
        block: link.block ?? {
          el,
          tag: el.localName,
          text: link.text,
          region: link.region,
          headingLevel: 0,
        },
        region: link.region,
      });
      addWeight(3);
    }
    if (entry.block) {
      blockStack.pop();
      const block = entry.block.block;
      block.text = entry.block.text;
      if (block.text || block.headingLevel > 0) facts.blocks.push(block);
      if (block.headingLevel > 0 && block.text) {
        const heading: HeadingFact = {
          el,
          level: block.headingLevel,
          text: block.text,
          contentWeight: 0,
          region: block.region,
        };
        facts.headings.push(heading);
        headingBlocks.push(block);
        openHeadings.push({ fact: heading, section: sectionStack[sectionStack.length - 1] ?? el });
      }
    }
    if (entry.section) {
      sectionStack.pop();
      openHeadings = openHeadings.filter((h) => h.section !== el);
    }
    if (entry.region) regionStack.pop();
    if (entry.main) mainElementDepth--;
  };

  // A TreeWalker moves natively (one call a node); the stack of entered elements tells when
  // the walk leaves one. No recursion, so any depth. An open shadow root is walked, as part of
  // its host, before the host's own children.
  const walk = (root: Node) => {
    const walker = doc.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
    const entered: Node[] = [root];
    let node = walker.nextNode();
    while (node) {
      const parent = node.parentNode;
      while (entered.length > 1 && entered[entered.length - 1] !== parent)
        leave(entered.pop() as Element);
      if (node.nodeType === 3) {
        readText((node as Text).data);
        node = walker.nextNode();
        continue;
      }
      const el = node as Element;
      if (!enter(el)) {
        // Skip the subtree: on to the next sibling, or up until there is one.
        node = walker.nextSibling();
        while (!node && walker.parentNode()) node = walker.nextSibling();
        continue;
      }
      entered.push(el);
      const shadow = el.shadowRoot;
      if (shadow) walk(shadow);
      node = walker.nextNode();
    }
    while (entered.length > 1) leave(entered.pop() as Element);
  };
  const root = doc.documentElement;
  if (root && enter(root)) {
    const shadow = root.shadowRoot;
    if (shadow) walk(shadow);
    walk(root);
    leave(root);
  }
  collapseTexts(facts, headingBlocks);
  for (const [fact, open] of protectedEmails) fact.context = open?.block.text ?? '';

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
 * Collapses whitespace in every block's and link's text in one pass over all of them: one
 * regular-expression run over the page instead of thousands of small ones.
 */
function collapseTexts(facts: PageFacts, headingBlocks: Block[]): void {
  const texts: string[] = [];
  for (const block of facts.blocks) texts.push(block.text);
  for (const link of facts.links) texts.push(link.text);
  const joined = texts.join('\uE000');
  // Single spaces between words are left alone: only runs and other blanks are replaced.
  let collapsed = joined
    .replace(/[\t\n\r\f\v\u00a0\u200b][\s\u00a0\u200b]*| [\s\u00a0\u200b]+/g, ' ')
    .replace(/ ?\uE000 ?/g, '\uE000')
    .trim()
    .split('\uE000');
  // A page's own \uE000 (private use) characters would shift the pieces: collapse one by one then.
  if (collapsed.length !== texts.length) collapsed = texts.map(collapse);
  let i = 0;
  for (const block of facts.blocks) block.text = collapsed[i++]!.slice(0, MAX_CHARS_PER_BLOCK);
  for (const link of facts.links) {
    link.text = collapsed[i++]!;
    // Until now the label held only the aria-label, title and image alt (rarely any).
    link.name = link.label ? readableName(link.text, link.label) : link.text;
    link.label = (link.label ? collapse(`${link.text} ${link.label}`) : link.text).toLowerCase();
  }
  facts.headings.forEach((heading, index) => {
    heading.text = headingBlocks[index]!.text;
  });
}

/**
 * A link's text and labels as written, each wording once: an icon link's aria-label "Follow us
 * on Facebook" and its title "Facebook" say the same, so the name is the longer alone.
 */
function readableName(text: string, labels: string): string {
  const kept: string[] = [];
  for (const part of [text, ...labels.split('\n')].map(collapse)) {
    const lower = part.toLowerCase();
    if (!part || kept.some((k) => k.toLowerCase().includes(lower))) continue;
    const covered = kept.findIndex((k) => lower.includes(k.toLowerCase()));
    if (covered >= 0) kept.splice(covered, 1, part);
    else kept.push(part);
  }
  return kept.join(' ');
}
