/**
 * Lines whose capitals say nothing of names: a line mostly in capitals, a Title Case line, a sentence in
 * Title Case. The entity finders set such lines apart, and the attribution rules read a headline's words so.
 */
import type { Document, Token } from './types.js';
import { HEADLINE_SMALL_WORDS } from '../../vocabulary/function-words.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capital letter. */
const CAPITAL = /\p{Lu}/u;
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;
/** A digit or an opening bracket. */
const DIGIT_OR_BRACKET = /[\d(]/;
/** A digit first. */
const DIGIT_START = /^\d/u;
/** A letter. */
const LETTER = /\p{L}/u;
/** A letter first. */
const LETTER_START = /^\p{L}/u;
/** A full stop, question or exclamation mark, or closing quote mark last. */
const SENTENCE_END = /[.!?”"]$/;

const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set(HEADLINE_SMALL_WORDS);

/**
 * True when more than three quarters of the letters of `text` (at least four) are capitals. ASCII is
 * counted directly, other characters by Unicode class; the scan stops once the rest of the text could no
 * longer tip the balance.
 */
function mostlyCapitals(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i += 1) {
    // upper / (upper + lower) > 3/4 needs upper > 3 * lower, even if every remaining character is a capital.
    if (3 * lower >= upper + (text.length - i)) return false;
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) upper += 1;
      else if (code >= 97 && code <= 122) lower += 1;
    } else {
      const char = text.charAt(i);
      if (CAPITAL.test(char)) upper += 1;
      else if (LETTER.test(char)) lower += 1;
    }
  }
  return upper + lower >= 4 && upper > 3 * lower;
}

const BYLINE_OPENER = 'By';
/** The negation a tokeniser splits off a verb ("Wo|n’t", "Do|n't"). */
const NEGATION = /^n['\u2019]t$/u;

/** True for the negation split off a verb ("n’t" of "Won’t"). */
export function isSplitNegation(token: Token | undefined): boolean {
  return token !== undefined && NEGATION.test(token.text);
}
/** The fewest words of a Title Case line holding a figure: shorter lines with figures are tables. */
const MIN_WORDS_WITH_FIGURE = 5;

/**
 * True for a sentence where capitals say nothing about names: a line mostly in capitals ("SOCCER - JAPAN
 * GET LUCKY WIN") or a Title Case line without final punctuation ("Breaking News Politics").
 */
export function isCapitalsLine(doc: Document, sentenceIndex: number): boolean {
  const sentence = doc.sentences[sentenceIndex];
  if (sentence === undefined) return false;
  const text = doc.text.slice(sentence.start, sentence.end);
  if (mostlyCapitals(text)) return true;
  // Most sentences end with a full stop: no need to gather their words.
  if (SENTENCE_END.test(text)) return false;
  const words: Token[] = [];
  for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
    const token = doc.tokens[i];
    if (token !== undefined && LETTER_START.test(token.text)) words.push(token);
  }
  // Headlines are short and hold no figures; a line of names with figures is a table of results.
  if (words.length < 3 || words.length > 12 || SENTENCE_END.test(text) || DIGIT_OR_BRACKET.test(text)) return false;
  // "By Nora Vance, Staff Writer": a byline's capitals are its writer's name and title.
  if (words[0]?.text === BYLINE_OPENER && words[0].index === sentence.firstToken) return false;
  return words.every((word) => CAPITAL_START.test(word.text) || TITLE_CASE_SMALL_WORDS.has(word.lower));
}

/**
 * True for a sentence written in Title Case, whatever its length or punctuation ("Jane Roe Wins Seat,
 * Rivals Concede."): at least three words, every word capitalised but the short ones headlines leave
 * lower-case. Its capitals mark words of a headline, not names.
 */
export function isTitleCaseSentence(doc: Document, sentenceIndex: number): boolean {
  const sentence = doc.sentences[sentenceIndex];
  if (sentence === undefined) return false;
  // "By The Daily Courier": a byline names its writer, whole.
  if (doc.tokens[sentence.firstToken]?.text === BYLINE_OPENER) return false;
  let words = 0;
  let figures = 0;
  for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
    const token = doc.tokens[i];
    if (token === undefined) continue;
    if (DIGIT_START.test(token.text)) figures += 1;
    // "Won’t": the negation split off a capitalised verb.
    if (!LETTER_START.test(token.text) || isSplitNegation(token)) continue;
    words += 1;
    if (!CAPITAL_START.test(token.text) && !TITLE_CASE_SMALL_WORDS.has(token.lower)) return false;
  }
  // A line of names with figures is a table of results, not a headline; a headline may hold one figure
  // ("Council Backs 5 Parks On Main Street").
  return words >= 3 && (figures === 0 || (figures === 1 && words >= MIN_WORDS_WITH_FIGURE));
}
