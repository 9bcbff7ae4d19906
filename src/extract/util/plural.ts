/** The plural forms of English words, in lower case. */
import { PLURAL_SUBJECT_NOUNS } from '../../vocabulary/cue-verbs.js';

const PLURAL_WORDS = new Set(PLURAL_SUBJECT_NOUNS);

/** Whether a noun is plural by its form: "voters", "people", not "campus", "glass", "Roe's". */
export function isPluralNounForm(word: string): boolean {
  return PLURAL_WORDS.has(word) || (/[^su]s$/.test(word) && !/['’]s$/.test(word));
}

/** The form without its "-s" or "-es": "reports" → "report", "charges" → "charge", "stresses" → "stress". */
export function singular(word: string): string {
  if (word.endsWith('sses') || word.endsWith('shes') || word.endsWith('ches') || word.endsWith('xes')) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}
