/** The verbs of reporting as the document stage reads them, by lemma and by the form in -s of the present. */
import { CUE_NOUNS, CUE_VERB_TYPES, OBJECT_CUE_VERBS } from '../../vocabulary/cue-verbs.js';

/** Nouns of reporting, whose plural is written like a verb's form in -s: "claims", "reports", "fears". */
const REPORTING_NOUNS: ReadonlySet<string> = new Set(Object.values(CUE_NOUNS).flat());

/** Verbs that report words or a stance, by lemma. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([...CUE_VERB_TYPES.keys(), ...Object.values(OBJECT_CUE_VERBS).flat()]);

/** The stems a word in -s may have: "pushes" → "pushe", "push"; "denies" → "denie", "deny". */
function stemsOf(word: string): string[] {
  return [word.slice(0, -1), word.endsWith('es') ? word.slice(0, -2) : '', word.endsWith('ies') ? `${word.slice(0, -3)}y` : ''].filter((stem) => stem.length > 1);
}

/** Whether lower-case `word` is the plural of a noun of reporting, or such a noun: "claims", "fears", "calls". */
export function isReportingNounForm(word: string): boolean {
  return REPORTING_NOUNS.has(word) || (word.endsWith('s') && stemsOf(word).some((stem) => REPORTING_NOUNS.has(stem)));
}

/**
 * Whether lower-case `word` is the form in -s of a verb of reporting ("rules", "backs", "pushes", "denies")
 * and no plural of a noun of reporting ("claims", "fears", "calls"), which a title writes as often.
 */
export function isReportingPresentForm(word: string): boolean {
  if (!word.endsWith('s') || isReportingNounForm(word)) return false;
  return stemsOf(word).some((stem) => REPORTING_VERBS.has(stem));
}
