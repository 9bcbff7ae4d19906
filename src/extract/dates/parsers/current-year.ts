/**
 * "the current year", "the current fiscal year", "the end of the year", "the rest of this year",
 * "earlier in the year": the year of the publication date, named without its number. The value is that
 * year; "this year" and "last year" alone are chrono's.
 */
import type { ParsingContext } from 'chrono-node';
import { PERIOD_MODIFIERS, YEAR_KINDS } from '../../../vocabulary/dates.js';
import { dayOf } from '../calendar.js';
import { alternation, startsWord } from '../pattern.js';
import type { DateParser } from '../rule.js';

const KIND = `(?:(?:${alternation(YEAR_KINDS)})\\s+)?`;
const PATTERN = new RegExp(
  `(?:(?:${alternation(PERIOD_MODIFIERS)})\\s+(?:the|this)\\s+(?:current\\s+)?|the\\s+current\\s+|(?:earlier|later)\\s+in\\s+the\\s+)` +
    `${KIND}year(?![\\w-])`,
  'i',
);

/** Parser "current-year". */
export const currentYear: DateParser = {
  id: 'current-year',
  needs: ['year-word'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    if (!startsWord(context.text, match.index ?? 0)) return null;
    const components = context.createParsingComponents({ year: dayOf(context.reference.instant).year });
    components.imply('month', 1);
    components.imply('day', 1);
    return components;
  },
};
