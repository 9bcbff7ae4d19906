/**
 * Drops durations, which chrono reads as dates counted from today: "for three weeks", "within a week",
 * "over two years", "the past two months", "the next few years", "the past year", "for much of the
 * summer", "the slowest climb in a year", "in a quarter that produced a loss". "two weeks ago", "in two weeks", "last year" and "for much of 2023" name a point or period of
 * the calendar and stay.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { COUNT_WORDS, SUPERLATIVE_CUES, TIME_UNITS } from '../../../vocabulary/dates.js';
import { alternation } from '../pattern.js';
import type { DateRefiner } from '../rule.js';

const LASTING = /^(?:for|within|during|over|throughout)\b/i;
const COUNTED_SPAN = new RegExp(
  `^(?:the\\s+)?(?:past|last|next|coming|following|previous|first)\\s+(?:\\d+|${alternation(COUNT_WORDS)})` +
    `(?:\\s+(?:of|or\\s+so))?\\s+(?:${alternation(TIME_UNITS)})\\b`,
  'i',
);
const THE_PAST_UNIT = /^past\s+\w+$/i;
const THE_BEFORE = /\bthe\s+$/i;
/** "for much of the summer", "throughout most of the week": part of a period the text has in mind. */
const PART_OF_BEFORE = /\b(?:for|during|throughout|over)\s+(?:much|most|all|part|parts|the\s+rest|the\s+bulk)\s+of\s+$/i;
const THE_PERIOD = /^the\s+[a-z]+$/i;
const IN_ONE_UNIT = new RegExp(`^in\\s+(?:a|an|one)\\s+(?:${alternation(TIME_UNITS)})$`, 'i');
/** A superlative earlier in the clause: "the slowest climb in a year", "the first time in a decade". */
const SUPERLATIVE_BEFORE = new RegExp(`\\b(?:${alternation(SUPERLATIVE_CUES)})\\b[^,;.]*$`, 'i');
/** "in a quarter that produced a loss": a kind of period, not one ahead. */
const RELATIVE_AFTER = /^\s+(?:that|which|when|where|in\s+which)\b/i;

function isDuration(context: ParsingContext, result: ParsingResult): boolean {
  if (LASTING.test(result.text) || COUNTED_SPAN.test(result.text)) return true;
  const before = context.text.slice(Math.max(0, result.index - 8), result.index);
  if (THE_PAST_UNIT.test(result.text) && THE_BEFORE.test(before)) return true;
  const longer = context.text.slice(Math.max(0, result.index - 32), result.index);
  if (THE_PERIOD.test(result.text) && PART_OF_BEFORE.test(longer)) return true;
  if (!IN_ONE_UNIT.test(result.text)) return false;
  const end = result.index + result.text.length;
  if (RELATIVE_AFTER.test(context.text.slice(end, end + 12))) return true;
  return SUPERLATIVE_BEFORE.test(context.text.slice(Math.max(0, result.index - 60), result.index));
}

/** Refiner "drop-durations". */
export const dropDurations: DateRefiner = {
  id: 'drop-durations',
  refine: (context, results) => results.filter((r) => !isDuration(context, r)),
};
