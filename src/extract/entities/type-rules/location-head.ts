/** Names of natural places ("Yellow River", "Lake Victoria", "Mount Everest") are LOC. */
import { isLocationFinalWord, isLocationInitialWord } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

/** LOC for a name of two or more words that ends or opens with a word for a natural place. */
export const locationHeadRule: TypeRule = {
  id: 'entity-location-head',
  type: (m) => {
    const first = m.tokens[0];
    const last = m.tokens[m.tokens.length - 1];
    if (m.tokens.length < 2 || first === undefined || last === undefined) return null;
    return isLocationFinalWord(last.text) || isLocationInitialWord(first.text) ? { type: 'LOC', strength: 2 } : null;
  },
};
