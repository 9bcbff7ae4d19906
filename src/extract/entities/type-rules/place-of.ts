/**
 * A name after "the town of", "the village of", "the province of" is a place ("the town of Velmora"), so is
 * one after the people or the mayor of a town ("the people of Velmora", "the mayor of Velmora"), and so is
 * the home town set off by commas after a name or an age ("Dora Kemp, 58, of Alder Creek, said").
 */
import { PLACE_PEOPLE_NOUNS } from '../../../vocabulary/titles.js';
import type { MentionContext, TypeRule } from './types.js';

const PLACE_PEOPLE: ReadonlySet<string> = new Set(PLACE_PEOPLE_NOUNS);

// Nouns for places with a government before "of".
const PLACE_NOUNS = new Set([
  'city', 'town', 'village', 'province', 'region', 'district', 'state', 'capital', 'port', 'county',
  'municipality', 'suburb', 'township', 'island', 'enclave', 'republic', 'prefecture', 'oblast', 'governorate',
]);

/** Marks that close a home town set off after a name: "…, of Alder Creek, said", "… of Alder Creek." */
const HOME_TOWN_ENDS = new Set([',', '.', ';']);

/** "Dora Kemp, 58, of Alder Creek,": ", of" after an age or a name, the name, then a comma or a full stop. */
function isHomeTown(m: MentionContext): boolean {
  const tokens = m.doc.tokens;
  const comma = tokens[m.first - 2];
  const before = tokens[m.first - 3];
  const after = tokens[m.end];
  return comma?.text === ',' && before !== undefined && (before.pos === 'NUM' || before.pos === 'PROPN') &&
    after !== undefined && HOME_TOWN_ENDS.has(after.text);
}

/** GPE for a name right after "<place noun> of" or "<people noun> of", or a home town after a name. */
export const placeOfRule: TypeRule = {
  id: 'entity-place-of',
  type: (m) => {
    const of = m.doc.tokens[m.first - 1];
    const noun = m.doc.tokens[m.first - 2];
    if (of?.text !== 'of' || noun === undefined) return null;
    return PLACE_NOUNS.has(noun.text) || PLACE_PEOPLE.has(noun.lower) || isHomeTown(m) ? { type: 'GPE', strength: 2 } : null;
  },
};
