/**
 * "last May", "next March", "this July", "this past April": a month placed by a word. "last" and "past"
 * name the latest such month before the publication month, "next" the first after it, "this" the one in
 * the publication year. chrono reads only the month name here (and drops "May" after "last" as the verb).
 */
import type { ParsingContext } from 'chrono-node';
import { dayOf } from '../calendar.js';
import { MONTH_PATTERN, monthNumber, startsWord } from '../pattern.js';
import type { DateParser } from '../rule.js';

const PATTERN = new RegExp(`(last|next|this(?:\\s+past)?|past)\\s+(${MONTH_PATTERN})(?=\\W|$)`, 'i');

/** Parser "month-with-relative". */
export const monthWithRelative: DateParser = {
  id: 'month-with-relative',
  needs: ['month'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    if (!startsWord(context.text, match.index ?? 0)) return null;
    const month = monthNumber(match[2] ?? '');
    if (month === null) return null;
    const word = (match[1] ?? '').toLowerCase();
    const ref = dayOf(context.reference.instant);
    let year = ref.year;
    if (word === 'next' && month <= ref.month) year += 1;
    if ((word === 'last' || word.includes('past')) && month >= ref.month) year -= 1;
    return context.createParsingComponents({ year, month });
  },
};
