/** The second half of a split quotation: "“…,” she said, “…”". */
import type { Sentence } from '../../document/types.js';
import { quoteContent } from '../candidate.js';
import type { Range, RuleContext } from '../types.js';

/** The quotation that reopens right after an attribution ending at token `after`, as content pieces. */
export function continuationAfter(context: RuleContext, after: number, sentence: Sentence): Range[] {
  const tokens = context.doc.tokens;
  let i = after;
  if (tokens[i]?.text === ',' || tokens[i]?.text === ':' || tokens[i]?.text === '.') i += 1;
  const mark = tokens[i];
  if (mark === undefined) return [];
  const paragraph = context.doc.paragraphs[sentence.paragraph];
  if (paragraph === undefined || mark.start >= paragraph.end) return [];
  const quote = context.quoteIndex.quoteStartingAt(mark.start);
  return quote === undefined ? [] : quoteContent(quote);
}
