/** Names ending or opening like an organisation ("Adani Group", "Foreign Ministry", "Bank of Japan"). */
import { isOrgFinalWord, isOrgInitialWord } from '../vocabulary-index.js';
import type { TypeRule } from './types.js';
import { PURPOSE_PREPOSITIONS } from '../../../vocabulary/name-connectors.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capital and a lower-case letter first. */
const CAPITALISED_START = /^\p{Lu}\p{Ll}/u;

const purposePrepositions: ReadonlySet<string> = new Set(PURPOSE_PREPOSITIONS);

/**
 * ORG for a name of two or more words whose last word is an organisation head, that joins words with "&",
 * that opens "Bank of …", or that opens on a head word and a preposition of purpose ("Center for …");
 * weakly for a head word alone ("the Treasury").
 */
export const orgHeadRule: TypeRule = {
  id: 'entity-org-head',
  type: (m) => {
    const words = m.tokens;
    const last = words[words.length - 1];
    const first = words[0];
    const second = words[1];
    if (last === undefined || first === undefined) return null;
    // "the Treasury", "Parliament": a head word alone, capitalised inside a sentence.
    if (words.length === 1) return isOrgFinalWord(last.text) && CAPITALISED_START.test(last.text) ? { type: 'ORG', strength: 1 } : null;
    // "Major League Baseball", "Procter & Gamble": a head word after the first, or an ampersand.
    if (words.slice(1).some((word) => isOrgFinalWord(word.text) || word.text === '&')) return { type: 'ORG', strength: 2 };
    if (isOrgInitialWord(first.text) && second?.lower === 'of') return { type: 'ORG', strength: 2 };
    // "Institute for Fair Rents", "Council on Water Policy", "Committee to Save the Pier": a head word first,
    // then the preposition that opens what the body is for.
    const opensPurpose = second !== undefined && purposePrepositions.has(second.lower) && words.length > 2;
    if (opensPurpose && (isOrgInitialWord(first.text) || isOrgFinalWord(first.text))) return { type: 'ORG', strength: 2 };
    return null;
  },
};
