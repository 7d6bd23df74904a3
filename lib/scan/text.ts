/** Text helpers the page walk and its parts share. */

/** Whitespace runs (also no-break and zero-width spaces) as one space, trimmed. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
