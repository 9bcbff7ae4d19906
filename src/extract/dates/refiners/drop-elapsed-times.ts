/**
 * Drops elapsed times that chrono reads as clock times or as times counted from now: a race or record time
 * "2:21:30" (hours, minutes and seconds with no a.m./p.m. and no "at" before it), and "in 2 hours, 19
 * minutes and 4 seconds" (only units shorter than a day after "in": we know the publication day, not its
 * hour, so such a time cannot be placed even when it is one).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { producedBy, type DateRefiner } from '../rule.js';

const WITH_SECONDS = /^\d{1,2}:\d{2}:\d{2}(?:\.\d+)?$/;
const AT_BEFORE = /\bat\s+$/i;
const IN_CLOCK_UNITS = /^in\s+(?:(?:[\w.]+\s+)?(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)(?:,?\s*(?:and\s+)?)?)+$/i;

function isElapsed(context: ParsingContext, result: ParsingResult): boolean {
  if (producedBy(result, 'chrono/ENTimeExpressionParser') && WITH_SECONDS.test(result.text)) {
    return !AT_BEFORE.test(context.text.slice(Math.max(0, result.index - 8), result.index));
  }
  return producedBy(result, 'chrono/ENTimeUnitWithinFormatParser') && IN_CLOCK_UNITS.test(result.text);
}

/** Refiner "drop-elapsed-times". */
export const dropElapsedTimes: DateRefiner = {
  id: 'drop-elapsed-times',
  refine: (context, results) => results.filter((r) => !isElapsed(context, r)),
};
