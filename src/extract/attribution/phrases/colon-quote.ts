/** A quotation right after a colon: "The minister: “…”", "a new message: “…”". */
import type { Sentence } from '../../document/types.js';
import type { Quote } from '../../quotes/types.js';
import { sentenceAt } from '../candidate.js';
import type { RuleContext } from '../types.js';
import { tokenIndexFrom } from './tokens.js';

/** Where a quotation opening after a colon stands. */
export interface ColonQuote {
  /** The quotation's sentence. */
  readonly sentence: Sentence;
  /** Index of the colon's token; the opening mark is the next one. */
  readonly colon: number;
}

/** The colon right before `quote`'s opening mark, with the quotation's sentence; null when there is none. */
export function colonBeforeQuote(context: RuleContext, quote: Quote): ColonQuote | null {
  const tokens = context.doc.tokens;
  const mark = tokenIndexFrom(tokens, quote.start);
  if (mark <= 0 || tokens[mark]?.start !== quote.start || tokens[mark - 1]?.text !== ':') return null;
  return { sentence: context.doc.sentences[sentenceAt(context, quote.start)] as Sentence, colon: mark - 1 };
}
