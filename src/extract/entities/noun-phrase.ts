/**
 * Noun phrases that describe a person by office ("the foreign minister of Italy", "China’s senior
 * diplomat", "the top American diplomat"), read from part of speech: the phrase's head, the word before
 * any "of", must be a person's title.
 */
import type { Document, Token } from '../document/types.js';
import { countryReferredTo, isTitleHead } from './vocabulary-index.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** An article, in any case. */
const ARTICLE = /^(?:the|a|an)$/i;
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;
/** A preposition opening the complement of a title's head. */
const COMPLEMENT_PREPOSITION = /^(?:of|for|at)$/;
/** A possessive ending token. */
const POSSESSIVE_ENDING = /^['\u2019]s?$/u;

/** A described office, as a token range. */
export interface TitlePhrase {
  readonly first: number;
  /** Index just past the last token. */
  readonly end: number;
  /** The head noun, lower-case ("diplomat"). */
  readonly head: string;
}

const MAX_PHRASE_TOKENS = 10;

/** True for a possessive ending token ("’s", "'s", "’"). */
export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && POSSESSIVE_ENDING.test(token.text);
}

/** True for the words a title phrase is made of: adjectives, nouns, names, numbers, hyphens. */
function isPhraseWord(token: Token): boolean {
  return token.pos === 'ADJ' || token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'NUM' ||
    (token.text === '-' && token.pos === 'PUNCT') || isTitleHead(token.text);
}

/**
 * Reads a title phrase opening at `first` with a determiner ("the", "a", "an") or a possessive name
 * ("China’s"), or with its first word when `bare` is set; null when none opens there.
 */
export function titlePhraseAt(doc: Document, first: number, bare = false): TitlePhrase | null {
  const tokens = doc.tokens;
  const opening = tokens[first];
  if (opening === undefined) return null;
  const sentence = opening.sentence;
  let at = first;
  if (ARTICLE.test(opening.text)) {
    at += 1;
  } else if (!bare) {
    // A possessive opener: "China’s", "the country’s", "Russia’s".
    let j = first;
    while (j < first + 4 && tokens[j] !== undefined && !isPossessive(tokens[j]) && CAPITAL_START.test(tokens[j]?.text ?? '')) j += 1;
    if (j === first || !isPossessive(tokens[j])) return null;
    if (countryReferredTo(doc.text.slice(opening.start, tokens[j - 1]?.end ?? opening.end)) === undefined) return null;
    at = j + 1;
  }
  let headAt = -1;
  let end = at;
  while (end < tokens.length && end - first < MAX_PHRASE_TOKENS) {
    const token = tokens[end];
    if (token === undefined || token.sentence !== sentence) break;
    if ((token.lower === 'of' || token.lower === 'for' || token.lower === 'at') && headAt >= 0) {
      // "the foreign minister of Italy", "a spokeswoman for Acme": the head stays; the complement is a name
      // or a noun phrase.
      let k = end + 1;
      if (ARTICLE.test(tokens[k]?.text ?? '')) k += 1;
      const complementStart = k;
      while (k < tokens.length && tokens[k]?.sentence === sentence && isPhraseWord(tokens[k] as Token) && k - first < MAX_PHRASE_TOKENS) k += 1;
      if (k > complementStart) end = k;
      break;
    }
    if (!isPhraseWord(token) || isPossessive(token)) break;
    if (CAPITAL_START.test(token.text) && !isTitleHead(token.text) && countryReferredTo(token.text) === undefined &&
      token.pos === 'PROPN' && tokens[end + 1] !== undefined && CAPITAL_START.test(tokens[end + 1]?.text ?? '')) {
      // A personal name starts here ("the French President Emmanuel Macron"): the phrase stops before it.
      break;
    }
    if (isTitleHead(token.text)) headAt = end;
    else if (headAt >= 0 && !CAPITAL_START.test(token.text)) headAt = -1;
    end += 1;
  }
  if (headAt < 0) return null;
  const head = tokens[headAt];
  if (head === undefined) return null;
  // Without a complement ("of Italy", "for Acme", "at the bank") the phrase ends on its head.
  if (!COMPLEMENT_PREPOSITION.test(tokens[headAt + 1]?.lower ?? '')) end = headAt + 1;
  return { first, end, head: head.lower };
}
