// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** An "ed" or "en" last. */
const PARTICIPLE_END = /(?:ed|en)$/;

/** Whether a word, in lower case, ends as most past participles do: "drafted", "written", "proposed". */
export function hasPastParticipleEnding(word: string): boolean {
  return PARTICIPLE_END.test(word);
}

