import { boardEntries } from '../scan/board.ts';
import { blockEvidence, decide } from '../scan/match.ts';
import { defineIndicator } from './types.ts';

export default defineIndicator({
  id: 'board-members',
  group: 'board',
  title: 'Board members listed',
  counts:
    'the members of the board / governing body are listed: several people with their roles (Chair, Chief Officer, Accountable Officer, Clinical Lead, Lay member, Director of ...)',
  doesNotCount: 'one name in passing; a staff directory with no board',
  polarity: 'good',
  detect(page) {
    // Several people with board roles make a list; one or two may be a passing mention.
    const entries = boardEntries(page).map((entry) => blockEvidence(entry.block));
    return entries.length >= 3 ? decide(entries) : decide([], entries.length === 2 ? entries : []);
  },
});
