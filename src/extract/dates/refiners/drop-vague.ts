/**
 * Drops references that name no calendar period: "now", "in the months ahead" (chrono reads "in the
 * months"), "in the coming weeks", "in a few days", "in the year". See the decision in ../index.ts.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { TIME_UNITS, VAGUE_AFTER_UNIT, VAGUE_PRESENT } from '../../../vocabulary/dates.js';
import { alternation } from '../pattern.js';
import type { DateRefiner } from '../rule.js';

const PRESENT = new RegExp(`^(?:${alternation(VAGUE_PRESENT)})$`, 'i');
const UNCOUNTED = new RegExp(
  `^in\\s+(?:(?:just|only|another)\\s+)?(?:the|a\\s+few|a\\s+couple\\s+of|several|the\\s+(?:coming|next|following)(?:\\s+few)?|coming)\\s+` +
    `(?:${alternation(TIME_UNITS)})$`,
  'i',
);
const AHEAD = new RegExp(`^\\s+(?:${alternation(VAGUE_AFTER_UNIT)})\\b`, 'i');
const PLURAL_UNIT = new RegExp(`\\b(?:${alternation(TIME_UNITS.filter((u) => u.endsWith('s')))})$`, 'i');

function isVague(context: ParsingContext, result: ParsingResult): boolean {
  if (PRESENT.test(result.text) || UNCOUNTED.test(result.text)) return true;
  const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 12);
  return PLURAL_UNIT.test(result.text) && AHEAD.test(after);
}

/** Refiner "drop-vague". */
export const dropVague: DateRefiner = {
  id: 'drop-vague',
  refine: (context, results) => results.filter((r) => !isVague(context, r)),
};
