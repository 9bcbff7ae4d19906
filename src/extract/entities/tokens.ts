/** Small predicates over the tokens of a {@link Document}, shared by the entity finders. */
import type { Document, Token } from '../document/types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** The end of an amount ("C$", "3"). */
const AMOUNT_END = /[$€£¥\d]$/u;
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;
/** An opening quote mark, bracket, colon, bullet or dash. */
const CLAUSE_OPENER = /^(?:[\u201C\u2018"'«(\[:»•·|-]|\u2014|\u2013)$/u;
/** A digit first. */
const DIGIT_START = /^\d/u;
/** The pronoun "I" and its contractions ("I'm"). */
const FIRST_PERSON = /^I(?:['\u2019]\p{L}*)?$/u;
/** A single capital letter. */
const LONE_CAPITAL = /^\p{Lu}$/u;
/** Lower-case letters only. */
const LOWER_CASE_WORD = /^\p{Ll}+$/u;

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
