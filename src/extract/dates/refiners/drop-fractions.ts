/**
 * Drops slash "dates" with no year: in news they are fractions and share prices ("fell 7/8", "2 1/2
 * years"). A date written with slashes carries its year ("2/24/2023"), which this keeps.
 */
import type { ParsingResult } from 'chrono-node';
import { producedBy, type DateRefiner } from '../rule.js';

const NO_YEAR = /^\D*\d{1,2}\s*\/\s*\d{1,2}\D*$/;

function isFraction(result: ParsingResult): boolean {
  return producedBy(result, 'chrono/SlashDateFormatParser') && NO_YEAR.test(result.text);
}

/** Refiner "drop-fractions". */
export const dropFractions: DateRefiner = {
  id: 'drop-fractions',
  refine: (_context, results) => results.filter((r) => !isFraction(r)),
};
