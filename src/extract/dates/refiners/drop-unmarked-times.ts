/**
 * Drops clock times with no mark of a clock: "8 to 12" in "rose 7/8 to 12", "500 a" in "$3,500 a share",
 * "at 10". A time needs a colon ("9:30"), a.m./p.m., "o'clock", noon or midnight.
 */
import type { ParsingResult } from 'chrono-node';
import { producedBy, type DateRefiner } from '../rule.js';

const CLOCK_MARK = /\d:\d\d|\d\s*[ap]\.?\s?m\b\.?|o'?clock|\bnoon\b|\bmidnight\b/i;

function isUnmarkedTime(result: ParsingResult): boolean {
  return producedBy(result, 'chrono/ENTimeExpressionParser') && !CLOCK_MARK.test(result.text);
}

/** Refiner "drop-unmarked-times". */
export const dropUnmarkedTimes: DateRefiner = {
  id: 'drop-unmarked-times',
  refine: (_context, results) => results.filter((r) => !isUnmarkedTime(r)),
};
