/**
 * "last week", "this week", "next weekend": a week is not a calendar unit of ISO dates at our precisions,
 * so its value is the month holding the whole week, or the year when the week spans two months. chrono
 * gives a day inside the week; "two weeks ago" names a day and is left alone.
 */
import type { ParsingResult } from 'chrono-node';
import { addDays, weekdayOf, type Day } from '../calendar.js';
import { markRefined, pinPrecision, type DateRefiner } from '../rule.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** "weekend" anywhere. */
const WEEKEND_INSIDE = /weekend/i;

const WEEK = /\bweek(?:end)?\b/i;
const COUNTED_FROM = /\b(?:ago|later|earlier|before|after|from)\b/i;

function weekOf(day: Day, weekend: boolean): { first: Day; last: Day } {
  if (weekend) {
    const saturday = addDays(day, weekdayOf(day) === 0 ? -1 : 6 - weekdayOf(day));
    return { first: saturday, last: addDays(saturday, 1) };
  }
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
  return { first: monday, last: addDays(monday, 6) };
}

function coarsen(result: ParsingResult): ParsingResult {
  if (!WEEK.test(result.text) || COUNTED_FROM.test(result.text) || result.start.isCertain('weekday')) return result;
  const start = result.start;
  const day = { year: start.get('year') ?? 0, month: start.get('month') ?? 1, day: start.get('day') ?? 1 };
  const { first, last } = weekOf(day, WEEKEND_INSIDE.test(result.text));
  start.delete(['day', 'month', 'year']);
  start.imply('day', 1);
  if (first.month === last.month) {
    start.assign('year', first.year);
    start.assign('month', first.month);
    pinPrecision(start, 'month');
  } else {
    start.assign('year', last.year);
    start.imply('month', 1);
    pinPrecision(start, 'year');
  }
  markRefined(result, 'week-period');
  return result;
}

/** Refiner "week-period". */
export const weekPeriod: DateRefiner = {
  id: 'week-period',
  refine: (_context, results) => results.map(coarsen),
};
