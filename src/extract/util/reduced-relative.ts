/**
 * Reduced relatives: a past participle that describes the noun before it instead of telling what the noun
 * did. Two shapes are read. A participle of evidence after a common noun and before a preposition of place
 * ("solvents found in paint", "the flaws shown on the scan") is a reduced relative ("solvents that are found in
 * paint"), not the noun finding or showing something; a finding the noun reports goes on to a clause
 * ("Chemists found in a 2019 study that …") or names its document ("…, chemists found in a survey."). A
 * participle right before the preposition it takes in the passive ("clients accused of fraud", "two men
 * charged with arson") is passive whatever stands before it, since the active verb takes its object first.
 */
import type { Token } from '../document/types.js';
import { CUE_VERB_TYPES, IRREGULAR_PAST_FORMS } from '../../vocabulary/cue-verbs.js';
import { REDUCED_PASSIVE_PARTICIPLES } from '../../vocabulary/construction-verbs.js';
import { PLACE_PREPOSITIONS } from '../../vocabulary/function-words.js';
import { EVIDENCE_NOUNS, REPORTING_DOCUMENT_NOUNS } from '../../vocabulary/speaker-words.js';
import { hasPastParticipleEnding } from './participle.js';

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

/**
 * A participle of REDUCED_PASSIVE_PARTICIPLES right before its preposition ("accused of", "charged with"):
 * passive whatever stands before it, since the active verb takes its object first.
 */
export function opensReducedPassive(tokens: readonly { lower: string }[], index: number): boolean {
  const prepositions = REDUCED_PASSIVE_PARTICIPLES[tokens[index]?.lower ?? ''];
  return prepositions !== undefined && prepositions.includes(tokens[index + 1]?.lower ?? '');
}
