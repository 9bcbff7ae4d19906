/** Whether a word, in lower case, ends as most past participles do: "drafted", "written", "proposed". */
export function hasPastParticipleEnding(word: string): boolean {
  return /(?:ed|en)$/.test(word);
}
