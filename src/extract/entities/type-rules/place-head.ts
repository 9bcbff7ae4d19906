/**
 * Names ending like a place with a government ("Maricopa County", "Hebei Province", "Tarnby City") or
 * opening like one before "of" ("State of Ohio", "City of Tarnby") are GPE.
 */
import { lexiconKinds } from '../../util/compromise-lexicon.js';
import { isGpeFinalWord, isGpeInitialWord } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;

/**
 * GPE for a name of two or more words whose last word is a word for an administrative area, or whose first
 * is one before "of" and a capitalised word ("State of Ohio", not "State of the Union").
 */
export const placeHeadRule: TypeRule = {
  id: 'entity-place-head',
  type: (m) => {
    const [first, second, third] = m.tokens;
    const last = m.tokens[m.tokens.length - 1];
    if (m.tokens.length < 2 || first === undefined || last === undefined) return null;
    const endsLikePlace = CAPITAL_START.test(last.text) && isGpeFinalWord(last.text);
    const opensLikePlace = CAPITAL_START.test(first.text) && isGpeInitialWord(first.text) && second?.text === 'of' &&
      third !== undefined && CAPITAL_START.test(third.text);
    if (!endsLikePlace && !opensLikePlace) return null;
    // "Manchester City": a club the lexicon knows.
    return lexiconKinds(m.bare).some((kind) => kind === 'sports-team' || kind === 'organization') ? null : { type: 'GPE', strength: 2 };
  },
};
