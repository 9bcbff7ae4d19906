/** Adjectives that report a belief or stance after "to be" or a verb like it: "was confident that …", "is critical of …". */
import type { Token } from '../document/types.js';
import { BE_FORMS, CLAUSE_CUE_ADJECTIVES, CUE_ADJECTIVES, LINKING_VERBS } from '../../vocabulary/cue-verbs.js';

const BE = new Set(BE_FORMS);
const ADJECTIVES = new Set(CUE_ADJECTIVES);
const CLAUSE_ADJECTIVES = new Set(CLAUSE_CUE_ADJECTIVES);
const LINKING = new Set(LINKING_VERBS);
/** Words that open the subject of a clause with no "that": "was sure the bill …", "is convinced she …". */
const CLAUSE_SUBJECT_TAGS = new Set(['PRON', 'PROPN', 'DET']);

/**
 * "are afraid that …", "was confident that …", "was sure the bill …": an adjective of belief (after "to be")
 * before its clause.
 */
export function isAdjectiveCue(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  if (!ADJECTIVES.has(token.lower) || next === undefined || next.sentence !== token.sentence) return false;
  return next.lower === 'that' || (CLAUSE_ADJECTIVES.has(token.lower) && CLAUSE_SUBJECT_TAGS.has(next.pos));
}

/** "is critical", "has remained so confident": the token of "to be" (or a verb like it) before an adjective, adverbs between. */
export function linkedAdjectiveStart(tokens: readonly Token[], index: number): number | null {
  for (let i = index - 1; i >= 0 && i >= index - 3; i -= 1) {
    const before = tokens[i] as Token;
    if (BE.has(before.lower) || (LINKING.has(before.lemma) && before.pos === 'VERB')) return i;
    if (before.pos !== 'ADV' && before.pos !== 'PART') return null;
  }
  return null;
}
