/** The plural forms of English words, in lower case. */
import { PLURAL_SUBJECT_NOUNS } from '../../vocabulary/cue-verbs.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** An "s" last after a letter other than s or u. */
const PLURAL_END = /[^su]s$/;
/** A possessive "s" last. */
const POSSESSIVE_S_END = /['’]s$/;

const PLURAL_WORDS = new Set(PLURAL_SUBJECT_NOUNS);

/** Whether a noun is plural by its form: "voters", "people", not "campus", "glass", "Roe's". */
export function isPluralNounForm(word: string): boolean {
  return PLURAL_WORDS.has(word) || (PLURAL_END.test(word) && !POSSESSIVE_S_END.test(word));
}

/** The form without its "-s" or "-es": "reports" → "report", "charges" → "charge", "stresses" → "stress". */
export function singular(word: string): string {
  if (word.endsWith('sses') || word.endsWith('shes') || word.endsWith('ches') || word.endsWith('xes')) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}
