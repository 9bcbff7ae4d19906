/** Looks up which quote, if any, holds a character offset. */
import type { Quote } from './types.js';

/** A sorted view of the quotes' pieces for quick look-ups. */
export interface QuoteIndex {
  /** The quote whose piece holds `offset`, or undefined. */
  quoteAt(offset: number): Quote | undefined;
  /** The quote whose opening mark of its first piece is at `offset`, or undefined. */
  quoteStartingAt(offset: number): Quote | undefined;
  /** The quote whose last piece ends at `offset`, or undefined. */
  quoteEndingAt(offset: number): Quote | undefined;
}

/** Builds the look-up over `quotes` (already in text order). */
export function indexQuotes(quotes: readonly Quote[]): QuoteIndex {
  const pieces = quotes.flatMap((quote) => quote.pieces.map((piece) => ({ ...piece, quote })));
  const byStart = new Map(quotes.map((quote) => [quote.start, quote]));
  const byEnd = new Map(quotes.map((quote) => [quote.end, quote]));
  return {
    quoteAt(offset) {
      let low = 0;
      let high = pieces.length - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const piece = pieces[mid];
        if (piece === undefined) return undefined;
        if (offset < piece.start) high = mid - 1;
        else if (offset >= piece.end) low = mid + 1;
        else return piece.quote;
      }
      return undefined;
    },
    quoteStartingAt: (offset) => byStart.get(offset),
    quoteEndingAt: (offset) => byEnd.get(offset),
  };
}
