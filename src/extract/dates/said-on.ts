/**
 * The date of a saying: which date mention tells when the words of a claim were said ("said on
 * Saturday", "said Monday", "told reporters on Friday", "On Tuesday, X said"). A pure look-up over spans;
 * the claims stage calls it for each claim.
 */
import type { DateMention } from '../../types.js';
import { SAID_ON_GAP_WORDS } from '../../vocabulary/dates.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A comma first, after any white space. */
const COMMA_START = /^\s*,/;
/** A mark ending a sentence or clause, or a quotation mark. */
const STOP_MARK = /[.;:!?"“”]/;

/** Characters [start, end) of the text. */
export interface CharRange {
  readonly start: number;
  readonly end: number;
}

const GAP_WORDS = new Set(SAID_ON_GAP_WORDS);
/** How many words may stand between the cue and the date after it. */
const MAX_GAP_WORDS = 5;
const WORD = /[\p{L}\p{N}'’]+/gu;
const PUNCTUATION_ONLY = /^[\s,]*$/;
const SENTENCE_OPENING = /^[\s"“‘'(]*$/;

/** True when the text between the cue and a date after it only names how or to whom it was said. */
function isAdjacentGap(gap: string): boolean {
  if (STOP_MARK.test(gap)) return false;
  const words = gap.toLowerCase().match(WORD) ?? [];
  return words.length <= MAX_GAP_WORDS && words.every((w) => GAP_WORDS.has(w));
}

/**
 * The id of the date mention that dates the cue: a date in the same sentence right after the cue (with
 * only words such as "on", "reporters", "in a statement" between), a date right before it ("X on Tuesday
 * said"), or a date opening the sentence followed by a comma ("On Tuesday, X said"). The nearest such date
 * wins; null when none. A date after a noun that is not one of those words ("said the vote on Saturday
 * would …") dates what was said, not the saying, and gives null.
 * @param dates The article's date mentions.
 * @param cue The reporting cue ("said", "told").
 * @param sentence The sentence holding the cue.
 * @param text The article text the offsets index.
 */
export function saidOnDate(
  dates: readonly DateMention[],
  cue: CharRange,
  sentence: CharRange,
  text: string,
): string | null {
  let best: { id: string; distance: number } | null = null;
  for (const date of dates) {
    const { start, end } = date.span;
    if (start < sentence.start || end > sentence.end) continue;
    let distance: number | null = null;
    if (start >= cue.end && isAdjacentGap(text.slice(cue.end, start))) distance = start - cue.end;
    else if (end <= cue.start && PUNCTUATION_ONLY.test(text.slice(end, cue.start)) && !/,/.test(text.slice(end, cue.start))) {
      distance = cue.start - end;
    } else if (
      end <= cue.start &&
      SENTENCE_OPENING.test(text.slice(sentence.start, start)) &&
      COMMA_START.test(text.slice(end, end + 3))
    ) {
      distance = cue.start - end;
    }
    if (distance !== null && (best === null || distance < best.distance)) best = { id: date.id, distance };
  }
  return best === null ? null : best.id;
}
