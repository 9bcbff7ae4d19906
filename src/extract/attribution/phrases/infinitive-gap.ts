/**
 * Where the infinitive of an intention verb opens past words set between them: a manner adverb ("voted
 * unanimously to …"), a vote count ("voted 7-2 to …", "voted 9 to 4 to …"), a phrase of circumstance ("decided
 * after a long review not to …", "voted along party lines, to …").
 */
import type { Token } from '../../document/types.js';
import { VERB_NEGATION_SET } from '../../../vocabulary/cue-verbs.js';
import { INFINITIVE_GAP_PREPOSITIONS } from '../../../vocabulary/speaker-words.js';
import { isInfinitiveAt, isJoiningHyphen } from './tokens.js';

const GAP_PREPOSITIONS = new Set(INFINITIVE_GAP_PREPOSITIONS);
/** A count of votes written as one token: "7-2", "19–15". */
const VOTE_COUNT = /^\d+[-\u2013]\d+$/;
/** Most words of a phrase of circumstance before the infinitive. */
const MAX_GAP_PHRASE_TOKENS = 7;

/**
 * The token where the infinitive (or "not to", "never to") opens after the gap starting at `from`, or null
 * when no such gap and infinitive follow before `end`.
 */
export function infinitiveAfterGap(tokens: readonly Token[], from: number, end: number): number | null {
  let i = from;
  if (tokens[i]?.pos === 'ADV' && !VERB_NEGATION_SET.has(tokens[i]?.lower ?? '')) i += 1;
  if (VOTE_COUNT.test(tokens[i]?.text ?? '')) i += 1;
  else if (tokens[i]?.pos === 'NUM' && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'NUM') i += 3;
  if (GAP_PREPOSITIONS.has(tokens[i]?.lower ?? '')) i = pastGapPhrase(tokens, i, end) ?? from;
  if (i === from) return null;
  if (tokens[i]?.text === ',') i += 1;
  if (VERB_NEGATION_SET.has(tokens[i]?.lower ?? '') && isInfinitiveAt(tokens, i + 1) && i + 1 < end) return i;
  return isInfinitiveAt(tokens, i) && i < end ? i : null;
}

/** The token after a phrase of circumstance opening at `start` that runs to an infinitive, or null. */
function pastGapPhrase(tokens: readonly Token[], start: number, end: number): number | null {
  for (let i = start + 1; i < end && i <= start + MAX_GAP_PHRASE_TOKENS; i += 1) {
    const token = tokens[i] as Token;
    const infinitive = isInfinitiveAt(tokens, i) || (VERB_NEGATION_SET.has(token.lower) && isInfinitiveAt(tokens, i + 1));
    if (infinitive || (token.text === ',' && isInfinitiveAt(tokens, i + 1))) return i > start + 1 ? i : null;
    const hyphen = isJoiningHyphen(tokens[i - 1], token, tokens[i + 1]);
    if (token.pos === 'VERB' || token.pos === 'AUX' || (token.pos === 'PUNCT' && !hyphen) || token.lower === 'to') return null;
  }
  return null;
}
