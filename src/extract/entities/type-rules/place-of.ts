/** A name after "the town of", "the village of", "the province of" is a place ("the town of Velmora"). */
import type { TypeRule } from './types.js';

// Nouns for places with a government before "of".
const PLACE_NOUNS = new Set([
  'city', 'town', 'village', 'province', 'region', 'district', 'state', 'capital', 'port', 'county',
  'municipality', 'suburb', 'township', 'island', 'enclave', 'republic', 'prefecture', 'oblast', 'governorate',
]);

/** GPE for a name right after "<place noun> of". */
export const placeOfRule: TypeRule = {
  id: 'entity-place-of',
  type: (m) => {
    const of = m.doc.tokens[m.first - 1];
    const noun = m.doc.tokens[m.first - 2];
    return of?.text === 'of' && noun !== undefined && PLACE_NOUNS.has(noun.text) ? { type: 'GPE', strength: 2 } : null;
  },
};
