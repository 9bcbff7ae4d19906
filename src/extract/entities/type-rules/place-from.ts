/**
 * A name after a party member or a representative and "from" is the place they come from or stand for:
 * "a Democrat from Marietta", "a congresswoman from Cole Springs".
 */
import { PLACE_PERSON_NOUNS } from '../../../vocabulary/titles.js';
import { isNorpGroup } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

const PLACE_PERSONS: ReadonlySet<string> = new Set(PLACE_PERSON_NOUNS);

/** GPE for a name right after "<party member or representative> from". */
export const placeFromRule: TypeRule = {
  id: 'entity-place-from',
  type: (m) => {
    const from = m.doc.tokens[m.first - 1];
    const person = m.doc.tokens[m.first - 2];
    if (from?.lower !== 'from' || person === undefined) return null;
    return PLACE_PERSONS.has(person.lower) || isNorpGroup(person.text) ? { type: 'GPE', strength: 2 } : null;
  },
};
