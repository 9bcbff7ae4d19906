/** Whether a claim's content is quoted, partly quoted or paraphrased. */
import type { Range } from '../attribution/types.js';
import type { ClaimKind } from '../../types.js';
import { firstIndex } from '../util/search.js';

const SKIPPABLE = /[\s.,;:!?]/;

/**
 * direct: every piece is covered by quotation pieces (up to punctuation); mixed: some quoted words;
 * else indirect. `pieces` are all quotation pieces of the article, in text order.
 */
export function claimKind(text: string, content: readonly Range[], pieces: readonly Range[]): ClaimKind {
  let quoted = false;
  let allQuoted = true;
  for (const range of content) {
    const overlapping = piecesOverlapping(pieces, range);
    if (overlapping.length > 0) quoted = true;
    if (allQuoted && !covered(text, range, overlapping)) allQuoted = false;
  }
  if (!quoted) return 'indirect';
  return allQuoted ? 'direct' : 'mixed';
}

/** The pieces overlapping `range`, found by binary search over pieces sorted by start. */
export function piecesOverlapping(pieces: readonly Range[], range: Range): Range[] {
  const low = firstIndex(pieces, (piece) => piece.end > range.start);
  const found: Range[] = [];
  for (let i = low; i < pieces.length && (pieces[i] as Range).start < range.end; i += 1) found.push(pieces[i] as Range);
  return found;
}

function covered(text: string, range: Range, pieces: readonly Range[]): boolean {
  let piece = 0;
  for (let i = range.start; i < range.end; i += 1) {
    if (SKIPPABLE.test(text[i] ?? '')) continue;
    while (piece < pieces.length && (pieces[piece] as Range).end <= i) piece += 1;
    const current = pieces[piece];
    if (current === undefined || current.start > i) return false;
  }
  return true;
}
