/** Names ending like a place with a government ("Maricopa County", "Hebei Province") are GPE. */
import { isGpeFinalWord } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

/** GPE for a name of two or more words whose last word is a word for an administrative area. */
export const placeHeadRule: TypeRule = {
  id: 'entity-place-head',
  type: (m) => {
    const last = m.tokens[m.tokens.length - 1];
    return m.tokens.length > 1 && last !== undefined && /^\p{Lu}/u.test(last.text) && isGpeFinalWord(last.text)
      ? { type: 'GPE', strength: 2 }
      : null;
  },
};
