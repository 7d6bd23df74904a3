/**
 * Email addresses and UK phone numbers as NHS sites write them: links (also malformed ones),
 * plain text, Cloudflare's email protection and "name [at] domain" spellings.
 */

/** Decodes Cloudflare's email protection: hex bytes, the first is an XOR key for the rest. */
export function decodeCloudflareEmail(hex: string): string | undefined {
  if (!/^[0-9a-f]{4,}$/i.test(hex) || hex.length % 2 !== 0) return undefined;
  const key = Number.parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) {
    out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16) ^ key);
  }
  try {
    out = decodeURIComponent(escape(out));
  } catch {
    // Not UTF-8 encoded: keep the bytes as they are.
  }
  return EMAIL_EXACT.test(out) ? out.toLowerCase() : undefined;
}

const EMAIL_EXACT = /^[a-z0-9._%+'!#$&*=?^`{|}~-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const EMAIL_IN_TEXT = /[a-z0-9._%+'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;
const EMAIL_OBFUSCATED =
  /([a-z0-9._%+-]+)\s*[[({]\s*at\s*[\])}]\s*([a-z0-9-]+(?:\s*(?:\.|[[({]\s*dot\s*[\])}])\s*[a-z0-9-]+)+)/gi;

export interface EmailHit {
  address: string;
  index: number;
  obfuscated: boolean;
}

function cleanAddress(raw: string): string | undefined {
  const address = raw.replace(/^[.'-]+|[.'-]+$/g, '').toLowerCase();
  return EMAIL_EXACT.test(address) ? address : undefined;
}

/** Email addresses written in a text, also as "name [at] example [dot] org". */
export function extractEmails(text: string): EmailHit[] {
  const hits: EmailHit[] = [];
  if (text.includes('@')) {
    for (const match of text.matchAll(EMAIL_IN_TEXT)) {
      const address = cleanAddress(match[0]);
      if (address) hits.push({ address, index: match.index, obfuscated: false });
    }
  }
  if (/[[({]\s*at\s*[\])}]/i.test(text)) {
    for (const match of text.matchAll(EMAIL_OBFUSCATED)) {
      const domain = match[2]!.replace(/\s*[[({]\s*dot\s*[\])}]\s*|\s*\.\s*/gi, '.');
      const address = cleanAddress(`${match[1]}@${domain}`);
      if (address) hits.push({ address, index: match.index, obfuscated: true });
    }
  }
  return hits;
}

/** The address of a mailto: link, forgiving spaces and case; undefined if it is not one. */
export function normaliseMailto(href: string): string | undefined {
  const match = /^\s*mailto\s*:\s*(.*)$/is.exec(href);
  if (!match) return undefined;
  let rest = match[1]!;
  try {
    rest = decodeURIComponent(rest);
  } catch {
    // A stray % in a hand-written link: read it as written.
  }
  const first = rest.split(/[?,;]/)[0]!.replace(/\s+/g, '');
  return cleanAddress(first);
}

/** National digits (0 + number) of a UK number given with or without +44 / (0). */
function nationalDigits(written: string): string {
  let digits = written.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (written.trim().startsWith('+44') || (digits.startsWith('44') && digits.length >= 12)) {
    digits = `0${digits.slice(2).replace(/^0/, '')}`;
  }
  return digits;
}

/** Whether national digits form a dialable UK number (not a service code like 111). */
export function isUkNumber(digits: string): boolean {
  if (!/^0[1-9]/.test(digits)) return false;
  if (digits.startsWith('01') || digits.startsWith('08'))
    return digits.length === 10 || digits.length === 11;
  return digits.length === 11;
}

/** Digits of a tel: link, forgiving malformed schemes (`te:`, `tel :`, letters); undefined if not one. */
export function normaliseTel(href: string): string | undefined {
  const match = /^\s*(?:tel|te|tl|telephone|phone|callto)\s*:\s*(?:\/\/)?(.*)$/is.exec(href);
  if (!match) return undefined;
  const digits = nationalDigits(match[1]!);
  return digits.length >= 3 ? digits : undefined;
}

export interface PhoneHit {
  display: string;
  digits: string;
  index: number;
  fax: boolean;
}

const PHONE_CANDIDATE =
  /(?<![\d+/.-])(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s().-]{7,18}\d(?![\d/])/g;
/** Words just before a number that make it something other than a phone number. */
const NOT_A_PHONE_BEFORE =
  /\b(ref(erence)?|company|charity|registered|registration|reg|vat|account|a\/c|ods|invoice|nhs number|case)\b[^0-9\n]{0,24}$/i;
const FAX_BEFORE = /\b(fax|facsimile|f)\b\s*(no\.?|number)?\s*[:.-]?\s*$/i;

/** UK phone numbers in a text; dates, reference numbers and overlong digit runs are skipped. */
export function extractPhones(text: string): PhoneHit[] {
  const hits: PhoneHit[] = [];
  if (!/\d{3}/.test(text)) return hits;
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    const written = trimToNumber(match[0]);
    if (!written) continue;
    const digits = nationalDigits(written);
    if (!isUkNumber(digits)) continue;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (NOT_A_PHONE_BEFORE.test(before)) continue;
    hits.push({
      display: written.trim(),
      digits,
      index: match.index,
      fax: FAX_BEFORE.test(before),
    });
  }
  return hits;
}

