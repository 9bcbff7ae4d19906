/**
 * Drops offsets counted from another event ("a month after the vote", "two weeks before", "after five
 * years of talks"): chrono counts them from the publication date, which gives a wrong day. Offsets
 * counted from the time of writing ("two weeks ago", "in two weeks") stay, and so do "a year earlier" and
 * "three days later", which count from the date in focus (the anchored-reference refiner places them, or
 * drops "later" when no date comes before it).
 */
import type { ParsingResult } from 'chrono-node';
import { COUNT_WORDS, TIME_UNITS } from '../../../vocabulary/dates.js';
import { alternation } from '../pattern.js';
import type { DateRefiner } from '../rule.js';

const FROM_AN_EVENT = /\b(?:after|before|afterwards?|hence)$/i;
/** "after ten years", "after 22 months", "after several quarters": time elapsed since something told. */
const AFTER_A_SPAN = new RegExp(`^after\\s+(?:\\d+|${alternation(COUNT_WORDS)})\\s+(?:${alternation(TIME_UNITS)})$`, 'i');

function isEventOffset(result: ParsingResult): boolean {
  const text = result.text.trim();
  return FROM_AN_EVENT.test(text) || AFTER_A_SPAN.test(text);
}

/** Refiner "drop-event-offsets". */
export const dropEventOffsets: DateRefiner = {
  id: 'drop-event-offsets',
  refine: (_context, results) => results.filter((r) => !isEventOffset(r)),
};
