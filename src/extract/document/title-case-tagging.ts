/**
 * The text a tagger reads for an article whose title is written in Title Case ("Senator Rips Ferry Plan As A
 * ‘Giveaway’"): there every word is capitalised, so a tagger reads the title's verbs as names. The title's
 * capitalised words that the article writes in lower case elsewhere ("rips", "plan", "as") are handed to the
 * tagger in lower case, and so are verbs of reporting in the present ("Backs", "Slams"), which an article
 * seldom writes again; names, which the article never writes so, keep their capitals. Lower-casing keeps
 * each word's length, so every offset of the tagged text is that of the article; the tokens keep the
 * article's own characters (read-document.ts).
 */
import { MAX_TITLE_WORDS, type ParagraphRange } from './paragraphs.js';
import { isReportingPresentForm } from './reporting-verbs.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;
/** A lower-case letter first. */
const LOWER_START = /^\p{Ll}/u;

/** The fewest words of a title read as Title Case. */
const MIN_TITLE_WORDS = 3;
/** Share of a title's words that must be capitalised for it to be written in Title Case. */
const TITLE_CASE_SHARE = 0.75;

const WORD = /\p{L}[\p{L}'\u2019-]*/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * `text` with the capitalised words of its Title Case title that the rest of the article writes in lower
 * case written in lower case; `text` itself when its first paragraph is no such title.
 */
export function taggingText(text: string, paragraphs: readonly ParagraphRange[]): string {
  const title = paragraphs[0];
  if (title === undefined || paragraphs.length < 2) return text;
  const words = [...text.slice(title.start, title.end).matchAll(WORD)];
  if (words.length < MIN_TITLE_WORDS || words.length > MAX_TITLE_WORDS) return text;
  const capitalised = words.filter((match) => CAPITAL_START.test(match[0])).length;
  if (capitalised < words.length * TITLE_CASE_SHARE) return text;
  const lowerCase = lowerCaseWords(text.slice(title.end));
  let folded = text;
  for (const match of words.slice(1)) {
    const word = match[0];
    const lower = word.toLowerCase();
    if (!CAPITALISED.test(word) || lower.length !== word.length || !(lowerCase.has(lower) || isReportingPresentForm(lower))) continue;
    const at = title.start + match.index;
    folded = folded.slice(0, at) + lower + folded.slice(at + word.length);
  }
  return folded;
}

/** The words `body` writes starting with a lower-case letter. */
function lowerCaseWords(body: string): Set<string> {
  const words = new Set<string>();
  for (const match of body.matchAll(WORD)) if (LOWER_START.test(match[0])) words.add(match[0]);
  return words;
}
