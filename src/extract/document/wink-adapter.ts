/**
 * The only module that talks to wink-nlp: it turns wink's tokens (counted in tokens, with preceding
 * spaces) into character-offset tokens of the unmodified text.
 */
import { appendToken } from './token-mends.js';
import { its, readWithWink } from './wink-reader.js';
import type { PartOfSpeech } from './types.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A white-space character. */
const WHITE_SPACE = /\s/;

/** A token as wink sees it, placed in the text. */
export interface RawToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly pos: PartOfSpeech;
  /** The token's dictionary form, as wink gives it (its lower-cased text where wink gives none). */
  readonly lemma: string;
  /** True for the first token of a wink sentence. */
  readonly startsSentence: boolean;
}

/** Longest piece of text handed to wink at once; pieces end at line breaks where they can. */
const MAX_SEGMENT = 20_000;
/**
 * Longest run without white space handed to wink: its tokenizer slows down with the square of a token's
 * length, so a longer run (a pasted hash, a line of symbols) is cut into tokens of this length.
 */
const MAX_UNBROKEN = 1_000;

/** Tokenises and tags `text`; whitespace tokens are dropped, every token's offsets index `text`. */
export function winkTokens(text: string): RawToken[] {
  const result: RawToken[] = [];
  let start = 0;
  while (start < text.length) {
    const end = segmentEnd(text, start);
    tokensOf(text, start, end, result);
    start = end;
  }
  return result;
}

/** Where the segment starting at `start` ends: after a line break, else at white space, else hard. */
function segmentEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + MAX_SEGMENT);
  if (limit === text.length) {
    return hasLongRun(text, start, limit) ? cutUnbroken(text, start, limit) : limit;
  }
  const lineBreak = Math.max(text.lastIndexOf('\n', limit - 1), text.lastIndexOf('\r', limit - 1));
  if (lineBreak >= start && !hasLongRun(text, start, lineBreak + 1)) return lineBreak + 1;
  return cutUnbroken(text, start, limit);
}

/** ASCII white space by character code, else any Unicode white space: called on every character. */
function isSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && WHITE_SPACE.test(text.charAt(index));
}

/**
 * Some run without white space in [start, end) is longer than MAX_UNBROKEN. Every run lies between two
 * spaces, so it is enough that a space stands in every stretch of MAX_UNBROKEN + 1 characters: finding the
 * last space of each stretch with `lastIndexOf` skips most of the text, which otherwise would be tested
 * character by character. Only a stretch with no space is measured.
 */
function hasLongRun(text: string, start: number, end: number): boolean {
  let from = start;
  while (end - from > MAX_UNBROKEN) {
    const space = text.lastIndexOf(' ', from + MAX_UNBROKEN);
    if (space >= from) {
      from = space + 1;
      continue;
    }
    const next = text.indexOf(' ', from);
    const gapEnd = next < 0 || next > end ? end : next;
    if (unbrokenRun(text, from, gapEnd) > MAX_UNBROKEN) return true;
    from = gapEnd + 1;
  }
  return false;
}

/** Length of the longest run without white space in [start, end). */
function unbrokenRun(text: string, start: number, end: number): number {
  let longest = 0;
  let run = 0;
  for (let i = start; i < end; i += 1) {
    run = isSpace(text, i) ? 0 : run + 1;
    if (run > longest) longest = run;
  }
  return longest;
}

/** An end for a segment with a very long run: just after white space before the run, or inside the run. */
function cutUnbroken(text: string, start: number, limit: number): number {
  let run = 0;
  for (let i = start; i < limit; i += 1) {
    if (isSpace(text, i)) {
      run = 0;
      continue;
    }
    run += 1;
    if (run > MAX_UNBROKEN) {
      const runStart = i - run + 1;
      // Never split a UTF-16 surrogate pair.
      let cut = runStart > start ? runStart : i;
      if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut -= 1;
      return cut > start ? cut : i;
    }
  }
  const whiteSpace = Math.max(text.lastIndexOf(' ', limit - 1), text.lastIndexOf('\t', limit - 1));
  return whiteSpace > start ? whiteSpace + 1 : limit;
}

/** Appends the tokens of `text.slice(start, end)` to `result`, with offsets into `text`. */
function tokensOf(text: string, start: number, end: number, result: RawToken[]): void {
  const piece = text.slice(start, end);
  const doc = readWithWink(piece);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const tags = tokens.out(its.pos) as string[];
  // Every lemma in one call: reading them one token at a time makes wink build an item object per token,
  // which costs more than lemmatising the tokens no later stage asks about.
  const lemmas = tokens.out(its.lemma as never) as unknown as (string | undefined)[];
  const sentenceStarts = new Set<number>();
  const sentenceSpans = doc.sentences().out(its.span as never) as unknown as [number, number][];
  for (const span of sentenceSpans) sentenceStarts.add(span[0]);

  let cursor = 0;
  let pendingSentenceStart = true;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    let at = cursor + (spaces[i] ?? '').length;
    if (!piece.startsWith(value, at)) {
      // wink normally reproduces the text exactly; if it ever does not, look a little further on.
      const found = piece.slice(cursor, cursor + value.length + 64).indexOf(value);
      if (found < 0) continue;
      at = cursor + found;
    }
    cursor = at + value.length;
    const pos = (tags[i] ?? 'X') as PartOfSpeech;
    const startsSentence: boolean = pendingSentenceStart || sentenceStarts.has(i);
    if (pos === 'SPACE' || value.trim() === '') {
      pendingSentenceStart = startsSentence;
      continue;
    }
    pendingSentenceStart = appendToken(result, { start: start + at, end: start + cursor, text: value, pos, lemma: lemmas[i] ?? value.toLowerCase(), startsSentence });
  }
}
