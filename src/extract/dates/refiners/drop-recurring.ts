/**
 * Drops a recurring time, which names no one date: "each Thursday", "every July", "every Monday morning".
 * chrono reads the weekday or month alone and places it as if it were one.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { DateRefiner } from '../rule.js';

const EVERY_BEFORE = /\b(?:each|every)\s+$/i;

function isRecurring(context: ParsingContext, result: ParsingResult): boolean {
  return EVERY_BEFORE.test(context.text.slice(Math.max(0, result.index - 8), result.index));
}

/** Refiner "drop-recurring". */
export const dropRecurring: DateRefiner = {
  id: 'drop-recurring',
  refine: (context, results) => results.filter((r) => !isRecurring(context, r)),
};
