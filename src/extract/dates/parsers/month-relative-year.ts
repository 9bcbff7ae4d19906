/**
 * "March last year", "March of next year", "in May this year", "late Dec. last year": a month (with its
 * modifier in the span) placed in a year named relative to the publication date. chrono reads the month
 * and "last year" as two dates; this reads them as one.
 */
import type { ParsingContext } from 'chrono-node';
import { dayOf } from '../calendar.js';
import { PERIOD_MODIFIERS } from '../../../vocabulary/dates.js';
import { alternation, MONTH_PATTERN, monthNumber, startsWord } from '../pattern.js';
import type { DateParser } from '../rule.js';

const PATTERN = new RegExp(
  `(?:(?:${alternation(PERIOD_MODIFIERS)})(?:\\s*-\\s*|\\s+)(?:in\\s+)?)?(${MONTH_PATTERN})(?:\\s+of)?\\s+(last|next|this)\\s+year(?=\\W|$)`,
  'i',
);
const YEAR_SHIFT: Readonly<Record<string, number>> = { last: -1, next: 1, this: 0 };

/** Parser "month-relative-year". */
export const monthRelativeYear: DateParser = {
  id: 'month-relative-year',
  needs: ['month'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    if (!startsWord(context.text, match.index ?? 0)) return null;
    const month = monthNumber(match[1] ?? '');
    const shift = YEAR_SHIFT[(match[2] ?? '').toLowerCase()];
    if (month === null || shift === undefined) return null;
    return context.createParsingComponents({ year: dayOf(context.reference.instant).year + shift, month });
  },
};
