/**
 * Nationalities and religious or political groups ("Chinese", "Americans", "Kurds") are NORP, and so are
 * they after a compass word ("Southeast Asian", "West Indian").
 */
import { countryByDemonym, isCompassWord, isNorpGroup, type NameLookup } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

/** True for a demonym or a known group. */
function isGroupWord(text: string | NameLookup): boolean {
  return countryByDemonym(text) !== undefined || isNorpGroup(text);
}

/** True for a compass word, or a compass word with its hyphen ("South-", "East"), before a group word. */
function isCompassPart(text: string): boolean {
  return isCompassWord(text) || text === '-';
}

/**
 * NORP for a demonym, its plural, a known group, words that are all of these ("Syrian Kurds"), or one of
 * these after compass words ("Central European").
 */
export const nationalityRule: TypeRule = {
  id: 'entity-nationality',
  type: (m) => {
    if (isGroupWord(m.bareLookup)) return { type: 'NORP', strength: 3 };
    if (m.tokens.length < 2) return null;
    if (m.tokens.every((token) => isGroupWord(token.text))) return { type: 'NORP', strength: 3 };
    const last = m.tokens[m.tokens.length - 1];
    return last !== undefined && isGroupWord(last.text) && m.tokens.slice(0, -1).every((token) => isCompassPart(token.text))
      ? { type: 'NORP', strength: 3 }
      : null;
  },
};
