/** Continents, regions, seas and rivers of the vocabulary ("Europe", "Black Sea") are LOC. */
import { isKnownLocation } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

/** LOC for a place of the locations vocabulary. */
export const knownLocationRule: TypeRule = {
  id: 'entity-known-location',
  type: (m) => (isKnownLocation(m.bare) ? { type: 'LOC', strength: 3 } : null),
};
