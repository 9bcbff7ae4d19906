/**
 * Drops "in" and a counted span in a past-tense clause: "the credits created 40,000 jobs in three years",
 * "the firm doubled its sales in two years" tell how long something took, where chrono counts the span
 * ahead from today. In the future or present ("the plant will open in three years") it names a time ahead
 * and stays, as it does after a modal or an infinitive anywhere before it in the sentence ("said the plant
 * would open in three years", "promised to finish in two years"), whose verb the tagger may miss. The past
 * verb must stand before it in its own clause ("Heading into the debate in ten days, she told …" keeps it).
 */
import type { ParsingResult } from 'chrono-node';
import type { Document } from '../../document/types.js';
import { COUNT_WORDS, TIME_UNITS } from '../../../vocabulary/dates.js';
import { alternation } from '../pattern.js';
import type { DateRefiner } from '../rule.js';
import { directionAt } from '../tense.js';
import { tokenIndexAfter } from '../tokens.js';

/** Words that put a later verb ahead of the clause's time: modals and the "to" of an infinitive. */
const AHEAD_WORDS = new Set(['will', "'ll", '’ll', 'would', 'could', 'can', 'may', 'might', 'shall', 'should', 'must', 'to']);
const IN_COUNTED_SPAN = new RegExp(`^in\\s+(?:\\d+|${alternation(COUNT_WORDS)})\\s+(?:${alternation(TIME_UNITS)})$`, 'i');

function isPastSpan(doc: Document, offset: number, result: ParsingResult): boolean {
  if (!IN_COUNTED_SPAN.test(result.text)) return false;
  const start = offset + result.index;
  if (directionAt(doc, start, start + result.text.length) !== 'past') return false;
  const first = tokenIndexAfter(doc, start);
  const sentence = doc.tokens[first]?.sentence;
  for (let i = first - 1; i >= 0 && doc.tokens[i]?.sentence === sentence; i -= 1) {
    if (AHEAD_WORDS.has(doc.tokens[i]?.lower ?? '')) return false;
  }
  return hasFiniteVerbBefore(doc, first);
}

/** A verb not in "-ing" before token `index` in its clause (back to a comma): "doubled its sales in two years". */
function hasFiniteVerbBefore(doc: Document, index: number): boolean {
  const sentence = doc.tokens[index]?.sentence;
  for (let i = index - 1; i >= 0; i -= 1) {
    const token = doc.tokens[i];
    if (token === undefined || token.sentence !== sentence || token.text === ',') return false;
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !token.lower.endsWith('ing')) return true;
  }
  return false;
}

/** Refiner "drop-past-spans", over the sentences of `doc`; chrono's text starts at `offset` in it. */
export function dropPastSpans(doc: Document, offset: number): DateRefiner {
  return {
    id: 'drop-past-spans',
    refine: (_context, results) => results.filter((r) => !isPastSpan(doc, offset, r)),
  };
}
