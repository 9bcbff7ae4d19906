/** Names ending or opening like an organisation ("Adani Group", "Foreign Ministry", "Bank of Japan"). */
import { isOrgFinalWord, isOrgInitialWord } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

/**
 * ORG for a name of two or more words whose last word is an organisation head, that joins words with "&",
 * or that opens "Bank of …"; weakly for a head word alone ("the Treasury").
 */
export const orgHeadRule: TypeRule = {
  id: 'entity-org-head',
  type: (m) => {
    const words = m.tokens;
    const last = words[words.length - 1];
    const first = words[0];
    const second = words[1];
    if (last === undefined || first === undefined) return null;
    // "the Treasury", "Parliament": a head word alone, capitalised inside a sentence.
    if (words.length === 1) return isOrgFinalWord(last.text) && /^\p{Lu}\p{Ll}/u.test(last.text) ? { type: 'ORG', strength: 1 } : null;
    // "Major League Baseball", "Procter & Gamble": a head word after the first, or an ampersand.
    if (words.slice(1).some((word) => isOrgFinalWord(word.text) || word.text === '&')) return { type: 'ORG', strength: 2 };
    if (isOrgInitialWord(first.text) && second?.lower === 'of') return { type: 'ORG', strength: 2 };
    return null;
  },
};
