/**
 * Drops a day counted from "then" ("the next morning", "the following day", "the previous day") in a
 * sentence in the simple present: "I call my opponent the next morning" tells what someone does after any
 * such event, and names no day. In the past ("she left the next morning") or the future it counts from
 * the date in focus (see anchored-reference).
 */
import type { ParsingResult } from 'chrono-node';
import type { Document } from '../../document/types.js';
import { ANAPHORA_TAG } from '../parsers/anaphoric-period.js';
import type { DateRefiner } from '../rule.js';
import { weekdayTenseAt } from '../tense.js';

/** Tags of days one before or one after the day in focus. */
const DAY_OFFSETS = new Set([`${ANAPHORA_TAG}1/day`, `${ANAPHORA_TAG}-1/day`]);

function isHabitual(doc: Document, offset: number, result: ParsingResult): boolean {
  if (![...result.start.tags()].some((tag) => DAY_OFFSETS.has(tag))) return false;
  const start = offset + result.index;
  return weekdayTenseAt(doc, start, start + result.text.length) === 'present';
}

/** Refiner "drop-habitual-offsets", over the sentences of `doc`; chrono's text starts at `offset` in it. */
export function dropHabitualOffsets(doc: Document, offset: number): DateRefiner {
  return {
    id: 'drop-habitual-offsets',
    refine: (_context, results) => results.filter((r) => !isHabitual(doc, offset, r)),
  };
}
