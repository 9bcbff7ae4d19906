/** Nationalities and religious or political groups ("Chinese", "Americans", "Kurds") are NORP. */
import { countryByDemonym, isNorpGroup, type NameLookup } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

/** True for a demonym or a known group. */
function isGroupWord(text: string | NameLookup): boolean {
  return countryByDemonym(text) !== undefined || isNorpGroup(text);
}

/** NORP for a demonym, its plural, a known group, or words that are all of these ("Syrian Kurds"). */
export const nationalityRule: TypeRule = {
  id: 'entity-nationality',
  type: (m) =>
    isGroupWord(m.bareLookup) || (m.tokens.length > 1 && m.tokens.every((token) => isGroupWord(token.text)))
      ? { type: 'NORP', strength: 3 }
      : null,
};
