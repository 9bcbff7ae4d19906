/**
 * Splits the capitalised runs of a Title Case line ("Jane Roe Wins Seat As Tom Hale Concedes"), where
 * every word is capitalised and a run of capitals is the whole headline rather than one name. The run is
 * cut at the words the lexicon knows as ordinary words ("Wins", "Seat", "As") and before a given name that
 * opens a second name ("Mean Jane Roe" → "Mean", "Jane Roe"), so that only the names remain. A word the
 * article writes in lower case elsewhere ("voters" in the body under "Renters And Voters Rally") is an
 * ordinary word too, though the lexicon does not know it.
 */
import type { Document, Token } from '../document/types.js';
import type { Candidate } from './candidates.js';
import { isLexiconGivenName, isLexiconOrdinaryWord, lexiconKinds } from '../util/compromise-lexicon.js';
import { isPluralNounForm } from '../util/plural.js';
import { isSplitNegation } from '../document/headline-case.js';
import { isCapitalised } from './tokens.js';
import {
  countryReferredTo,
  isEventFinalWord,
  isHonorific,
  isKnownLocation,
  isKnownOrganisation,
  isLocationFinalWord,
  isNorpGroup,
  isOrgFinalWord,
  isOrgInitialWord,
  isTitleHead,
} from './vocabulary-index.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** An "s", "ed" or "ing" last. */
const INFLECTED_END = /(?:s|ed|ing)$/u;
/** A letter or full stop last. */
const LETTER_OR_STOP_END = /[\p{L}.]$/u;

// Short words that join the parts of one name when a headline capitalises them ("Bank Of England").
const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'de', 'van', 'von', 'la', 'le', 'du', 'der']);

/** True when the article writes the word, or its singular, in lower case ("turnout", "renter" for "Renters"). */
function isWrittenLowerCase(word: string, lowerCaseWords: ReadonlySet<string>): boolean {
  return lowerCaseWords.has(word) || (isPluralNounForm(word) && lowerCaseWords.has(word.slice(0, -1)));
}

/**
 * True for a word the lexicon knows only as an ordinary word (or the plural of one: "Voters"), or that the
 * article writes in lower case, and no list of names or heads knows.
 */
function isHeadlineWord(token: Token, lowerCaseWords: ReadonlySet<string>): boolean {
  if (!isLexiconOrdinaryWord(token.lower) && !(isPluralNounForm(token.lower) && isLexiconOrdinaryWord(token.lower.slice(0, -1))) &&
    !isWrittenLowerCase(token.lower, lowerCaseWords)) {
    return false;
  }
  const word = token.text;
  return countryReferredTo(word) === undefined && !isKnownOrganisation(word) && !isKnownLocation(word) &&
    !isNorpGroup(word) && !isOrgFinalWord(word) && !isOrgInitialWord(token.lower) && !isEventFinalWord(token.lower) &&
    !isLocationFinalWord(token.lower) && !isTitleHead(word) && !isHonorific(word);
}

/**
 * True for a word after a given name that may be its surname: a name word, or an ordinary word without the
 * endings of a headline's verb ("Pam Key", but not "Tom Slams", "Tom Wanted", "Tom Leaving").
 */
function maySurname(token: Token, lowerCaseWords: ReadonlySet<string>): boolean {
  if (!isCapitalised(token) || JOINING_WORDS.has(token.lower)) return false;
  return !isHeadlineWord(token, lowerCaseWords) || !INFLECTED_END.test(token.lower);
}

/** True when the token at `at` is a given name followed, inside the run, by a word that may be its surname. */
function opensFullName(doc: Document, at: number, end: number, lowerCaseWords: ReadonlySet<string>): boolean {
  const token = doc.tokens[at];
  const next = doc.tokens[at + 1];
  if (token === undefined || next === undefined || at + 1 >= end) return false;
  return isLexiconGivenName(token.lower) && maySurname(next, lowerCaseWords);
}

/** True for a word known to be a name by itself, which may stand alone as a strong candidate. */
function isKnownName(token: Token): boolean {
  if (countryReferredTo(token.text) !== undefined || isKnownOrganisation(token.text) || isKnownLocation(token.text)) {
    return true;
  }
  return isNorpGroup(token.text) || lexiconKinds(token.lower).some((kind) => kind !== 'common-word');
}

/** How many tokens from `at` (two to four, inside the run) spell a name the vocabulary knows ("New York"), or 0. */
function knownNameLength(doc: Document, at: number, end: number): number {
  const from = doc.tokens[at] as Token;
  for (let n = Math.min(4, end - at); n >= 2; n -= 1) {
    const last = doc.tokens[at + n - 1] as Token;
    const phrase = doc.text.slice(from.start, last.end).replace(/\s+/g, ' ');
    if (countryReferredTo(phrase) !== undefined || isKnownLocation(phrase) || isKnownOrganisation(phrase)) return n;
    if (lexiconKinds(phrase).some((kind) => kind !== 'common-word')) return n;
  }
  return 0;
}

/**
 * The names inside `candidate`, a run of a Title Case line: the pieces left between ordinary words, each
 * cut again before a given name that opens a full name. A piece of one word the lexicon does not know
 * as a name is weak: it needs support elsewhere in the article. `lowerCaseWords` are the words the article
 * writes in lower case (`lowerCaseWords` of `tokens.ts`).
 */
export function splitTitleCaseRun(doc: Document, candidate: Candidate, lowerCaseWords: ReadonlySet<string>): Candidate[] {
  if (candidate.end - candidate.first < 2) return [candidate];
  const pieces: Candidate[] = [];
  let first = -1;
  const close = (end: number): void => {
    let last = end;
    // "Rise Of", "Jane Roe-": a piece ends on a word, not on a joining word or a hyphen.
    while (last > first && (JOINING_WORDS.has((doc.tokens[last - 1] as Token).lower) ||
      !LETTER_OR_STOP_END.test((doc.tokens[last - 1] as Token).text))) last -= 1;
    if (first >= 0 && last > first) {
      const weak = candidate.weak || (last - first === 1 && !isKnownName(doc.tokens[first] as Token));
      pieces.push({ first, end: last, weak });
    }
    first = -1;
  };
  for (let i = candidate.first; i < candidate.end; i += 1) {
    const token = doc.tokens[i] as Token;
    const known = knownNameLength(doc, i, candidate.end);
    if (known > 0) {
      if (first < 0) first = i;
      i += known - 1;
      continue;
    }
    if (JOINING_WORDS.has(token.lower)) {
      if (first < 0) continue;
      const next = doc.tokens[i + 1];
      if (next === undefined || i + 1 >= candidate.end || isHeadlineWord(next, lowerCaseWords)) close(i);
      continue;
    }
    if (first < 0 && opensFullName(doc, i, candidate.end, lowerCaseWords)) {
      first = i;
      i += 1;
      continue;
    }
    // "Won’t", "Doesn’t": a verb before its negation.
    if (isHeadlineWord(token, lowerCaseWords) || isSplitNegation(doc.tokens[i + 1])) {
      if (first >= 0) close(i);
      continue;
    }
    // "Mean Jane Roe", "Jane Roe Tom Hale": a second name begins; "John Paul Jones" is one name.
    const afterGivenName = first >= 0 && i - first === 1 && isLexiconGivenName((doc.tokens[first] as Token).lower);
    if (first >= 0 && !afterGivenName && opensFullName(doc, i, candidate.end, lowerCaseWords)) close(i);
    if (first < 0) first = i;
  }
  if (first >= 0) close(candidate.end);
  return pieces;
}
