/**
 * Drops "may" and "march" read as months when they are verbs: written in lower case ("prices may fall",
 * "they march on"), or tagged as a verb by the tagger with no day or year beside them ("May I ask").
 */
import type { ParsingResult } from 'chrono-node';
import type { Document } from '../../document/types.js';
import { VERB_MONTHS } from '../../../vocabulary/dates.js';
import { alternation } from '../pattern.js';
import type { DateRefiner } from '../rule.js';
import { tokensIn } from '../tokens.js';

const VERB_MONTH = new RegExp(`\\b(?:${alternation(VERB_MONTHS)})\\b`, 'i');

function isVerbMonth(doc: Document, offset: number, result: ParsingResult): boolean {
  const match = VERB_MONTH.exec(result.text);
  if (match === null) return false;
  const word = match[0];
  if (word === word.toLowerCase()) return true;
  if (result.start.isCertain('day') || result.start.isCertain('year')) return false;
  const start = offset + result.index + match.index;
  const token = tokensIn(doc, start, start + word.length)[0];
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX');
}

/** Refiner "drop-verb-months", over the words of `doc`; chrono's text starts at `offset` in it. */
export function dropVerbMonths(doc: Document, offset: number): DateRefiner {
  return {
    id: 'drop-verb-months',
    refine: (_context, results) => results.filter((r) => !isVerbMonth(doc, offset, r)),
  };
}
