/**
 * A phrase that hands its subject on to the verb of saying after it: "was quick to [note]", "took pains to
 * [stress]", "could not resist [pointing out]", "stopped short of [calling]". The subject before the phrase is
 * the speaker of the verb.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { CUE_CHAIN_OPENERS, WITHHOLDING_CHAIN_OPENERS } from '../../../vocabulary/cue-verbs.js';
import type { RuleContext } from '../types.js';

/** Openers as their words, longest first, so that "be among the first to" is tried before shorter ones. */
function byLength(phrases: readonly string[]): string[][] {
  return phrases.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);
}

const OPENERS = byLength([...CUE_CHAIN_OPENERS, ...WITHHOLDING_CHAIN_OPENERS]);
const WITHHOLDING = byLength(WITHHOLDING_CHAIN_OPENERS);

/** The word of an opener fits the token: its form, or its dictionary form ("took" for "take"). */
function fits(word: string, token: Token | undefined): boolean {
  return token !== undefined && (token.lower === word || token.lemma === word);
}

/**
 * With such a phrase ending right before token `end` inside `sentence`, the index of its first word; else null.
 */
export function cueChainStart(tokens: readonly Token[], end: number, sentence: Sentence, openers = OPENERS): number | null {
  for (const words of openers) {
    const start = end - words.length;
    if (start < sentence.firstToken) continue;
    if (words.every((word, k) => fits(word, tokens[start + k]))) return start;
  }
  return null;
}

/** The first token of a phrase of holding back right before `cue` ("avoids condemning", "stopped short of calling"); else null. */
export function withholdingStart(context: RuleContext, cue: Cue): number | null {
  return cueChainStart(context.doc.tokens, cue.firstToken, context.doc.sentences[cue.sentence] as Sentence, WITHHOLDING);
}

/** `cue` widened to a phrase of holding back right before it; the cue as it is when none stands there. */
export function withWithholding(context: RuleContext, cue: Cue): Cue {
  const start = withholdingStart(context, cue);
  return start === null ? cue : { ...cue, start: (context.doc.tokens[start] as Token).start };
}
