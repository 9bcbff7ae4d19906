/**
 * "1998", "in 2022", "early 1998", "mid-1990", "fiscal 1999": a year written as four digits, with a
 * modifier kept in the span. Numbers that are not years are left alone: amounts ("$2010", "1,998"),
 * decimals, percentages, counts ("1999 people"), labels ("No. 1998"), decades ("the 1990s").
 */
import type { ParsingContext } from 'chrono-node';
import { COUNTED_NOUNS, NUMBER_LABELS, PERIOD_MODIFIERS, YEAR_KINDS } from '../../../vocabulary/dates.js';
import { alternation, startsWord } from '../pattern.js';
import type { DateParser } from '../rule.js';

const PATTERN = new RegExp(
  `(?:(?:${alternation([...PERIOD_MODIFIERS, ...YEAR_KINDS])})(?:\\s*-\\s*|\\s+))?((?:1[6-9]|20)\\d{2})(?=\\W|$)`,
  'i',
);
const NOT_A_YEAR_AFTER = new RegExp(`^(?:[.,:/]\\d|\\s*%|\\s+percent\\b|\\s+(?:${alternation(COUNTED_NOUNS)})\\b)`, 'i');
const NOT_A_YEAR_BEFORE = new RegExp(`(?:[$€£¥#.,:/+\\-−]|\\b(?:${alternation(NUMBER_LABELS)})\\.?\\s*)$`, 'i');

/** Parser "year". */
export const year: DateParser = {
  id: 'year',
  needs: ['year-number'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const digits = match[1] ?? '';
    const digitsStart = index + match[0].length - digits.length;
    const end = index + match[0].length;
    // A modifier ("early 1998") vouches for the number; a bare number must look like a year on both sides.
    const bare = digitsStart === index;
    if (NOT_A_YEAR_AFTER.test(context.text.slice(end, end + 24))) return null;
    if (bare && NOT_A_YEAR_BEFORE.test(context.text.slice(Math.max(0, index - 12), index))) return null;
    const components = context.createParsingComponents({ year: Number(digits) });
    components.imply('month', 1);
    components.imply('day', 1);
    return components;
  },
};
