/** A name of two or more words that opens with a given name or an initial ("Angela Merkel", "J.D. Vance"). */
import { isLexiconGivenName, lexiconKinds } from '../../util/compromise-lexicon.js';
import type { TypeRule } from './types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** One to three initials, each with its full stop. */
const INITIALS_WITH_STOPS = /^(?:\p{Lu}\.){1,3}$/u;
/** A particle of a surname. */
const NAME_PARTICLE = /^(?:de|da|di|van|von|der|bin|al|el|le|la)$/;
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;

/** True for an initial or initials: "J.", "J.D.", "W.". */
function isInitial(word: string): boolean {
  return INITIALS_WITH_STOPS.test(word);
}

/** PERSON for a multi-word name whose first word is a given name or an initial, or whose last is a surname. */
export const givenNameRule: TypeRule = {
  id: 'entity-given-name',
  type: (m) => {
    const words = m.bare.split(/\s+/);
    const first = words[0];
    const last = words[words.length - 1];
    if (words.length < 2 || first === undefined || last === undefined) return null;
    if (words.some((word) => !CAPITAL_START.test(word) && !NAME_PARTICLE.test(word))) {
      return null;
    }
    if (isInitial(first) || first.split('-').every(isLexiconGivenName) || words.slice(1, -1).some(isInitial)) {
      return { type: 'PERSON', strength: 2 };
    }
    return lexiconKinds(last).includes('last-name') ? { type: 'PERSON', strength: 2 } : null;
  },
};
