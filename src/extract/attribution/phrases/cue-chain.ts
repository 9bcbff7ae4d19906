/**
 * A phrase that hands its subject on to the verb of saying after it: "was quick to [note]", "took pains to
 * [stress]", "could not resist [pointing out]". The subject before the phrase is the speaker of the verb.
 */
import type { Sentence, Token } from '../../document/types.js';
import { CUE_CHAIN_OPENERS } from '../../../vocabulary/cue-verbs.js';

/** The openers as their words, longest first, so that "be among the first to" is tried before shorter ones. */
const OPENERS = CUE_CHAIN_OPENERS.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);

/** The word of an opener fits the token: its form, or its dictionary form ("took" for "take"). */
function fits(word: string, token: Token | undefined): boolean {
  return token !== undefined && (token.lower === word || token.lemma === word);
}

/**
 * With such a phrase ending right before token `end` inside `sentence`, the index of its first word; else null.
 */
export function cueChainStart(tokens: readonly Token[], end: number, sentence: Sentence): number | null {
  for (const words of OPENERS) {
    const start = end - words.length;
    if (start < sentence.firstToken) continue;
    if (words.every((word, k) => fits(word, tokens[start + k]))) return start;
  }
  return null;
}
