/**
 * Every regular expression piece of the date stage is built here from the word lists in
 * src/vocabulary/dates.ts. The pieces are plain alternations with no nested quantifiers, so they run in
 * linear time (no catastrophic backtracking).
 */
import {
  AGO_WORDS,
  RELATIVE_UNIT_WORDS,
  WITHIN_WORDS,
  CENTURY_WORDS,
  CLOCK_WORDS,
  DECADE_WORDS,
  DAY_PART_WORDS,
  LATER_WORDS,
  MONTHS,
  PERIOD_MODIFIERS,
  QUARTER_ABBREVIATIONS,
  RELATIVE_DAY_WORDS,
  SEASON_WORDS,
  TIME_UNIT_ABBREVIATIONS,
  TIME_UNIT_LETTERS,
  TIME_UNITS,
  WEEK_PART_WORDS,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAYS,
  SPOKEN_CENTURIES,
} from '../../vocabulary/dates.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A letter, number or underscore. */
const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

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

/** An optional modifier before "the …" period: "late", "mid-", "the early". */
export const OPTIONAL_PERIOD_MODIFIER = `(?:(?:${alternation(PERIOD_MODIFIERS)})(?:\\s*-\\s*|\\s+)(?:the\\s+)?)?`;

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
  return index === 0 || !WORD_CHARACTER.test(text.charAt(index - 1));
}

/** Kinds of word that date rules are built on; a rule can match only in a text holding one it needs. */
export type DateCue =
  | 'digit' | 'year-number' | 'month' | 'weekday' | 'unit' | 'relative-day' | 'day-part' | 'season' | 'ago' | 'later' | 'clock' | 'separator'
  | 'within' | 'relative' | 'unit-within' | 'unit-relative'
  | 'era' | 'spoken-year' | 'period'
  | 'year-word' | 'quarter-word' | 'day-word' | 'week-word' | 'month-word' | 'unit-quarter';

/**
 * Cues that can only narrow which rules run where another cue already is ("two weeks ago" needs a unit
 * anyway): they never make a sentence worth reading on their own. A bare number is one: only a number that
 * can be a year ('year-number'), or one written like a time or a date, calls for the date rules.
 */
export const NARROWING_CUES: ReadonlySet<DateCue> = new Set<DateCue>([
  'ago', 'later', 'digit', 'within', 'relative', 'unit-within', 'unit-relative',
  'year-word', 'quarter-word', 'day-word', 'week-word', 'month-word', 'unit-quarter',
]);

/** The words of each cue but those read off a number's own characters. */
const CUE_WORD_LISTS: Readonly<Record<Exclude<DateCue, 'digit' | 'year-number' | 'separator' | 'unit-within' | 'unit-relative' | 'unit-quarter'>, readonly string[]>> = {
  month: Object.keys(MONTHS),
  weekday: [...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS, ...WEEK_PART_WORDS],
  unit: [...TIME_UNITS, ...TIME_UNIT_ABBREVIATIONS, ...QUARTER_ABBREVIATIONS],
  'relative-day': RELATIVE_DAY_WORDS,
  'day-part': DAY_PART_WORDS,
  season: SEASON_WORDS,
  within: WITHIN_WORDS,
  relative: RELATIVE_UNIT_WORDS,
  ago: AGO_WORDS,
  later: LATER_WORDS,
  clock: CLOCK_WORDS,
  // "the nineties", "the 20th century" ("1990s" is read off the number's own characters).
  era: [...Object.keys(DECADE_WORDS), ...CENTURY_WORDS],
  // "nineteen ninety-six", "the year two thousand".
  'spoken-year': [...Object.keys(SPOKEN_CENTURIES), 'thousand'],
  // "the latest period" of an earnings report.
  period: ['period'],
  // Single units that rules of one unit are built on ("for the full year", "the third day of", "end of the
  // month", "the second quarter", "Q3", "that week"): each is also a 'unit', so a window holding one holds a
  // unit too.
  'year-word': ['year'],
  'quarter-word': ['quarter', ...QUARTER_ABBREVIATIONS],
  'day-word': ['day'],
  'week-word': ['week'],
  'month-word': ['month'],
};

/** Each cue word (lower case) with the cues it gives ("mon" is a weekday and a unit). */
export const CUE_WORDS: ReadonlyMap<string, readonly DateCue[]> = (() => {
  const map = new Map<string, DateCue[]>();
  for (const [cue, list] of Object.entries(CUE_WORD_LISTS) as [DateCue, readonly string[]][]) {
    for (const word of list) map.set(word, [...(map.get(word) ?? []), cue]);
  }
  return map;
})();

/** Single-letter units count as a unit only right after a number ("5d", "3 h"). */
export const UNIT_LETTERS: ReadonlySet<string> = new Set(TIME_UNIT_LETTERS);