/**
 * A greedy match may run on into the next number or a year ("0161 496 0123. 2023"): keep the
 * longest prefix that ends at a digit group with 10 or 11 national digits.
 */
function trimToNumber(candidate: string): string | undefined {
  let digits = 0;
  let best: string | undefined;
  const international = candidate.trim().startsWith('+');
  for (let i = 0; i < candidate.length; i++) {
    const ch = candidate[i]!;
    if (ch >= '0' && ch <= '9') {
      digits++;
      const next = candidate[i + 1];
      const atGroupEnd = next === undefined || next < '0' || next > '9';
      if (atGroupEnd) {
        const prefix = candidate.slice(0, i + 1);
        const national = nationalDigits(prefix);
        if (isUkNumber(national)) best = prefix;
        if (national.length >= 11 && !international) break;
        if (national.length >= 11 && international && digits >= 13) break;
      }
    }
  }
  return best;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

/**
 * Joomla 3's email cloaking writes the address with a script: `var addy123 = 'name' + '&#64;';
 * addy123 = addy123 + 'example' + '&#46;' + 'org';`. Returns the address and the id of the
 * element the script fills in.
 */
export function decodeJoomlaCloak(
  script: string,
): { address: string; elementId?: string } | undefined {
  if (!script.includes('addy')) return undefined;
  let joined = '';
  // addy<hash> holds the address; addy_text<hash> the link text (often the address again).
  // Statements end at a semicolon outside quotes ('&#64;' has one inside).
  for (const statement of script.matchAll(
    /\baddy(?!_text)\w*\s*=\s*((?:'[^']*'|"[^"]*"|[^;'"])*);/g,
  )) {
    for (const literal of statement[1]!.matchAll(/'([^']*)'|"([^"]*)"/g))
      joined += literal[1] ?? literal[2] ?? '';
  }
  const address = cleanAddress(decodeEntities(joined));
  if (!address) return undefined;
  const elementId = /getElementById\(\s*['"]([\w-]+)['"]\s*\)/.exec(script)?.[1];
  return elementId ? { address, elementId } : { address };
}

/** Joomla 4's `<joomla-hidden-mail first="base64" last="base64">`. */
export function decodeJoomlaHiddenMail(
  first: string | null,
  last: string | null,
): string | undefined {
  if (!first || !last) return undefined;
  try {
    return cleanAddress(`${atob(first)}@${atob(last)}`);
  } catch {
    return undefined;
  }
}
