/**
 * A name after "in" or "at" that compromise's lexicon knows only as a person's name is a place ("in
 * Austin", "in Charlotte"): the preposition outweighs the lexicon's guess. Names the lexicon does not know
 * are left to the context rule, after the given-name rule ("at Jane Roe's home").
 */
import { lexiconKinds } from '../../util/compromise-lexicon.js';
import { isPossessive } from '../noun-phrase.js';
import { PLACE_PREPOSITIONS } from './context.js';
import type { TypeRule } from './types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** Capitals, full stops, ampersands and hyphens. */
const CAPITALS_MARKS_AND_HYPHENS = /^[\p{Lu}.&-]+$/u;

const PERSON_KINDS: ReadonlySet<string> = new Set(['person', 'first-name', 'male-name', 'female-name', 'last-name']);

/** GPE for a one-word name, known only as a person's name, after a preposition of place. */
export const placePrepositionRule: TypeRule = {
  id: 'entity-place-preposition',
  type: (m) => {
    const before = m.doc.tokens[m.first - 1];
    if (m.tokens.length !== 1 || before === undefined || !PLACE_PREPOSITIONS.has(before.lower)) return null;
    if (isPossessive(m.doc.tokens[m.end]) || CAPITALS_MARKS_AND_HYPHENS.test(m.bare)) return null;
    const kinds = lexiconKinds(m.bare);
    return kinds.length > 0 && kinds.every((kind) => PERSON_KINDS.has(kind)) ? { type: 'GPE', strength: 1 } : null;
  },
};
