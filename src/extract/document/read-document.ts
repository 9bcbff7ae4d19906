/** The document stage: paragraphs, sentences and tokens of the unmodified input. */
import { paragraphRanges, type ParagraphRange } from './paragraphs.js';
import type { Document, Paragraph, Sentence, Token } from './types.js';
import { mendedPos } from './tag-mends.js';
import { winkTokens, type RawToken } from './wink-adapter.js';
import { taggingText } from './title-case-tagging.js';
import { HONORIFICS } from '../../vocabulary/honorifics.js';
import { DOTTED_ABBREVIATIONS } from '../../vocabulary/abbreviations.js';
import { TIME_OF_OFFICE_WORDS } from '../../vocabulary/titles.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;
/** A word joined by a hyphen before a capitalised one ("ex-Gov"). */
const HYPHEN_PREFIXED = /^(\p{L}+)-(\p{Lu}.*)$/u;
/** A single capital and its full stop. */
const INITIAL = /^\p{Lu}\.$/u;
/** An initial and its full stop last ("D-N.C ."). */
const INITIAL_END = /(?:^|[\s-])\p{Lu} ?\.$/u;
/** An initial with its full stop, or one before a closing bracket. */
const INITIAL_WORD = /^\p{Lu}\.(?:\)|$)/u;
/** A lower-case letter first. */
const LOWER_START = /^\p{Ll}/u;

/**
 * Honorifics written with a full stop, which never end a sentence before a name: "the Rev. Peter Roe".
 * "Sr." (senior) can end one, and a single letter is an initial.
 */
const DOTTED_HONORIFICS = new Set(HONORIFICS.filter((word) => word.endsWith('.') && word !== 'Sr.' && word.length > 2));
const ABBREVIATIONS = new Set(DOTTED_ABBREVIATIONS);
/** Words joined by a hyphen before an honorific ("ex-", "then-" in "ex-Sen."). */
const TIME_OF_OFFICE = new Set(TIME_OF_OFFICE_WORDS);
/** Marks that close a bracket or go on a clause; no sentence starts with one. */
const CONTINUING_MARKS = new Set([')', ']', ',', ';', ':']);

/**
 * How many tokens a sentence runs before it is read in parts: news sentences stay well under it, but text
 * without full stops (a transcript, a list) would otherwise be one sentence, and reading each cue in it
 * would take time growing with the square of its length.
 */
const LONG_SENTENCE_TOKENS = 150;
/** Past this many tokens a sentence ends whatever the token. */
const MAX_SENTENCE_TOKENS = 2 * LONG_SENTENCE_TOKENS;
/** Marks after which an overlong sentence is cut: the end of a clause. */
const CLAUSE_MARKS = new Set([',', ';', ':']);

/** A sentence of `length` tokens, its last written `word`, is cut after that word. */
function overlong(length: number, word: string): boolean {
  return length >= MAX_SENTENCE_TOKENS || (length >= LONG_SENTENCE_TOKENS && CLAUSE_MARKS.has(word));
}

