/** Finding the tokens of the document that a date's characters cover. */
import type { Document, Token } from '../document/types.js';

/** Index of the first token ending after `offset` (tokens.length when none). */
export function tokenIndexAfter(doc: Document, offset: number): number {
  let low = 0;
  let high = doc.tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((doc.tokens[mid]?.end ?? Infinity) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The tokens overlapping characters [start, end). */
export function tokensIn(doc: Document, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  for (let i = tokenIndexAfter(doc, start); i < doc.tokens.length; i += 1) {
    const token = doc.tokens[i];
    if (token === undefined || token.start >= end) break;
    tokens.push(token);
  }
  return tokens;
}
