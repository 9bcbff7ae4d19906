/**
 * "a week or so ago", "two months or so ago": an approximate offset back from the time of writing, which
 * chrono's ago-parser does not read for the words in between. Its value is the day that many units
 * back, as for "a week ago".
 */
import type { ParsingContext } from 'chrono-node';
import { COUNT_VALUES } from '../../../vocabulary/dates.js';
import { addDays, addMonths, dayOf } from '../calendar.js';
import { alternation, startsWord } from '../pattern.js';
import { pinPrecision, type DateParser } from '../rule.js';

const PATTERN = new RegExp(
  `(${alternation(Object.keys(COUNT_VALUES))}|\\d{1,3})\\s+(day|week|month|year)s?\\s+or\\s+so\\s+ago(?![\\w-])`,
  'i',
);

/** Parser "approximate-ago". */
export const approximateAgo: DateParser = {
  id: 'approximate-ago',
  needs: ['ago'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    if (!startsWord(context.text, match.index ?? 0)) return null;
    const word = (match[1] ?? '').toLowerCase();
    const count = COUNT_VALUES[word] ?? Number(word);
    const unit = (match[2] ?? '').toLowerCase();
    const ref = dayOf(context.reference.instant);
    const day =
      unit === 'day' ? addDays(ref, -count)
      : unit === 'week' ? addDays(ref, -7 * count)
      : addMonths(ref, -count * (unit === 'month' ? 1 : 12));
    const components = context.createParsingComponents();
    components.imply('year', day.year);
    components.imply('month', day.month);
    components.imply('day', day.day);
    pinPrecision(components, 'day');
    return components;
  },
};
