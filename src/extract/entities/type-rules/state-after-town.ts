/**
 * A US state written short with its full stop after a town and a comma ("Flint, Mich.", "Albany, N.Y.")
 * is the state, where the shape of the name alone would make a person of it.
 */
import { isDottedStateAbbreviation } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;

/** GPE for a dotted state abbreviation after a capitalised name and a comma. */
export const stateAfterTownRule: TypeRule = {
  id: 'entity-state-after-town',
  type: (m) => {
    const comma = m.doc.tokens[m.first - 1];
    const town = m.doc.tokens[m.first - 2];
    if (comma?.text !== ',' || town === undefined || !CAPITAL_START.test(town.text)) return null;
    return isDottedStateAbbreviation(m.text) ? { type: 'GPE', strength: 2 } : null;
  },
};
