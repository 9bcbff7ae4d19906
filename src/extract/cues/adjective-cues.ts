/** Adjectives that report a belief or stance after "to be" or a verb like it: "was confident that …", "is critical of …". */
import type { Token } from '../document/types.js';
import {
  BE_FORMS, CLAUSE_CUE_ADJECTIVES, CUE_ADJECTIVES, DEGREE_BELIEF_ADJECTIVES, LINKING_VERBS, PREPOSITION_CUE_ADJECTIVES, RESULT_DEGREE_WORDS,
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

/** "critical of", "opposed to": an adjective and its preposition, whose object is the stance reported. */
const ADJECTIVE_PHRASES = new Set(Object.entries(PREPOSITION_CUE_ADJECTIVES).flatMap(([adjective, prepositions]) => prepositions.map((preposition) => `${adjective} ${preposition}`)));

/** A cue lemma of an adjective and its preposition: "critical of", "worried about". */
export function isPrepositionAdjectiveCue(lemma: string): boolean {
  return ADJECTIVE_PHRASES.has(lemma);
}

/** Most words of the subject between "with" and its adjective: "with [the party's senior leaders] worried about". */
const MAX_WITH_SUBJECT_TOKENS = 6;
/** Words of such a subject: "the", "party", "'s", "senior", "leaders". */
const WITH_SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** Most adverbs grading the adjective there: "with leaders [increasingly] worried". */
const MAX_WITH_ADVERBS = 2;

/**
 * "With party leaders increasingly worried about …": the token where the adjective's cue starts (the adverbs before
 * it, or itself) when "with" and a subject ending in a noun stand before it in place of "to be"; null otherwise.
 */
export function withSubjectAdjectiveStart(tokens: readonly Token[], index: number): number | null {
  let first = index;
  while (first > index - MAX_WITH_ADVERBS && tokens[first - 1]?.pos === 'ADV') first -= 1;
  const head = tokens[first - 1];
  if (head === undefined || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return null;
  for (let i = first - 2; i >= 0 && i >= first - 1 - MAX_WITH_SUBJECT_TOKENS; i -= 1) {
    const token = tokens[i] as Token;
    if (token.sentence !== head.sentence) return null;
    if (token.lower === 'with') return first;
    if (!WITH_SUBJECT_TAGS.has(token.pos)) return null;
  }
  return null;
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