/** Reads `text` into paragraphs, sentences (never crossing a paragraph) and tagged tokens. */
export function readDocument(text: string): Document {
  const ranges = paragraphRanges(text);
  const raw = taggedTokens(text, ranges);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];

  let paragraphIndex = -1;
  let sentenceFirstToken = 0;
  let paragraphFirstSentence = 0;
  const closeSentence = (endToken: number): void => {
    if (endToken <= sentenceFirstToken) return;
    const first = tokens[sentenceFirstToken];
    const last = tokens[endToken - 1];
    if (first === undefined || last === undefined) return;
    sentences.push({
      index: sentences.length,
      start: first.start,
      end: last.end,
      firstToken: sentenceFirstToken,
      endToken,
      paragraph: paragraphIndex,
    });
    sentenceFirstToken = endToken;
  };
  const closeParagraph = (): void => {
    const range = ranges[paragraphIndex];
    if (range === undefined) return;
    paragraphs.push({
      index: paragraphIndex,
      start: range.start,
      end: range.end,
      firstSentence: paragraphFirstSentence,
      endSentence: sentences.length,
    });
    paragraphFirstSentence = sentences.length;
  };

  for (let index = 0; index < raw.length; index += 1) {
    const token = raw[index] as RawToken;
    let newParagraph = false;
    while (paragraphIndex < 0 || token.start >= (ranges[paragraphIndex]?.end ?? Infinity)) {
      if (paragraphIndex >= ranges.length - 1) break;
      closeSentence(tokens.length);
      closeParagraph();
      paragraphIndex += 1;
      newParagraph = true;
    }
    if (!newParagraph && token.startsSentence && !continuesSentence(token.text, lastWords(tokens))) closeSentence(tokens.length);
    const { start, end, text: word, lemma } = token;
    const title = paragraphIndex === 0 && ranges.length > 1;
    const pos = mendedPos(tokens.at(-2), tokens.at(-1), token, raw[index + 1], title);
    tokens.push({ index: tokens.length, start, end, text: word, lower: word.toLowerCase(), pos, lemma, sentence: sentences.length });
    if (overlong(tokens.length - sentenceFirstToken, word)) closeSentence(tokens.length);
  }
  closeSentence(tokens.length);
  closeParagraph();
  // Paragraphs with no token (only symbols wink drops) still count, so indexes stay aligned with ranges.
  while (paragraphs.length < ranges.length) {
    paragraphIndex = paragraphs.length;
    closeParagraph();
  }
  return { text, tokens, sentences, paragraphs };
}

/**
 * wink's tokens of `text`, tagged as the tagger best reads them: a Title Case title with its ordinary words in
 * lower case (title-case-tagging.ts), each token keeping the article's own characters.
 */
function taggedTokens(text: string, ranges: readonly ParagraphRange[]): RawToken[] {
  const tagging = taggingText(text, ranges);
  if (tagging === text) return winkTokens(text);
  return winkTokens(tagging).map((token) => ({ ...token, text: text.slice(token.start, token.end) }));
}

/**
 * wink sometimes ends a sentence at an abbreviation's full stop ("Sen. Jane Roe (R-Ga.) said …"); a
 * sentence cannot start with a closing bracket, a comma, a lower-case word or a name after an honorific, so
 * those go on the sentence before. Nor does one end at a bracket closed right after an abbreviation
 * ("Sen. Jane Roe (R-Ga.) Tuesday said …"): a sentence ending there takes its own full stop after the bracket.
 */
function continuesSentence(firstWord: string, before: string): boolean {
  if (CONTINUING_MARKS.has(firstWord) || LOWER_START.test(firstWord)) return true;
  if (before.endsWith(' )') && endsWithAbbreviation(before.slice(0, -2))) return true;
  if (CAPITAL_START.test(firstWord) && DOTTED_HONORIFICS.has(before.split(' ').at(-1) ?? '')) return true;
  if (CAPITAL_START.test(firstWord) && before.endsWith(' .') && DOTTED_HONORIFICS.has(`${withoutPrefix(before.split(' ').at(-2) ?? '')}.`)) return true;
  // "(D-N.C.)": an initial, a full stop, and another initial do not end a sentence.
  return INITIAL_END.test(before) && INITIAL_WORD.test(firstWord);
}

/** A word without a word of time joined before it by a hyphen: "Gov" for "ex-Gov" or "Then-Gov". */
function withoutPrefix(word: string): string {
  const prefixed = HYPHEN_PREFIXED.exec(word);
  return prefixed !== null && TIME_OF_OFFICE.has((prefixed[1] ?? '').toLowerCase()) ? (prefixed[2] ?? '') : word;
}

/** Whether `words` end with an abbreviation, its full stop written on it ("Nev.") or read apart ("Nev ."). */
function endsWithAbbreviation(words: string): boolean {
  const parts = words.split(' ');
  const last = parts.at(-1) ?? '';
  return ABBREVIATIONS.has(last) || (last === '.' && ABBREVIATIONS.has(`${parts.at(-2) ?? ''}.`)) || INITIAL.test(last);
}

/** The text of the last three tokens read, joined by a space. */
function lastWords(tokens: readonly Token[]): string {
  return tokens.slice(-3).map((token) => token.text).join(' ');
}
