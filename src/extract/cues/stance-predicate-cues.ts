/**
 * Predicates that report their subject's stance on a topic named after a preposition: a stance held as a noun
 * ("has serious reservations about …", "had no illusions about …") and a phrase headed by a preposition after
 * "to be" ("is against …", "was never on board with …").
 */
import type { Token } from '../document/types.js';
import { AGAINST_NON_TOPIC_HEADS, PREPOSITION_STANCE_PHRASES } from '../../vocabulary/cue-verbs.js';
import { HELD_STANCE_NOUNS, HELD_STANCE_PREPOSITIONS } from '../../vocabulary/cue-nouns.js';
import { POSSESSIVE_PRONOUNS } from '../../vocabulary/pronouns.js';
import { linkedAdjectiveStart } from './adjective-cues.js';

/** Where such a cue starts and ends (tokens, end exclusive), the token read as its verb, and its lemma. */
export interface StancePredicate {
  readonly first: number;
  readonly verb: number;
  readonly end: number;
  readonly lemma: string;
}

const HELD_NOUNS = new Set(HELD_STANCE_NOUNS);
const HELD_PREPOSITIONS = new Set(HELD_STANCE_PREPOSITIONS);
/** The phrases as their words, by first word: the finder asks of every token, and most open none. */
const PHRASES_BY_FIRST_WORD = new Map<string, string[][]>();
for (const phrase of PREPOSITION_STANCE_PHRASES) {
  const words = phrase.split(' ');
  const first = words[0] ?? '';
  PHRASES_BY_FIRST_WORD.set(first, [...(PHRASES_BY_FIRST_WORD.get(first) ?? []), words]);
}
const NON_TOPIC_HEADS = new Set(AGAINST_NON_TOPIC_HEADS);
const POSSESSIVES = new Set(POSSESSIVE_PRONOUNS);
/** Most words describing a held stance: "has [no such] reservations", "had [very serious] doubts". */
const MAX_MODIFIER_TOKENS = 3;
/** Words of that description: "no", "such", "serious", "his", "deep". */
const MODIFIER_TAGS = new Set(['DET', 'ADJ', 'ADV']);
/** The lemma of every cue of a held stance starts so: "have reservations about". */
const HELD_LEMMA_START = 'have ';
/** Most words of a topic's head after "against": "against [the state's] law". */
const MAX_TOPIC_WORDS = 4;

/** The stance predicate whose first word is the token at `index`, or null. */
export function stancePredicateAt(tokens: readonly Token[], index: number): StancePredicate | null {
  return heldStanceAt(tokens, index) ?? prepositionPhraseAt(tokens, index);
}

/** A cue read by `stancePredicateAt`, whose last word takes an object (the stance's topic), never a clause. */
export function isStancePredicateCue(lemma: string): boolean {
  return lemma.startsWith(HELD_LEMMA_START) || PREDICATE_LEMMAS.has(lemma);
}

const PREDICATE_LEMMAS = new Set(PREPOSITION_STANCE_PHRASES);

/** "has serious reservations about": a form of "have" as the main verb, a stance noun and its preposition. */
function heldStanceAt(tokens: readonly Token[], index: number): StancePredicate | null {
  const have = tokens[index] as Token;
  if (have.lemma !== 'have') return null;
  for (let i = index + 1; i <= index + 1 + MAX_MODIFIER_TOKENS; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.sentence !== have.sentence) return null;
    const preposition = tokens[i + 1];
    if (HELD_NOUNS.has(token.lower) && preposition !== undefined && HELD_PREPOSITIONS.has(preposition.lower)) {
      return { first: index, verb: index, end: i + 2, lemma: `${HELD_LEMMA_START}${token.lower} ${preposition.lower}` };
    }
    if (!MODIFIER_TAGS.has(token.pos) && !POSSESSIVES.has(token.lower)) return null;
  }
  return null;
}

/** "is against", "was not as on board with": a stance phrase after "to be" or a verb like it. */
function prepositionPhraseAt(tokens: readonly Token[], index: number): StancePredicate | null {
  const candidates = PHRASES_BY_FIRST_WORD.get(tokens[index]?.lower ?? '');
  if (candidates === undefined) return null;
  const words = candidates.find((phrase) => phrase.every((word, offset) => tokens[index + offset]?.lower === word));
  if (words === undefined || tokens[index + words.length - 1]?.sentence !== tokens[index]?.sentence) return null;
  // "was up against a tough field" faces it; "is against the law" breaks it.
  if (tokens[index - 1]?.lower === 'up' || (words.length === 1 && namesNonTopic(tokens, index + 1))) return null;
  // "as on board as …": a comparison's "as" stands between the verb and the phrase.
  const linked = linkedAdjectiveStart(tokens, tokens[index - 1]?.lower === 'as' ? index - 1 : index);
  if (linked === null) return null;
  return { first: linked, verb: index, end: index + words.length, lemma: words.join(' ') };
}

/** A rule or a place follows "against" at `start`: "the law", "the state's rules", "the wall". */
function namesNonTopic(tokens: readonly Token[], start: number): boolean {
  for (let i = start; i < start + MAX_TOPIC_WORDS; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.pos === 'ADP' || token.pos === 'PUNCT') return false;
    if (NON_TOPIC_HEADS.has(token.lower)) return true;
  }
  return false;
}
