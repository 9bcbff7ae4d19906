/**
 * Names of laws and public programmes are EVENT, like treaties: no person though they often carry one's
 * name ("Harlan Grants", "the Ortiz Plan"), nor an organisation ("Clean Water Act"). One word ending like
 * a programme ("Smithcare") is one too when written with its capital inside a sentence, unless the lexicon
 * knows the word ("Medicare" is an organisation there).
 */
import { lexiconKinds } from '../../util/compromise-lexicon.js';
import { isLawFinalWord, programmeNameEnding } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A letter or number first, or a lone comma. */
const WORD_OR_COMMA = /^(?:[\p{L}\p{N}]|,$)/u;

/** EVENT for a name of two or more words ending in a law's or programme's head, or one word ending like a programme. */
export const lawHeadRule: TypeRule = {
  id: 'entity-law-head',
  type: (m) => {
    const last = m.tokens[m.tokens.length - 1];
    if (last === undefined) return null;
    if (m.tokens.length >= 2 && isLawFinalWord(last.text)) return { type: 'EVENT', strength: 2 };
    // Only a capital inside a sentence, after a word or a comma, says a word so made is a name: "Healthcare
    // costs rose" opens a sentence, and one after a bracket may be the end of another name.
    const before = m.doc.tokens[m.first - 1];
    const insideSentence = before !== undefined && before.sentence === last.sentence && WORD_OR_COMMA.test(before.text);
    if (m.tokens.length === 1 && insideSentence && programmeNameEnding(last.text) && lexiconKinds(last.lower).length === 0) {
      return { type: 'EVENT', strength: 2 };
    }
    return null;
  },
};
