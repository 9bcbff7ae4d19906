/**
 * Whether an article reports a team sport, where the name of a town usually names its club ("beating
 * Sunderland 2-1", "joined from Lyon"): a score right after a name, or two different words of the game.
 */
import type { Document } from '../document/types.js';
import { isTeamSportWord } from './vocabulary-index.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;
/** A score: "2-1", "3-0". */
const SCORE = /^\d{1,2}-\d{1,2}$/;

/** Distinct words of the game that make an article a team-sport story without a score. */
const MIN_SPORT_WORDS = 2;

/** True for a score written after a team: "2-1", "3-0". */
function isScore(text: string): boolean {
  return SCORE.test(text);
}

/** True when `doc` reads as a report of a team sport. */
export function isTeamSportStory(doc: Document): boolean {
  const seen = new Set<string>();
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    const code = token.text.charCodeAt(0);
    // The words of the game are written in lower case.
    if (code >= 97 && code <= 122 && isTeamSportWord(token.text)) {
      seen.add(token.text);
      if (seen.size >= MIN_SPORT_WORDS) return true;
    } else if (i > 0 && isScore(token.text) && CAPITAL_START.test(tokens[i - 1]?.text ?? '')) {
      return true;
    }
  }
  return false;
}
