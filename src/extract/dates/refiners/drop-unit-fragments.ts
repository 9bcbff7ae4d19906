/**
 * Drops an offset whose unit chrono read off the end of another word: in "cut the dividend in half and
 * the shares fell", it takes "half an" for a count and the "d" of "and" for days. An offset of chrono's
 * within-parser ("in two weeks", "in 3 hrs", "in 5d") ends on a whole unit word, or on a unit letter
 * right after a number.
 */
import type { ParsingResult } from 'chrono-node';
import { TIME_UNIT_ABBREVIATIONS, TIME_UNITS } from '../../../vocabulary/dates.js';
import { alternation } from '../pattern.js';
import { producedBy, type DateRefiner } from '../rule.js';

const ENDS_ON_A_UNIT = new RegExp(`(?:\\b(?:${alternation([...TIME_UNITS, ...TIME_UNIT_ABBREVIATIONS])})|\\d\\s*[a-z])\\.?$`, 'i');

function isFragment(result: ParsingResult): boolean {
  return producedBy(result, 'chrono/ENTimeUnitWithinFormatParser') && !ENDS_ON_A_UNIT.test(result.text);
}

/** Refiner "drop-unit-fragments". */
export const dropUnitFragments: DateRefiner = {
  id: 'drop-unit-fragments',
  refine: (_context, results) => results.filter((r) => !isFragment(r)),
};
