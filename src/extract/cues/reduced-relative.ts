/**
 * A participle of evidence right after a common noun and before a preposition of place describes the noun:
 * "solvents found in paint", "the flaws shown on the scan", "a mineral found at the site". It is a reduced
 * relative ("solvents that are found in paint"), not the noun finding or showing something. A finding the
 * noun reports goes on to a clause ("Chemists found in a 2019 study that …") or names its document
 * ("…, chemists found in a survey."), and is left as a cue.
 */
import type { Token } from '../document/types.js';
import { CUE_VERB_TYPES, IRREGULAR_PAST_FORMS } from '../../vocabulary/cue-verbs.js';
import { PLACE_PREPOSITIONS } from '../../vocabulary/function-words.js';
import { EVIDENCE_NOUNS, REPORTING_DOCUMENT_NOUNS } from '../../vocabulary/speaker-words.js';
import { hasPastParticipleEnding } from '../util/participle.js';

const PLACE = new Set(PLACE_PREPOSITIONS);
const DOCUMENTS = new Set([...EVIDENCE_NOUNS, ...REPORTING_DOCUMENT_NOUNS]);
const IRREGULAR = new Map(Object.entries(IRREGULAR_PAST_FORMS));

/** Whether the evidence verb at `index` is a participle modifying the common noun before it. */
export function isReducedRelative(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  const lemma = IRREGULAR.get(token.lower) ?? token.lemma;
  if (CUE_VERB_TYPES.get(lemma) !== 'evidence' || (!hasPastParticipleEnding(token.lower) && !IRREGULAR.has(token.lower))) return false;
  if (before?.pos !== 'NOUN' || before.sentence !== token.sentence || after === undefined || !PLACE.has(after.lower)) return false;
  for (let i = index + 2; i < tokens.length; i += 1) {
    const word = tokens[i] as Token;
    if (word.sentence !== token.sentence) return true;
    if (word.lower === 'that' || DOCUMENTS.has(word.lower)) return false;
    if (word.pos === 'PUNCT' || word.pos === 'VERB' || word.pos === 'AUX') return true;
  }
  return true;
}
