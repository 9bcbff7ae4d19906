/** Nouns for one who holds a stance, after "to be": "is a firm opponent of …", "are longtime backers of …". */
import type { Token } from '../document/types.js';
import { STANCE_HOLDER_NOUNS } from '../../vocabulary/cue-nouns.js';
import { linkedAdjectiveStart } from './adjective-cues.js';
import { singular } from '../util/plural.js';

const HOLDERS = new Set(STANCE_HOLDER_NOUNS);
/** Most words that describe the holder: "a [steady and vocal] supporter of". */
const MAX_MODIFIER_TOKENS = 4;
/** Words of such a description: adjectives, adverbs grading them, "and", commas, hyphens of compounds. */
const MODIFIER_TAGS = new Set(['ADJ', 'ADV', 'CCONJ']);
const INDEFINITE = new Set(['a', 'an']);

/**
 * "has been a steady and vocal supporter of": the token where the cue starts (the form of "to be" or
 * a verb like it) when the token at `index` is such a noun with "of" after it, its description before it and
 * "a" or "an" before that (none for a plural: "are longtime backers of"); null otherwise.
 */
export function stanceHolderCueStart(tokens: readonly Token[], index: number): number | null {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  if (!HOLDERS.has(token.lower) || token.pos !== 'NOUN' || next?.lower !== 'of' || next.sentence !== token.sentence) return null;
  let i = index - 1;
  while (i >= index - MAX_MODIFIER_TOKENS && i >= 0 && (MODIFIER_TAGS.has((tokens[i] as Token).pos) || /^[,-]$/.test((tokens[i] as Token).text))) i -= 1;
  const determiner = tokens[i];
  if (determiner === undefined || determiner.sentence !== token.sentence) return null;
  if (INDEFINITE.has(determiner.lower)) return linkedAdjectiveStart(tokens, i);
  return token.lower.endsWith('s') ? linkedAdjectiveStart(tokens, i + 1) : null;
}

/** The lemma of the cue of a stance-holder noun: "opponents" → "opponent of". */
export function stanceHolderLemma(noun: string): string {
  return `${singular(noun)} of`;
}

/** Lemmas of the cues above: "opponent of", "supporter of". */
const HOLDER_LEMMAS = new Set(STANCE_HOLDER_NOUNS.map(stanceHolderLemma));

/** A cue read by `stanceHolderCueStart`, whose "of" takes an object (the stance's topic), never a clause. */
export function isStanceHolderCue(lemma: string): boolean {
  return HOLDER_LEMMAS.has(lemma);
}
