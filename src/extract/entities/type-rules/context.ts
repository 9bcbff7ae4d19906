/**
 * What the words around a name say: a name that says or tells is a person ("Okafor said"), a name after
 * "in" or "at" is a place ("in Velmora").
 */
import type { TypeRule } from './types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** Capitals, full stops and ampersands. */
const CAPITALS_AND_MARKS = /^[\p{Lu}.&]+$/u;
/** Capitals, full stops, ampersands and hyphens. */
const CAPITALS_MARKS_AND_HYPHENS = /^[\p{Lu}.&-]+$/u;

// Lemmas of verbs of saying whose subject is usually a person.
const SAYING = new Set(['say', 'tell', 'add', 'ask', 'claim', 'insist', 'explain', 'recall', 'warn', 'urge']);
/** Prepositions after which a name is a place ("in Velmora"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'across', 'throughout']);

/** PERSON before a verb of saying; GPE after a preposition of place. */
export const contextRule: TypeRule = {
  id: 'entity-context',
  type: (m) => {
    const after = m.doc.tokens[m.end];
    const before = m.doc.tokens[m.first - 1];
    const words = m.bare.split(/\s+/).length;
    if (after !== undefined && SAYING.has(after.lemma) && words <= 3 && !CAPITALS_AND_MARKS.test(m.bare)) {
      return { type: 'PERSON', strength: 1 };
    }
    const acronym = CAPITALS_MARKS_AND_HYPHENS.test(m.bare);
    if (before !== undefined && PLACE_PREPOSITIONS.has(before.text) && !acronym) return { type: 'GPE', strength: 1 };
    return null;
  },
};
