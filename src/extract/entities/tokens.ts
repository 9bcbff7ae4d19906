/** Small predicates over the tokens of a {@link Document}, shared by the entity finders. */
import type { Document, Token } from '../document/types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** The end of an amount ("C$", "3"). */
const AMOUNT_END = /[$€£¥\d]$/u;
/** A capital letter. */
const CAPITAL = /\p{Lu}/u;
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;
/** An opening quote mark, bracket, colon, bullet or dash. */
const CLAUSE_OPENER = /^(?:[\u201C\u2018"'«(\[:»•·|-]|\u2014|\u2013)$/u;
/** A digit or an opening bracket. */
const DIGIT_OR_BRACKET = /[\d(]/;
/** A digit first. */
const DIGIT_START = /^\d/u;
/** The pronoun "I" and its contractions ("I'm"). */
const FIRST_PERSON = /^I(?:['\u2019]\p{L}*)?$/u;
/** A letter. */
const LETTER = /\p{L}/u;
/** A letter first. */
const LETTER_START = /^\p{L}/u;
/** A single capital letter. */
const LONE_CAPITAL = /^\p{Lu}$/u;
/** Lower-case letters only. */
const LOWER_CASE_WORD = /^\p{Ll}+$/u;
/** A full stop, question or exclamation mark, or closing quote mark last. */
const SENTENCE_END = /[.!?”"]$/;

/** True when the token starts with a capital letter and could be part of a name ("Li", "U.S.", "AT&T"). */
export function isCapitalised(token: Token): boolean {
  // Asked of nearly every token; most start with a lower-case ASCII letter, which no test below accepts.
  const first = token.text.charCodeAt(0);
  if (first >= 97 && first <= 122) return false;
  if (token.pos === 'PUNCT' || token.pos === 'SYM' || token.pos === 'NUM' || token.pos === 'SPACE') return false;
  // "I", "I'm", a lone letter ("N / A"), amounts ("C$").
  if (FIRST_PERSON.test(token.text) || LONE_CAPITAL.test(token.text) || AMOUNT_END.test(token.text)) {
    return false;
  }
  return CAPITAL_START.test(token.text);
}

/** True when two tokens touch, with no space between them ("Jean" "-" "Claude"). */
export function touches(left: Token, right: Token): boolean {
  return left.end === right.start;
}

/** True for an opening quote mark or a colon, after which a capital says nothing about names. */
function opensClause(token: Token): boolean {
  return CLAUSE_OPENER.test(token.text);
}

/**
 * True when `token` stands where any word is capitalised: first in its sentence (after any punctuation),
 * or right after an opening quote mark or a colon.
 */
export function isClauseInitial(doc: Document, token: Token): boolean {
  const sentence = doc.sentences[token.sentence];
  if (sentence === undefined) return true;
  for (let i = token.index - 1; i >= sentence.firstToken; i -= 1) {
    const previous = doc.tokens[i];
    if (previous === undefined) break;
    if (opensClause(previous)) return true;
    // After a number a capital opens a new cell of a table flattened into text ("3 2 0 1 Group two").
    if (previous.pos === 'NUM' || DIGIT_START.test(previous.text)) return true;
    if (previous.pos !== 'PUNCT' && previous.pos !== 'SYM') return false;
  }
  return true;
}

// Short words left lower-case in Title Case headlines.
const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'vs.',
]);

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

/** The words `doc` writes in lower case, letters only ("turnout", "voters"): ordinary words whatever the lexicon knows. */
export function lowerCaseWords(doc: Document): Set<string> {
  const words = new Set<string>();
  for (const token of doc.tokens) if (isLowerCaseWord(token.text)) words.add(token.text);
  return words;
}

/**
 * True for a word of lower-case letters only. Asked of every token: a word of ASCII letters, or any ASCII
 * character that is no such letter, settles it by character code; only other words go to the pattern.
 */
function isLowerCaseWord(text: string): boolean {
  let ascii = true;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) continue;
    if (code < 128) return false;
    ascii = false;
  }
  return text.length > 0 && (ascii || LOWER_CASE_WORD.test(text));
}
