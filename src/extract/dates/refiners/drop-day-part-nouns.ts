/**
 * Drops a part of day standing alone where it names no day: a greeting ("Good evening"), a rate or a
 * repeated time ("$55 a night", "twice each morning"), a noun owned by another ("the station's morning
 * show"), or the night of an event told before ("came back the same night"). A part of day with a day
 * ("Saturday night", "this morning") is one date by now and stays, as do "in the morning" and "late at night".
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { DateRefiner } from '../rule.js';

const DAY_PART_ONLY = /^(?:morning|afternoon|evening|night)s?$/i;
const NOT_A_DAY_BEFORE = /(?:\b(?:good|a|an|per|each|every|same)|['’]s)\s+$/i;

function isNoun(context: ParsingContext, result: ParsingResult): boolean {
  if (!DAY_PART_ONLY.test(result.text)) return false;
  return NOT_A_DAY_BEFORE.test(context.text.slice(Math.max(0, result.index - 8), result.index));
}

/** Refiner "drop-day-part-nouns"; runs after chrono's merges, so "Saturday night" is whole. */
export const dropDayPartNouns: DateRefiner = {
  id: 'drop-day-part-nouns',
  refine: (context, results) => results.filter((r) => !isNoun(context, r)),
};
