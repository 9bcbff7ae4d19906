/**
 * Where wink cuts the text otherwise than the later stages read it, mended as each token is appended: a
 * doubled quotation mark read as two marks, a word mis-decoded from UTF-8 cut at its stray symbol, and a
 * mark read together with the word after it.
 */
import type { RawToken } from './wink-adapter.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A letter. */
const LETTER = /\p{L}/u;
/** A letter first. */
const LETTER_START = /^\p{L}/u;

/** Marks that, doubled, stand for a double quotation mark: '' and ``. */
const DOUBLED_MARKS = new Set(["'", '`']);

/**
 * Characters that UTF-8 read as Latin-1 leaves inside a word: control codes, the symbols from ¡ to ¿ but for
 * the guillemets and the no-break space, and combining marks. "Ã©" stands for "é", "Ã§" for "ç".
 */
const MISDECODED = /[\u0080-\u009F\u00A1-\u00AA\u00AC-\u00BA\u00BC-\u00BF\u0300-\u036F]/;

/**
 * Appends `token` to `result`, mending wink's cut between it and the token before. Returns true when the
 * token was a second quotation mark that began a wink sentence: that sentence begins at the next word instead.
 */
export function appendToken(result: RawToken[], token: RawToken): boolean {
  const last = result.length - 1;
  const previous = result[last];
  if (previous === undefined || previous.end !== token.start) {
    result.push(token);
    return false;
  }
  // "''We will win.''": wink reads a doubled apostrophe or backtick as two marks; it is one quotation mark.
  if (DOUBLED_MARKS.has(token.text) && previous.text === token.text) {
    result[last] = { ...previous, end: token.end, text: token.text + token.text, pos: 'PUNCT' };
    return token.startsSentence;
  }
  // "FranÃ§ois": a word mis-decoded (UTF-8 read as Latin-1) is one word, though wink splits it at the symbol.
  if (isMisdecodedJoin(previous.text, token.text)) {
    result[last] = { ...previous, end: token.end, text: previous.text + token.text, pos: previous.pos === 'SYM' ? token.pos : previous.pos };
    return false;
  }
  // "''a genius''": wink may read the second mark with the word after it ("'a"); the mark belongs to the first.
  const mark = token.text.charAt(0);
  if (DOUBLED_MARKS.has(mark) && previous.text === mark && LETTER_START.test(token.text.slice(1))) {
    result[last] = { ...previous, end: token.start + 1, text: mark + mark, pos: 'PUNCT' };
    result.push({ ...token, start: token.start + 1, text: token.text.slice(1), startsSentence: false });
    return false;
  }
  result.push(token);
  return false;
}

/** Two touching tokens meet at a mis-decoded character, and one of them holds a letter. */
function isMisdecodedJoin(left: string, right: string): boolean {
  const meet = MISDECODED.test(left.slice(-1)) || MISDECODED.test(right.charAt(0));
  return meet && LETTER.test(left + right);
}
