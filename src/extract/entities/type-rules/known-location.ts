/**
 * Continents, regions, seas and rivers of the vocabulary ("Europe", "Black Sea") are LOC, and so is a
 * compass part of one ("North Atlantic", "Western Europe").
 */
import { isCompassWord, isKnownLocation } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

/** LOC for a place of the locations vocabulary, or a compass word before one. */
export const knownLocationRule: TypeRule = {
  id: 'entity-known-location',
  type: (m) => {
    if (isKnownLocation(m.bareLookup)) return { type: 'LOC', strength: 3 };
    const first = m.tokens[0];
    const second = m.tokens[1];
    if (m.tokens.length < 2 || first === undefined || second === undefined || !isCompassWord(first.text)) return null;
    return isKnownLocation(m.doc.text.slice(second.start, m.tokens[m.tokens.length - 1]?.end ?? second.end))
      ? { type: 'LOC', strength: 3 }
      : null;
  },
};
