/**
 * Reviewing with the keyboard: move between items and give a verdict with single keys. Keys
 * typed into a note or another field are the auditor's text, never commands.
 */
import type { ItemId, Verdict } from '../lib/assessment.ts';

export const REVIEW_KEYS = [
  { keys: '↓ or j', does: 'next' },
  { keys: '↑ or k', does: 'previous' },
  { keys: 'y', does: 'yes' },
  { keys: 'n', does: 'no' },
  { keys: 'p', does: 'partial' },
  { keys: 'a', does: 'not applicable' },
  { keys: 'x', does: 'clear' },
] as const;

const VERDICT_KEYS: Record<string, Verdict | null> = {
  y: 'yes',
  n: 'no',
  p: 'partial',
  a: 'na',
  x: null,
};

const TYPING = new Set(['TEXTAREA', 'SELECT']);
const isTyping = (target: Element) =>
  TYPING.has(target.tagName) ||
  (target.tagName === 'INPUT' &&
    !['radio', 'checkbox'].includes((target as HTMLInputElement).type));

export function reviewKeyHandler(setVerdict: (indicator: ItemId, verdict: Verdict | null) => void) {
  return (event: KeyboardEvent) => {
    const target = event.target as Element;
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(target)) return;
    const item = target.closest<HTMLElement>('li.indicator');
    if (!item) return;
    const key = event.key.toLowerCase();
    if (key === 'arrowdown' || key === 'j' || key === 'arrowup' || key === 'k') {
      const forward = key === 'arrowdown' || key === 'j';
      const next = (
        forward ? item.nextElementSibling : item.previousElementSibling
      ) as HTMLElement | null;
      if (next?.matches('li.indicator')) {
        next.focus();
        event.preventDefault();
      }
      return;
    }
    if (key in VERDICT_KEYS) {
      setVerdict(item.dataset.indicator as ItemId, VERDICT_KEYS[key] ?? null);
      // On to the next item, as a review queue does: one key per verdict.
      (item.nextElementSibling as HTMLElement | null)?.focus();
      event.preventDefault();
    }
  };
}
