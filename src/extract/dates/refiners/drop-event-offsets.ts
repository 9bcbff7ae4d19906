/**
 * Drops offsets counted from another event ("three days later", "a month after the vote", "two weeks
 * before"): chrono counts them from the publication date, which gives a wrong day. Offsets counted from
 * the time of writing ("two weeks ago", "a year earlier") stay.
 */
import type { ParsingResult } from 'chrono-node';
import type { DateRefiner } from '../rule.js';

const FROM_AN_EVENT = /\b(?:later|after|before|afterwards?|hence)$/i;

function isEventOffset(result: ParsingResult): boolean {
  return FROM_AN_EVENT.test(result.text.trim());
}

/** Refiner "drop-event-offsets". */
export const dropEventOffsets: DateRefiner = {
  id: 'drop-event-offsets',
  refine: (_context, results) => results.filter((r) => !isEventOffset(r)),
};
