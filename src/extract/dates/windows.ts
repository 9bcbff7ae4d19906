/**
 * The stretches of an article that the date rules read. chrono runs each of its parsers over all the text
 * it is given, so the stage gives it one sentence at a time, and only the sentences holding a digit or a
 * date word (a cue, see ./pattern.ts): a sentence without one cannot hold a date, and most news sentences
 * have none. Each window carries its cues, so that only the rules that can match there run. A sentence
 * that does not start like one (lower case or a digit: the splitter may have cut "Feb. | 24") is read
 * with the sentence before it.
 */
import type { Document, Sentence, Token } from '../document/types.js';
import { CUE_WORDS, NARROWING_CUES, UNIT_LETTERS, type DateCue } from './pattern.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A number with "am" or "pm" last. */
const CLOCK_END = /\d(?:am|pm)$/;
/** Four digits that can be a year. */
const YEAR_DIGITS = /(?:1[6-9]|20)\d\d/;

/** Characters [start, end) of the text, read by chrono as a text of its own, with the cues in it. */
export interface DateWindow {
  readonly start: number;
  readonly end: number;
  readonly cues: ReadonlySet<DateCue>;
}

const CONTINUES_A_SENTENCE = /^[\p{Ll}\d]/u;
const WORD_PIECES = /[a-z]+/g;
const DECADE = /\d0['’]?s$/;
/** "q3" standing alone inside a token of marks and digits ("q3-2023"). */
const QUARTER_INSIDE = /(?:^|[^a-z0-9_])q[1-4](?![a-z0-9_])/;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * Adds the cues of `token` to `cues`; `previous` is the token before it in the sentence. Written with
 * character codes rather than patterns: it looks at every token of the article.
 */
function addCues(token: Token, previous: Token | undefined, cues: Set<DateCue>): void {
  const lower = token.lower;
  const word = CUE_WORDS.get(lower);
  if (word !== undefined) {
    for (const cue of word) cues.add(cue);
    return;
  }
  let digits = false;
  let letters = false;
  let others = false;
  for (let i = 0; i < lower.length; i += 1) {
    const code = lower.charCodeAt(i);
    if (isDigit(code)) digits = true;
    else if (isLetter(code)) letters = true;
    else others = true;
  }
  if (digits) {
    cues.add('digit');
    // "1998", "2019-20": only a number that can be a year makes a sentence worth reading for one.
    if (YEAR_DIGITS.test(lower)) cues.add('year-number');
    // "9:30", "2023-02-19", "2/19", "19.02": numbers joined the way clock times and dates are.
    if (others) addSeparatorCues(lower, cues);
    // "5d": a number with a unit letter.
    const lastChar = lower.charAt(lower.length - 1);
    if (lower.length > 1 && isDigit(lower.charCodeAt(lower.length - 2)) && UNIT_LETTERS.has(lastChar)) cues.add('unit');
    // "1990s", "'80s": a decade.
    if (lastChar === 's' && DECADE.test(lower)) cues.add('era');
  }
  if (!letters) return;
  // "3 h": a unit letter after a number.
  if (UNIT_LETTERS.has(lower) && previous !== undefined && isDigit(previous.lower.charCodeAt(previous.lower.length - 1))) {
    cues.add('unit');
  }
  // "mid-March", "third-quarter", "Feb.": the words inside a token count.
  if (digits || others) {
    // "Q3-2023": a quarter's abbreviation inside a token, which the quarter rule reads there.
    if (digits && QUARTER_INSIDE.test(lower)) cues.add('quarter-word');
    for (const piece of lower.match(WORD_PIECES) ?? []) {
      for (const cue of CUE_WORDS.get(piece) ?? []) cues.add(cue);
    }
  }
}

function cuesOf(doc: Document, sentence: Sentence): Set<DateCue> {
  const cues = new Set<DateCue>();
  for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
    const token = doc.tokens[i];
    if (token !== undefined) addCues(token, i > sentence.firstToken ? doc.tokens[i - 1] : undefined, cues);
  }
  // Rules that need a unit and a word placing it: both must be in the window.
  if (cues.has('unit') && cues.has('within')) cues.add('unit-within');
  if (cues.has('unit') && cues.has('relative')) cues.add('unit-relative');
  return cues;
}

/** The windows of `doc` in text order. */
export function dateWindows(doc: Document): DateWindow[] {
  const windows: { start: number; end: number; cues: Set<DateCue>; sentence: number }[] = [];
  let last: (typeof windows)[number] | null = null;
  for (const sentence of doc.sentences) {
    const cues = cuesOf(doc, sentence);
    if (![...cues].some((cue) => !NARROWING_CUES.has(cue))) continue;
    const joins =
      last !== null && last.sentence === sentence.index - 1 && CONTINUES_A_SENTENCE.test(doc.text.charAt(sentence.start));
    if (last !== null && joins) {
      last.end = sentence.end;
      last.sentence = sentence.index;
      for (const cue of cues) last.cues.add(cue);
      continue;
    }
    last = { start: sentence.start, end: sentence.end, cues, sentence: sentence.index };
    windows.push(last);
  }
  return windows.map(({ start, end, cues }) => {
    // A quarter abbreviation inside a token gives no unit by itself; the quarter rule needs both in the window.
    if (cues.has('unit') && cues.has('quarter-word')) cues.add('unit-quarter');
    return { start, end, cues };
  });
}

/** Cues of a token of digits and marks: ':' between digits is a clock time; '/', '-' or '.' a date's separator. */
function addSeparatorCues(lower: string, cues: Set<DateCue>): void {
  for (let i = 1; i < lower.length - 1; i += 1) {
    const mark = lower.charAt(i);
    if (!isDigit(lower.charCodeAt(i - 1)) || !isDigit(lower.charCodeAt(i + 1))) continue;
    if (mark === ':') cues.add('clock');
    else if (mark === '/' || mark === '-' || mark === '.') cues.add('separator');
  }
  // "3pm", "10am".
  if (CLOCK_END.test(lower)) cues.add('clock');
}
