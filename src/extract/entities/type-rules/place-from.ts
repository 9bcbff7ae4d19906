/**
 * A name after a party member or a representative and "from" is the place they come from or stand for:
 * "a Democrat from Marietta", "a congresswoman from Cole Springs"; so is a name after a representative's
 * title, their name and "of": "Senator Walt Brenner of Cole Springs", "Rep. Ana Ruiz of Leeds".
 */
import { PLACE_PERSON_NOUNS } from '../../../vocabulary/titles.js';
import { isNorpGroup, isOfficeAbbreviation } from '../vocabulary-index.js';
import type { MentionContext, TypeRule } from './types.js';

const PLACE_PERSONS: ReadonlySet<string> = new Set(PLACE_PERSON_NOUNS);
/** The longest name read between a representative's title and "of". */
const MAX_NAME_WORDS = 4;

/** True when "of" before the mention follows a representative's title and name ("Senator Walt Brenner of"). */
function afterTitledRepresentative(m: MentionContext): boolean {
  if (m.doc.tokens[m.first - 1]?.lower !== 'of') return false;
  const sentence = m.tokens[0]?.sentence;
  for (let at = m.first - 2; at >= Math.max(0, m.first - 2 - MAX_NAME_WORDS); at -= 1) {
    const token = m.doc.tokens[at];
    if (token === undefined || token.sentence !== sentence) return false;
    if (PLACE_PERSONS.has(token.lower) || isOfficeAbbreviation(token.text)) return at < m.first - 2;
    if (!/^\p{Lu}/u.test(token.text)) return false;
  }
  return false;
}

/** GPE for a name right after "<party member or representative> from" or "<representative> <name> of". */
export const placeFromRule: TypeRule = {
  id: 'entity-place-from',
  type: (m) => {
    if (afterTitledRepresentative(m)) return { type: 'GPE', strength: 2 };
    const from = m.doc.tokens[m.first - 1];
    const person = m.doc.tokens[m.first - 2];
    if (from?.lower !== 'from' || person === undefined) return null;
    return PLACE_PERSONS.has(person.lower) || isNorpGroup(person.text) ? { type: 'GPE', strength: 2 } : null;
  },
};
