/**
 * A name written against "-based", "-born" or "-area" is the place something is in or comes from: "a
 * Reno-based developer", "a Lagos-born singer", "Houston-area schools". People are not written so.
 */
import { PLACE_COMPOUND_WORDS } from '../../../vocabulary/locations.js';
import { touches } from '../tokens.js';
import type { TypeRule } from './types.js';

const COMPOUND_WORDS: ReadonlySet<string> = new Set(PLACE_COMPOUND_WORDS);

/** GPE for a name followed, with no space, by a hyphen and a word of place ("Reno-based"). */
export const placeCompoundRule: TypeRule = {
  id: 'entity-place-compound',
  type: (m) => {
    const last = m.tokens[m.tokens.length - 1];
    const hyphen = m.doc.tokens[m.end];
    const word = m.doc.tokens[m.end + 1];
    if (last === undefined || hyphen === undefined || word === undefined || hyphen.text !== '-') return null;
    if (!touches(last, hyphen) || !touches(hyphen, word) || !COMPOUND_WORDS.has(word.lower)) return null;
    return { type: 'GPE', strength: 2 };
  },
};
