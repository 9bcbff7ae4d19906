/**
 * "year-end", "year end", "year's end", "end-of-year": the day a year closes, December 31, as business
 * news uses it ("complete the deal by year-end", "up 3% since year-end"), the way chrono reads "the end of
 * the month" as its last day. The year is left to tense: "since year-end" is the last one past. "The end
 * of the year", a stretch of time rather than a day, is the current-year parser's.
 */
import type { ParsingContext } from 'chrono-node';
import { startsWord } from '../pattern.js';
import type { DateParser } from '../rule.js';

const PATTERN = /(?:year(?:['’]s)?[\s-]end|end-of-(?:the-)?year)(?![\w-])/i;

/** Parser "year-end". */
export const yearEnd: DateParser = {
  id: 'year-end',
  needs: ['year-word'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    if (!startsWord(context.text, match.index ?? 0)) return null;
    const components = context.createParsingComponents({ month: 12, day: 31 });
    components.imply('year', context.reference.instant.getUTCFullYear());
    return components;
  },
};
