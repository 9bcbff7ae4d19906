/**
 * Where reported words give way to the writer's concession: "the test was its biggest yet[, although it may
 * take days to know its size]". A clause of concession set off by a comma outside quotations weighs the
 * words in the writer's voice; inside a quotation it is the speaker's own.
 */
import type { Token } from '../../document/types.js';
import type { RuleContext } from '../types.js';
import { CONCESSIVE_OPENERS } from '../../../vocabulary/function-words.js';
import { inQuote } from './tokens.js';

/** Each opener as its words: "even as" → ["even", "as"]. */
const OPENERS = CONCESSIVE_OPENERS.map((phrase) => phrase.split(' '));

/** The index of a comma, past token `start` and outside quotations, that opens a clause of concession; `end` otherwise. */
export function concessiveClauseStart(context: RuleContext, start: number, end: number): number {
  const tokens = context.doc.tokens;
  for (let i = start + 1; i < end - 1; i += 1) {
    const token = tokens[i] as Token;
    if (token.text !== ',' || inQuote(context, token)) continue;
    if (OPENERS.some((words) => words.every((word, k) => tokens[i + 1 + k]?.lower === word))) return i;
  }
  return end;
}
