/**
 * A name after a party member or a representative and "from" is the place they come from or stand for:
 * "a Democrat from Marietta", "a congresswoman from Cole Springs"; so is a name after a representative's
 * title, their name and "of": "Senator Walt Brenner of Cole Springs", "Rep. Ana Ruiz of Leeds". So is a name after "from" ending an
 * appositive that describes a person: "Ada Lintz, 47, a school cook from Dunmere, said".
 */
import { PLACE_PERSON_NOUNS, WORKPLACE_JOBS } from '../../../vocabulary/titles.js';
import { lexiconKinds } from '../../util/compromise-lexicon.js';
import { isNorpGroup, isOfficeAbbreviation, isOrgFinalWord } from '../vocabulary-index.js';
import type { MentionContext, TypeRule } from './types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;

const PLACE_PERSONS: ReadonlySet<string> = new Set(PLACE_PERSON_NOUNS);
const EMPLOYEES: ReadonlySet<string> = new Set(WORKPLACE_JOBS);
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
    if (!CAPITAL_START.test(token.text)) return false;
  }
  return false;
}

/** The longest description read between "a" and "from" ("a retired school cook from"). */
const MAX_DESCRIPTION_WORDS = 4;

/**
 * True when "from" before the mention ends a description set off after a person's name or age: ", a",
 * then only adjectives and nouns up to a noun before "from" ("Ada Lintz, 47, a school cook from"). A job
 * held at an employer ("an analyst from") and a name that ends or is known as an organisation's are left out.
 */
function afterPersonAppositive(m: MentionContext): boolean {
  const tokens = m.doc.tokens;
  const noun = tokens[m.first - 2];
  if (tokens[m.first - 1]?.lower !== 'from' || noun?.pos !== 'NOUN' || EMPLOYEES.has(noun.lower)) return false;
  if (isOrgFinalWord(m.tokens[m.tokens.length - 1]?.text ?? '') || lexiconKinds(m.bare).includes('organization')) return false;
  for (let at = m.first - 3; at >= Math.max(2, m.first - 3 - MAX_DESCRIPTION_WORDS); at -= 1) {
    const token = tokens[at];
    if (token === undefined) return false;
    if (token.lower === 'a' || token.lower === 'an') {
      const before = tokens[at - 2];
      return tokens[at - 1]?.text === ',' && before !== undefined && (before.pos === 'NUM' || before.pos === 'PROPN');
    }
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN') return false;
  }
  return false;
}

/**
 * GPE for a name right after "<party member or representative> from", "<representative> <name> of" or a
 * person's appositive ending in "from".
 */
export const placeFromRule: TypeRule = {
  id: 'entity-place-from',
  type: (m) => {
    if (afterTitledRepresentative(m) || afterPersonAppositive(m)) return { type: 'GPE', strength: 2 };
    const from = m.doc.tokens[m.first - 1];
    const person = m.doc.tokens[m.first - 2];
    if (from?.lower !== 'from' || person === undefined) return null;
    return PLACE_PERSONS.has(person.lower) || isNorpGroup(person.text) ? { type: 'GPE', strength: 2 } : null;
  },
};
