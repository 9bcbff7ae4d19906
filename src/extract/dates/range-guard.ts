/**
 * When two dates with "to", "through" or "until" between them are not a range, against chrono's merging
 * refiner, which joins any two: when the first ends on a comma ("set to lapse last Monday, to April 9":
 * the second says where a deadline moved), when the second owns a noun ("a revision Friday to
 * December's figures"), or when the first is a period that holds the second ("this year through Oct. 19",
 * "1998 through June": the part of the period up to the second, which a range of the two would state as
 * the whole period).
 */
import type { ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import { pinnedPrecision } from './rule.js';
import { statedPrecision } from './to-mention.js';

const ENDS_ON_COMMA = /,\s*$/;
const POSSESSIVE = /^['’]s\b/;

/**
 * True when the year (or month) `first` states holds the finer date `second`: a second that names no year
 * of its own is within a year, and a day is within its month. (Years implied at this stage are chrono's
 * nearest guess, placed later by tense, so they are not compared.)
 */
function holds(first: ParsingResult, second: ParsingComponents): boolean {
  const precision = pinnedPrecision(first) ?? statedPrecision(first.start);
  if (first.end || (precision !== 'year' && precision !== 'month')) return false;
  const inner = statedPrecision(second);
  if (inner === 'year' || (precision === 'month' && inner === 'month')) return false;
  if (second.isCertain('year') && second.get('year') !== first.start.get('year')) return false;
  return precision === 'year' ? !second.isCertain('year') : first.start.get('month') === second.get('month');
}

/** True when `first` and `second`, which chrono would merge into a range, must stay two dates. */
export function isNotARange(context: ParsingContext, first: ParsingResult, second: ParsingResult): boolean {
  if (ENDS_ON_COMMA.test(first.text)) return true;
  const after = second.index + second.text.length;
  if (POSSESSIVE.test(context.text.slice(after, after + 3))) return true;
  return holds(first, second.start);
}
