/**
 * Drops a part of day that is the end of a hyphenated word ("an all-night session", "late-night talks"):
 * the compound describes something and names no day.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { DAY_PART_WORDS } from '../../../vocabulary/dates.js';
import { alternation } from '../pattern.js';
import type { DateRefiner } from '../rule.js';

const DAY_PART_ONLY = new RegExp(`^(?:${alternation(DAY_PART_WORDS)})$`, 'i');
const HYPHENATED_BEFORE = /\p{L}-$/u;

function isCompound(context: ParsingContext, result: ParsingResult): boolean {
  if (!DAY_PART_ONLY.test(result.text)) return false;
  return HYPHENATED_BEFORE.test(context.text.slice(Math.max(0, result.index - 2), result.index));
}

/** Refiner "drop-compound-day-parts". */
export const dropCompoundDayParts: DateRefiner = {
  id: 'drop-compound-day-parts',
  refine: (context, results) => results.filter((r) => !isCompound(context, r)),
};
