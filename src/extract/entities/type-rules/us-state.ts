/**
 * The full name of a state of the United States is a place ("Virginia", "Georgia"), although the lexicon
 * knows some as people's given names, and so is a part of one named by a compass word ("North Florida",
 * "Western Pennsylvania"). A person's full name with it ("Virginia Hale") types that word as the
 * person's elsewhere in the article (`consistency.ts`), and an honorific or a title comes first.
 */
import { isCompassWord, isUsStateName } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

/** GPE for a US state's name written in full, with or without a compass word before it. */
export const usStateRule: TypeRule = {
  id: 'entity-us-state',
  type: (m) => {
    const words = m.bare.split(/\s+/);
    if (isUsStateName(words.join(' '))) return { type: 'GPE', strength: 2 };
    const compass = words.length > 1 && isCompassWord(words[0] ?? '');
    return compass && isUsStateName(words.slice(1).join(' ')) ? { type: 'GPE', strength: 2 } : null;
  },
};
