/**
 * Drops a weekday written as a bare abbreviation ("Sun" the company or newspaper, "Wed" the verb): news
 * writes weekdays in full, and abbreviates them only inside a date ("Sun., Feb. 19"), which chrono reads
 * with the date and so keeps.
 */
import type { ParsingResult } from 'chrono-node';
import { WEEKDAY_ABBREVIATIONS } from '../../../vocabulary/dates.js';
import { alternation } from '../pattern.js';
import type { DateRefiner } from '../rule.js';

const ABBREVIATION_ONLY = new RegExp(`^\\W*(?:on\\s+)?(?:${alternation(WEEKDAY_ABBREVIATIONS)})\\b\\.?\\W*$`, 'i');

function isBareAbbreviation(result: ParsingResult): boolean {
  return result.start.isCertain('weekday') && !result.start.isCertain('day') && ABBREVIATION_ONLY.test(result.text);
}

/** Refiner "drop-weekday-abbreviations". */
export const dropWeekdayAbbreviations: DateRefiner = {
  id: 'drop-weekday-abbreviations',
  refine: (_context, results) => results.filter((r) => !isBareAbbreviation(r)),
};
