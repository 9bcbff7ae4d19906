/**
 * Clubs named after their town in a team-sport story: "beating Sunderland 2-1", "joined from Lyon", "two
 * points behind Ipswich Town". A town (not a country: national teams are named by the country and typed
 * as it) or a town followed by "City", "Town" or "County" names the club, unless a preposition of place
 * stands before it ("the match in Leeds"), it heads a result ("Leicester: …") or it follows a dateline's
 * place ("ARLINGTON, Texas").
 */
import { lexiconKinds } from '../../util/compromise-lexicon.js';
import { isClubFinalWord } from '../vocabulary-index.js';
import { PLACE_PREPOSITIONS } from './context.js';
import type { TypeRule } from './types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capital and more capitals, full stops, apostrophes or hyphens. */
const CAPITALS_NAME = /^\p{Lu}[\p{Lu}.'-]+$/u;
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;

/** True for a name compromise's lexicon knows as a town or region. */
function isTown(name: string): boolean {
  const kinds = lexiconKinds(name);
  if (kinds.includes('country') || kinds.includes('demonym')) return false;
  return kinds.includes('city') || kinds.includes('region') || kinds.includes('place') || kinds.includes('sports-team');
}

/** ORG for a town, or a town and a club word, in a team-sport story. */
export const sportsClubRule: TypeRule = {
  id: 'entity-sports-club',
  type: (m) => {
    if (!m.teamSport || m.tokens.length > 3) return null;
    const before = m.doc.tokens[m.first - 1];
    if (before !== undefined && PLACE_PREPOSITIONS.has(before.lower)) return null;
    // "Hove: Sussex beat Durham": a venue heading a result; "ARLINGTON, Texas": a dateline.
    if (m.doc.tokens[m.end]?.text === ':') return null;
    const beforeComma = m.doc.tokens[m.first - 2];
    if (before?.text === ',' && beforeComma !== undefined && CAPITALS_NAME.test(beforeComma.text)) return null;
    const last = m.tokens[m.tokens.length - 1];
    if (last === undefined) return null;
    // "Norwich City", "Ross County": a club word after a capitalised word.
    if (m.tokens.length > 1 && isClubFinalWord(last.text) && CAPITAL_START.test(m.tokens[0]?.text ?? '')) {
      return { type: 'ORG', strength: 2.5 };
    }
    return isTown(m.bare.replace(/\s+/g, ' ')) ? { type: 'ORG', strength: 2.5 } : null;
  },
};
