/**
 * Where reported words give way to the writer's weighing of a cause: "echoed her worries[, in large part
 * because the rules are loose]". A reason set off by a comma and qualified by a measure of how far it
 * explains ("in part", "largely") is the writer's account of why, outside quotations; a bare ", because …"
 * is left to the words.
 */
import type { Token } from '../../document/types.js';
import type { RuleContext } from '../types.js';
import { REASON_QUALIFIERS } from '../../../vocabulary/function-words.js';
import { inQuote } from './tokens.js';

/** Each qualifier as its words: "in large part" → ["in", "large", "part"]. */
const QUALIFIERS = REASON_QUALIFIERS.map((phrase) => phrase.split(' '));

/**
 * The index of a comma past token `start`, outside quotations, before a qualified "because" and no "of"
 * (or before a qualifier that `end` leaves hanging: "his worries, in part|"); `end` otherwise.
 */
export function qualifiedReasonStart(context: RuleContext, start: number, end: number): number {
  const tokens = context.doc.tokens;
  for (let i = start + 1; i < end - 1; i += 1) {
    const token = tokens[i] as Token;
    if (token.text !== ',' || inQuote(context, token)) continue;
    const words = QUALIFIERS.find((phrase) => phrase.every((word, k) => tokens[i + 1 + k]?.lower === word));
    if (words === undefined) continue;
    const reason = i + 1 + words.length;
    if (tokens[reason]?.lower === 'because' && (tokens[reason + 1]?.lower !== 'of' || reason === end)) return i;
  }
  return end;
}
