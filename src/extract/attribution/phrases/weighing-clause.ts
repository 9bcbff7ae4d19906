/**
 * Where reported words give way to the writer's weighing of them, set off by a comma outside quotations: a
 * concession ("the harvest was the best in years[, although prices stayed low]") or a reason
 * qualified by how far it explains ("echoed her worries[, in large part because the rules are loose]").
 * Inside a quotation such a clause is the speaker's own; a bare ", because …" is left to the words.
 */
import type { Token } from '../../document/types.js';
import type { RuleContext } from '../types.js';
import { CONCESSIVE_OPENERS, REASON_QUALIFIERS } from '../../../vocabulary/function-words.js';
import { inQuote, phraseLengthAt } from './tokens.js';

/** Each opener as its words: "even as" → ["even", "as"]. */
const CONCESSIONS = CONCESSIVE_OPENERS.map((phrase) => phrase.split(' '));
/** Each qualifier as its words: "in large part" → ["in", "large", "part"]. */
const QUALIFIERS = REASON_QUALIFIERS.map((phrase) => phrase.split(' '));

/** The index of the first comma past token `start` and before `end` that opens the writer's weighing clause; `end` otherwise. */
export function weighingClauseStart(context: RuleContext, start: number, end: number): number {
  const tokens = context.doc.tokens;
  for (let i = start + 1; i < end - 1; i += 1) {
    const token = tokens[i] as Token;
    if (token.text !== ',' || inQuote(context, token)) continue;
    if (phraseLengthAt(tokens, i + 1, CONCESSIONS) > 0 || qualifiedReasonAt(tokens, i + 1, end)) return i;
  }
  return end;
}

/**
 * "in part because the rules are loose" at `index`: a qualifier and "because" opening a clause, not "because
 * of" (unless `end` cuts right after the qualifier, which would leave it hanging: "her worries, in part|").
 */
function qualifiedReasonAt(tokens: readonly Token[], index: number, end: number): boolean {
  const length = phraseLengthAt(tokens, index, QUALIFIERS);
  const reason = index + length;
  return length > 0 && tokens[reason]?.lower === 'because' && (tokens[reason + 1]?.lower !== 'of' || reason === end);
}
