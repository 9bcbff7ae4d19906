/**
 * Drops offsets counted from another event ("a month after the vote", "two weeks before"): chrono counts
 * them from the publication date, which gives a wrong day. Offsets counted from the time of writing ("two
 * weeks ago") stay, and so do "a year earlier" and "three days later", which count from the date in focus
 * (the anchored-reference refiner places them, or drops "later" when no date comes before it).
 */
import type { ParsingResult } from 'chrono-node';
import type { DateRefiner } from '../rule.js';

const FROM_AN_EVENT = /\b(?:after|before|afterwards?|hence)$/i;

function isEventOffset(result: ParsingResult): boolean {
  return FROM_AN_EVENT.test(result.text.trim());
}

/** Refiner "drop-event-offsets". */
export const dropEventOffsets: DateRefiner = {
  id: 'drop-event-offsets',
  refine: (_context, results) => results.filter((r) => !isEventOffset(r)),
};
