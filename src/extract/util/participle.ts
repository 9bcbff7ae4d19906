import { REDUCED_PASSIVE_PARTICIPLES } from '../../vocabulary/construction-verbs.js';

/** Whether a word, in lower case, ends as most past participles do: "drafted", "written", "proposed". */
export function hasPastParticipleEnding(word: string): boolean {
  return /(?:ed|en)$/.test(word);
}

/**
 * A participle of REDUCED_PASSIVE_PARTICIPLES right before its preposition ("accused of", "charged with"):
 * passive whatever stands before it, since the active verb takes its object first.
 */
export function opensReducedPassive(tokens: readonly { lower: string }[], index: number): boolean {
  const prepositions = REDUCED_PASSIVE_PARTICIPLES[tokens[index]?.lower ?? ''];
  return prepositions !== undefined && prepositions.includes(tokens[index + 1]?.lower ?? '');
}
