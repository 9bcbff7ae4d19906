/**
 * Every regular expression piece of the date stage is built here from the word lists in
 * src/vocabulary/dates.ts. The pieces are plain alternations with no nested quantifiers, so they run in
 * linear time (no catastrophic backtracking).
 */
import { MONTHS } from '../../vocabulary/dates.js';

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex alternation of `words`, longest first so that "the end of" wins over "end of"; spaces inside a
 * word match any run of spaces.
 */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => escape(w).replace(/ /g, '\\s+'))
    .join('|');
}

/** Month names and abbreviations; an abbreviation may carry its dot ("Feb.", "Sept."). */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((name) => (name.length <= 4 && !['june', 'july', 'may'].includes(name) ? `${name}\\.?` : name))
  .join('|');

/** The month number of a matched month word ("Feb." → 2), or null. */
export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/**
 * True when a match at `index` starts a word: chrono runs patterns over the rest of the text after each
 * match, so a look-behind there cannot see the character before.
 */
export function startsWord(text: string, index: number): boolean {
  return index === 0 || !/[\p{L}\p{N}_]/u.test(text.charAt(index - 1));
}
