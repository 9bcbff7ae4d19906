/**
 * "the 20th century", "the eleventh century", "the late 19th century": a century, read as news readers
 * use the word, by its hundreds ("the 20th century" → "1900/1999", precision 'year'), not by the strict
 * count that starts it in a year ending in 1.
 */
import type { ParsingContext } from 'chrono-node';
import { CENTURY_ORDINALS } from '../../../vocabulary/dates.js';
import { alternation, OPTIONAL_PERIOD_MODIFIER as MODIFIER, startsWord } from '../pattern.js';
import type { DateParser } from '../rule.js';
import { yearSpanResult } from './year-span.js';

const PATTERN = new RegExp(
  `(?:the\\s+)?${MODIFIER}(?:(\\d{1,2})(?:st|nd|rd|th)|(${alternation(Object.keys(CENTURY_ORDINALS))}))[\\s-]+century(?![\\w-])`,
  'i',
);

/** Parser "century". */
export const century: DateParser = {
  id: 'century',
  needs: ['era'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const number = match[1] !== undefined ? Number(match[1]) : CENTURY_ORDINALS[(match[2] ?? '').toLowerCase()];
    if (number === undefined || number < 1 || number > 21) return null;
    const first = (number - 1) * 100;
    return yearSpanResult(context, index, match[0], first, first + 99);
  },
};
