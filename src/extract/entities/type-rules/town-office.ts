/**
 * A one-word name before an office or a service of a town is that town: "Dunmore Mayor Ann Roe",
 * "Dunmore police said", although the lexicon may know the name as a person's ("Charlotte"). A body
 * the vocabulary knows ("Capitol Police") is typed before this rule. At the start of a sentence the word
 * must be known as a name, for there an adjective is capitalised too ("Riot police fired"), unless no
 * dictionary knows it and the office is written as a title before a name ("Dunmore Mayor Ann Roe said").
 */
import { TOWN_OFFICE_WORDS } from '../../../vocabulary/titles.js';
import { lexiconKinds } from '../../util/compromise-lexicon.js';
import { isClauseInitial } from '../tokens.js';
import type { TypeRule } from './types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capital and a lower-case letter first. */
const CAPITALISED_START = /^\p{Lu}\p{Ll}/u;
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;

const townOffices: ReadonlySet<string> = new Set(TOWN_OFFICE_WORDS);

/** GPE for a one-word name right before a town's office or service ("mayor", "police"). */
export const townOfficeRule: TypeRule = {
  id: 'entity-town-office',
  type: (m) => {
    const after = m.doc.tokens[m.end];
    if (m.tokens.length !== 1 || after === undefined || after.sentence !== m.tokens[0]?.sentence) return null;
    const word = m.tokens[0];
    if (word === undefined || !CAPITALISED_START.test(m.bare)) return null;
    // "Dunmore Mayor Ann Roe": an office written as a title before a name vouches for the town there too.
    const beforeName = CAPITAL_START.test(after.text) && CAPITAL_START.test(m.doc.tokens[m.end + 1]?.text ?? '');
    const kinds = lexiconKinds(word.lower);
    if (isClauseInitial(m.doc, word) && kinds.every((kind) => kind === 'common-word') && !(kinds.length === 0 && beforeName)) return null;
    return townOffices.has(after.lower) ? { type: 'GPE', strength: 2 } : null;
  },
};
