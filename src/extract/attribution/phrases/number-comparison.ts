/**
 * Where reported words that end on a figure give way to the writer's comparison of it: "would grow by 1.6
 * percent[, less than the spring estimate]". A change from an earlier figure (", up from 31,000") is part of the
 * report.
 */
import type { Token } from '../../document/types.js';
import type { RuleContext } from '../types.js';
import { inQuote } from './tokens.js';

/** Words that open a comparison after a figure and a comma: "more than …", "less than …". */
const COMPARISON_OPENERS = new Set(['more', 'less', 'fewer']);
/** The word that closes the comparison's head: "than". */
const COMPARISON_LINKS = new Set(['than']);
/** Most tokens between the comma and the comparison's link: ", [more than half a point] less than". */
const MAX_HEAD_TOKENS = 6;

/** The index of a comma after a figure (a number, perhaps with its unit) that opens a comparison, outside quotations; `end` otherwise. */
export function numberComparisonStart(context: RuleContext, start: number, end: number): number {
  const tokens = context.doc.tokens;
  for (let i = start + 1; i < end; i += 1) {
    const token = tokens[i] as Token;
    if (token.text !== ',' || inQuote(context, token) || !endsOnFigure(tokens, i)) continue;
    if (!COMPARISON_OPENERS.has(tokens[i + 1]?.lower ?? '')) continue;
    for (let j = i + 2; j < end && j <= i + 1 + MAX_HEAD_TOKENS; j += 1) {
      if (COMPARISON_LINKS.has((tokens[j] as Token).lower)) return i;
    }
  }
  return end;
}

/** The words before the comma at `comma` end on a number or a number and its unit: "1.6 percent", "40,000". */
function endsOnFigure(tokens: readonly Token[], comma: number): boolean {
  return tokens[comma - 1]?.pos === 'NUM' || (tokens[comma - 2]?.pos === 'NUM' && tokens[comma - 1]?.pos === 'NOUN');
}
