/** "one" or "another" standing for one of the messages named just before it: "a batch of emails that contained one …". */
import type { Token } from '../document/types.js';
import { MESSAGE_PLURALS } from '../../vocabulary/speaker-words.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** "that", "which" or "them". */
const THAT_WHICH_THEM = /^(?:that|which|them)$/;
/** The tags VERB, ADP, SCONJ. */
const TAGS_VERB_ADP_SCONJ = /^(?:VERB|ADP|SCONJ)$/;

const MESSAGES = new Set(MESSAGE_PLURALS);
/** Most tokens between the messages' noun and "one": "posts [that included] one", "letters[,] one". */
const MAX_GAP_TOKENS = 4;

/**
 * Token `one` is "one" or "another", and the nearest noun before it, a few tokens back in the same sentence,
 * names messages ("letters, one …"); "one" after "voters" or "rallies" may be a person or an event.
 */
export function standsForMessage(tokens: readonly Token[], one: number): boolean {
  const word = tokens[one];
  if (word === undefined || (word.lower !== 'one' && word.lower !== 'another')) return false;
  for (let i = one - 1; i >= 0 && i >= one - 1 - MAX_GAP_TOKENS && tokens[i]?.sentence === word.sentence; i -= 1) {
    const token = tokens[i] as Token;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') return MESSAGES.has(token.lower);
    // "emails that contained one", "letters, including one", "tweets, among them one".
    const between = token.text === ',' || TAGS_VERB_ADP_SCONJ.test(token.pos) || THAT_WHICH_THEM.test(token.lower);
    if (!between) return false;
  }
  return false;
}
