/**
 * Trims the punctuation chrono's weekday rule takes in around a date ("Tuesday," → "Tuesday",
 * ", Sunday" → "Sunday"), so a span starts and ends on the expression's words.
 */
import type { ParsingResult } from 'chrono-node';
import { markRefined, type DateRefiner } from '../rule.js';

const LEADING = /^[\s,;:(（[]+/;
const TRAILING = /[\s,;:)）\]]+$/;

function trim(result: ParsingResult): ParsingResult {
  const lead = LEADING.exec(result.text)?.[0].length ?? 0;
  const rest = result.text.slice(lead);
  const trail = TRAILING.exec(rest)?.[0].length ?? 0;
  if (lead === 0 && trail === 0) return result;
  result.index += lead;
  result.text = rest.slice(0, rest.length - trail);
  markRefined(result, 'trim-punctuation');
  return result;
}

/** Refiner "trim-punctuation". */
export const trimPunctuation: DateRefiner = {
  id: 'trim-punctuation',
  refine: (_context, results) => results.map(trim).filter((r) => r.text.length > 0),
};
