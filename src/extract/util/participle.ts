import { REDUCED_PASSIVE_PARTICIPLES } from '../../vocabulary/construction-verbs.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** An "ed" or "en" last. */
const PARTICIPLE_END = /(?:ed|en)$/;

/** Whether a word, in lower case, ends as most past participles do: "drafted", "written", "proposed". */
export function hasPastParticipleEnding(word: string): boolean {
  return PARTICIPLE_END.test(word);
}

/**
 * A participle of REDUCED_PASSIVE_PARTICIPLES right before its preposition ("accused of", "charged with"):
 * passive whatever stands before it, since the active verb takes its object first.
 */
export function opensReducedPassive(tokens: readonly { lower: string }[], index: number): boolean {
  const prepositions = REDUCED_PASSIVE_PARTICIPLES[tokens[index]?.lower ?? ''];
  return prepositions !== undefined && prepositions.includes(tokens[index + 1]?.lower ?? '');
}
