/** Adjectives that report a belief or stance after "to be" or a verb like it: "was confident that …", "is critical of …". */
import type { Token } from '../document/types.js';
import {
  BE_FORMS, CLAUSE_CUE_ADJECTIVES, CUE_ADJECTIVES, DEGREE_BELIEF_ADJECTIVES, LINKING_VERBS, RESULT_DEGREE_WORDS,
} from '../../vocabulary/cue-verbs.js';
import { CLAUSE_SUBJECT_PRONOUNS } from '../../vocabulary/function-words.js';

const BE = new Set(BE_FORMS);
const ADJECTIVES = new Set(CUE_ADJECTIVES);
const CLAUSE_ADJECTIVES = new Set(CLAUSE_CUE_ADJECTIVES);
const LINKING = new Set(LINKING_VERBS);
const DEGREE_BELIEF = new Set(DEGREE_BELIEF_ADJECTIVES);
const RESULT_DEGREE = new Set(RESULT_DEGREE_WORDS);
const PERSONAL_SUBJECTS = new Set(CLAUSE_SUBJECT_PRONOUNS);
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
  if (opensResultClause(tokens, index)) return false;
  return next.lower === 'that' || (CLAUSE_ADJECTIVES.has(token.lower) && CLAUSE_SUBJECT_TAGS.has(next.pos));
}

/**
 * "was so angry that he left": a word of degree before an adjective of feeling makes the clause after it one of
 * result, not the feeling's content. Adjectives of belief keep their content ("was so sure that …").
 */
function opensResultClause(tokens: readonly Token[], index: number): boolean {
  if (DEGREE_BELIEF.has((tokens[index] as Token).lower) || !opensWithPersonalSubject(tokens, index + 1)) return false;
  // "so very angry that …": adverbs may stand between the word of degree and the adjective.
  for (let i = index - 1; i >= 0 && i >= index - 3; i -= 1) {
    const before = tokens[i] as Token;
    if (RESULT_DEGREE.has(before.lower)) return true;
    if (before.pos !== 'ADV') return false;
  }
  return false;
}

/**
 * "… that he left", "… she sat down": a clause whose subject is a personal pronoun. After "so" and a feeling, it
 * is most often what the one who felt it did; a clause with another subject is as often the feeling's cause
 * ("so frustrated that the state is cutting funds").
 */
function opensWithPersonalSubject(tokens: readonly Token[], index: number): boolean {
  const first = tokens[index]?.lower === 'that' ? tokens[index + 1] : tokens[index];
  return first !== undefined && PERSONAL_SUBJECTS.has(first.lower);
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
