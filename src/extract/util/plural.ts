/** Whether an English noun, in lower case, is plural by its form: "voters", "people", not "campus", "glass", "Roe's". */
import { PLURAL_SUBJECT_NOUNS } from '../../vocabulary/cue-verbs.js';

const PLURAL_WORDS = new Set(PLURAL_SUBJECT_NOUNS);

export function isPluralNounForm(word: string): boolean {
  return PLURAL_WORDS.has(word) || (/[^su]s$/.test(word) && !/['’]s$/.test(word));
}
