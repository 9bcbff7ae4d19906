/**
 * Drops a recurring time, which names no one date: "each Thursday", "every July", "every Monday morning".
 * chrono reads the weekday or month alone and places it as if it were one. A weekend after "a" names a
 * kind of weekend in the same way: "a long weekend", "a three-day weekend".
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { DateRefiner } from '../rule.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** "weekend". */
const WEEKEND = /^weekend$/i;

const EVERY_BEFORE = /\b(?:each|every)\s+$/i;
/** "a", "an", and at most one word describing the weekend after it ("a three-day weekend"). */
const INDEFINITE_BEFORE = /\b(?:a|an)\s+(?:[a-z][\w-]*\s+)?$/i;

/** "a long weekend", "a three-day weekend": a kind of weekend, not one of the calendar. */
function isKindOfWeekend(result: ParsingResult, before: string): boolean {
  return WEEKEND.test(result.text) && INDEFINITE_BEFORE.test(before);
}

function isRecurring(context: ParsingContext, result: ParsingResult): boolean {
  const before = context.text.slice(Math.max(0, result.index - 24), result.index);
  return EVERY_BEFORE.test(before) || isKindOfWeekend(result, before);
}

/** Refiner "drop-recurring". */
export const dropRecurring: DateRefiner = {
  id: 'drop-recurring',
  refine: (context, results) => results.filter((r) => !isRecurring(context, r)),
};
