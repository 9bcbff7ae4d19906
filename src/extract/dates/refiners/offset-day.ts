/**
 * "a year ago", "two months earlier": an offset from the time of writing lands on a day, whatever its
 * unit (chrono states only the year of "a year ago"). The value is that day.
 */
import type { ParsingResult } from 'chrono-node';
import { markRefined, pinPrecision, type DateRefiner } from '../rule.js';

const FROM_NOW = /\b(?:ago|earlier)$/i;

function toDay(result: ParsingResult): ParsingResult {
  if (!FROM_NOW.test(result.text) || result.start.isCertain('day')) return result;
  pinPrecision(result.start, 'day');
  markRefined(result, 'offset-day');
  return result;
}

/** Refiner "offset-day". */
export const offsetDay: DateRefiner = {
  id: 'offset-day',
  refine: (_context, results) => results.map(toDay),
};
