/** Names ending like an event ("Paris Peace Forum", "World Cup", "Olympic Games") are EVENT. */
import { isEventFinalWord } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

/** EVENT for a name of two or more words whose last word is an event head. */
export const eventHeadRule: TypeRule = {
  id: 'entity-event-head',
  type: (m) => {
    const last = m.tokens[m.tokens.length - 1];
    if (m.tokens.length < 2 || last === undefined) return null;
    // "World Series of Golf": the head may stand before an "of" complement.
    const head = m.tokens.findIndex((_token, i) => i > 0 && m.tokens[i + 1]?.text === 'of');
    const headWord = head > 0 ? m.tokens[head] : undefined;
    if (isEventFinalWord(last.text, true) || (headWord !== undefined && isEventFinalWord(headWord.text, true))) {
      return { type: 'EVENT', strength: 2 };
    }
    return null;
  },
};
