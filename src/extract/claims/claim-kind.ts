/** Whether a claim's content is quoted, partly quoted or paraphrased. */
import type { Range } from '../attribution/types.js';
import type { Quote } from '../quotes/types.js';
import type { ClaimKind } from '../../types.js';

const SKIPPABLE = /[\s.,;:!?]/;

/** direct: every piece is a quotation piece (up to punctuation); mixed: some quoted words; else indirect. */
export function claimKind(text: string, content: readonly Range[], quotes: readonly Quote[]): ClaimKind {
  const pieces = quotes.flatMap((quote) => quote.pieces).filter((piece) =>
    content.some((range) => piece.start < range.end && range.start < piece.end));
  if (pieces.length === 0) return 'indirect';
  const quoted = content.every((range) => {
    for (let i = range.start; i < range.end; i += 1) {
      if (SKIPPABLE.test(text[i] ?? '')) continue;
      if (!pieces.some((piece) => piece.start <= i && i < piece.end)) return false;
    }
    return true;
  });
  return quoted ? 'direct' : 'mixed';
}
