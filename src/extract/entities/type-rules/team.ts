/**
 * Sports teams named after their town or sponsor: "Kent beat Sussex", "Tigers 4 Bears 2",
 * "DENVER AT DALLAS". A place or an unknown one-word name beside a result is the team (ORG);
 * countries are left alone, as news names national teams by the country.
 */
import { isLexiconGivenName, lexiconKinds } from '../../util/compromise-lexicon.js';
import type { Token } from '../../document/types.js';
import type { MentionContext, TypeRule } from './types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A result: a number, or two joined by a hyphen. */
const RESULT = /^\d{1,3}(?:-\d{1,3})?$/;
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;
/** A single capital and its full stop. */
const INITIAL = /^\p{Lu}\.$/u;

// Lemmas and words that join two teams in a result.
const RESULT_WORDS = new Set(['beat', 'v', 'v.', 'vs', 'vs.', 'versus', 'defeat', 'draw', 'thrash', 'edge', 'rout', 'trounce', 'overcome']);

/** True for a score: "6", "372", "2-1". */
function isScore(token: Token | undefined): boolean {
  return token !== undefined && RESULT.test(token.text);
}

/** True when the sentence holding the mention has at least two capitalised names each followed by a score. */
function inResultsLine(m: MentionContext): boolean {
  const sentence = m.doc.sentences[m.tokens[0]?.sentence ?? -1];
  if (sentence === undefined) return false;
  let pairs = 0;
  for (let i = sentence.firstToken + 1; i < sentence.endToken && pairs < 2; i += 1) {
    const before = m.doc.tokens[i - 1];
    if (isScore(m.doc.tokens[i]) && before !== undefined && CAPITAL_START.test(before.text)) pairs += 1;
  }
  return pairs >= 2;
}

/** True when the words around the mention report a result between teams. */
function besideResultWord(m: MentionContext): boolean {
  const after = m.doc.tokens[m.end];
  const before = m.doc.tokens[m.first - 1];
  const sameSentence = (t: Token | undefined): boolean => t !== undefined && t.sentence === m.tokens[0]?.sentence;
  return (sameSentence(after) && RESULT_WORDS.has((after as Token).lemma)) ||
    (sameSentence(before) && RESULT_WORDS.has((before as Token).lemma)) ||
    // "DENVER AT DALLAS" in a fixture list of capitals.
    (sameSentence(after) && (after as Token).text === 'AT') || (sameSentence(before) && (before as Token).text === 'AT');
}

/** ORG for a name (not a person's, by its given name) beside a score, or a place beside a result word. */
export const teamRule: TypeRule = {
  id: 'entity-team',
  type: (m) => {
    // Most names stand beside neither a score nor a result word: the look-ups below are for those that do.
    const scored = isScore(m.doc.tokens[m.end]) && inResultsLine(m);
    if (!scored && !besideResultWord(m)) return null;
    const kinds = lexiconKinds(m.bare.replace(/\s+/g, ' '));
    const place = kinds.includes('city') || kinds.includes('region') || kinds.includes('sports-team');
    if (kinds.includes('country') || kinds.includes('demonym')) return null;
    // A name of several words that opens with a given name is a competitor, not a team ("Tiger Woods 66").
    const first = m.tokens[0]?.text ?? '';
    const givenName = m.tokens.length > 1 && (isLexiconGivenName(first) || INITIAL.test(first));
    if (givenName) return null;
    if (scored || place) return { type: 'ORG', strength: 2.5 };
    return null;
  },
};
