/**
 * The full name of a state of the United States is a place ("Virginia", "Georgia"), although the lexicon
 * knows some as people's given names. A person's full name with it ("Virginia Hale") types that word as
 * the person's elsewhere in the article (`consistency.ts`), and an honorific or a title comes first.
 */
import { isUsStateName } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

/** GPE for a US state's name written in full. */
export const usStateRule: TypeRule = {
  id: 'entity-us-state',
  type: (m) => (isUsStateName(m.bare.replace(/\s+/g, ' ')) ? { type: 'GPE', strength: 2 } : null),
};
