/** A date result that spans whole years: "the 1990s" → 1990-01-01 to 1999-12-31, precision 'year'. */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { pinPrecision } from '../rule.js';

/** The result for `text` at `index`, from the first day of `firstYear` to the last day of `lastYear`. */
export function yearSpanResult(context: ParsingContext, index: number, text: string, firstYear: number, lastYear: number): ParsingResult {
  const start = context.createParsingComponents({ year: firstYear });
  start.imply('month', 1);
  start.imply('day', 1);
  pinPrecision(start, 'year');
  const end = context.createParsingComponents({ year: lastYear });
  end.imply('month', 12);
  end.imply('day', 31);
  pinPrecision(end, 'year');
  return context.createParsingResult(index, text, start, end);
}
