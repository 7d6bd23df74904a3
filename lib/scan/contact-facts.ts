/**
 * Email addresses and phone numbers of a page, read after the walk from its links and blocks
 * (one pass over each), with the text around them that says whose they are.
 */
import {
  decodeCloudflareEmail,
  extractEmails,
  extractPhones,
  normaliseMailto,
  normaliseTel,
} from './contacts.ts';
import type { PageFacts } from './facts.ts';

/** Characters of the block before a contact kept as its lead-in. */
const MAX_LEAD_CHARS = 300;

const HIDDEN_EMAIL = /\bThis e-?mail address is being protected from spam ?bots\b/i;

/** Email addresses and phone numbers from links and from the text of every block. */
export function collectContacts(facts: PageFacts): void {
  const linkedInBlock = new Map<Element, Set<string>>();
  const remember = (block: Element, key: string) => {
    let keys = linkedInBlock.get(block);
    if (!keys) {
      keys = new Set();
      linkedInBlock.set(block, keys);
    }
    keys.add(key);
  };
  // Blocks are listed as the walk leaves them, so the one before a block is the text just
  // before it (a lead-in line, a heading, or the last item of what came before).
  const leadOf = new Map<Element, string>();
  for (let i = 1; i < facts.blocks.length; i++) {
    leadOf.set(facts.blocks[i]!.el, facts.blocks[i - 1]!.text.slice(-MAX_LEAD_CHARS));
  }
  for (const link of facts.links) {
    const raw = link.rawHref.trim();
    const context = link.block.text;
    const lead = leadOf.get(link.block.el) ?? '';
    const mailto = normaliseMailto(raw);
    if (mailto) {
      facts.emails.push({
        address: mailto,
        el: link.el,
        source: 'mailto',
        href: raw,
        context,
        lead,
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
          lead,
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
        lead,
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
        lead: leadOf.get(block.el) ?? '',
        region: block.region,
      });
    }
    // Joomla's notice where its script did not run (a copy of the page, a scan without
    // scripts): an address of the page that cannot be read here, which the catalogue counts.
    const hidden =
      known || facts.emails.at(-1)?.el === block.el ? null : HIDDEN_EMAIL.exec(block.text);
    if (hidden) {
      facts.emails.push({
        address: hidden[0],
        el: block.el,
        source: 'hidden',
        context: block.text,
        lead: leadOf.get(block.el) ?? '',
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
        lead: leadOf.get(block.el) ?? '',
        region: block.region,
      });
    }
  }
}
