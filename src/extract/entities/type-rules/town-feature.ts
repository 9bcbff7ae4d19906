/**
 * A name ending in a word for a natural place that many towns are named by ("Falls", "Springs") names a
 * town where people live and gather when it follows "in", "from", "near" or "outside" with no article: "a
 * rally in Garnet Falls", "a care home in Alder Falls". With an article it stays the natural place ("in the
 * Golan Heights"), as do other names of natural places (location-head).
 */
import { TOWN_FEATURE_FINAL_WORDS } from '../../../vocabulary/locations.js';
import type { TypeRule } from './types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;

const FEATURES: ReadonlySet<string> = new Set(TOWN_FEATURE_FINAL_WORDS);
const BEFORE_TOWN: ReadonlySet<string> = new Set(['in', 'from', 'near', 'outside']);

/** GPE for "<preposition> <Name> Falls" with no article. */
export const townFeatureRule: TypeRule = {
  id: 'entity-town-feature',
  type: (m) => {
    const last = m.tokens[m.tokens.length - 1];
    const before = m.doc.tokens[m.first - 1];
    if (m.tokens.length < 2 || last === undefined || before === undefined || !CAPITAL_START.test(last.text)) return null;
    return FEATURES.has(last.lower) && BEFORE_TOWN.has(before.lower) ? { type: 'GPE', strength: 2 } : null;
  },
};
