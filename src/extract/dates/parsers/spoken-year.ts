/**
 * "nineteen ninety-six", "March nineteen ninety-three", "in nineteen oh five", "eighteen hundred", "the year two thousand", "the
 * nineteen nineties": a year (or a decade) said aloud, as broadcast transcripts write it. A count is left
 * alone: "twenty five workers" has no second pair of digits, "twenty-twenty hindsight" is hyphenated,
 * "nineteen ninety-nine dollars" counts a noun, and "two thousand" needs "the year" before it.
 */
import type { ParsingComponents, ParsingContext } from 'chrono-node';
import { COUNTED_NOUNS, DECADE_WORDS, SPOKEN_CENTURIES, TEEN_VALUES, TENS_VALUES, TIME_UNITS, UNIT_VALUES } from '../../../vocabulary/dates.js';
import { alternation, MONTH_PATTERN, monthNumber, startsWord } from '../pattern.js';
import type { DateParser } from '../rule.js';
import { yearSpanResult } from './year-span.js';

const CENTURY = alternation(Object.keys(SPOKEN_CENTURIES));
const TEEN = alternation(Object.keys(TEEN_VALUES));
const TENS = alternation(Object.keys(TENS_VALUES));
const UNIT = alternation(Object.keys(UNIT_VALUES));
const DECADE = alternation(Object.keys(DECADE_WORDS));

// Groups: 1 month, 2 century, 3 "hundred", 4 unit after "oh", 5 teen, 6 tens, 7 unit after tens,
// 8 decade, 9 "two thousand", 10 what follows "two thousand".
const PATTERN = new RegExp(
  `(?:(${MONTH_PATTERN})\\s+)?(?:the\\s+year\\s+)?(?:(${CENTURY})\\s+(?:(hundred)|(?:oh|o['’])\\s+(${UNIT})|(${TEEN})|(${TENS})(?:[\\s-]+(${UNIT}))?|(${DECADE}))` +
    `|the\\s+year\\s+(two\\s+thousand)(?:\\s+(?:and\\s+)?(${UNIT}|${TEEN}))?)(?![\\w'’-])`,
  'i',
);
const COUNTED_AFTER = new RegExp(`^\\s+(?:${alternation([...COUNTED_NOUNS, ...TIME_UNITS, 'percent', 'cents'])})\\b`, 'i');
/** "one hundred nineteen …", "three thousand twenty …": the words continue a larger number. */
const NUMBER_BEFORE = /\b(?:hundred|thousand|and|minus|plus)\s+$/i;

function valueOf(table: Readonly<Record<string, number>>, word: string | undefined): number {
  return word === undefined ? 0 : table[word.toLowerCase()] ?? 0;
}

/** Parser "spoken-year". */
export const spokenYear: DateParser = {
  id: 'spoken-year',
  needs: ['spoken-year'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const end = index + match[0].length;
    if (COUNTED_AFTER.test(context.text.slice(end, end + 16))) return null;
    if (NUMBER_BEFORE.test(context.text.slice(Math.max(0, index - 12), index))) return null;
    const [, month, century, hundred, ohUnit, teen, tens, tensUnit, decade, twoThousand, afterThousand] = match;
    if (twoThousand !== undefined) {
      const within = valueOf(UNIT_VALUES, afterThousand) || valueOf(TEEN_VALUES, afterThousand);
      return yearResult(context, 2000 + within, month);
    }
    const first = valueOf(SPOKEN_CENTURIES, century) * 100;
    // "twenty hundred" is a clock time, and 2000 is said "two thousand".
    if (hundred !== undefined && first >= 2000) return null;
    if (decade !== undefined) {
      if (month !== undefined) return null;
      const start = first + valueOf(DECADE_WORDS, decade);
      return yearSpanResult(context, index, match[0], start, start + 9);
    }
    const within = valueOf(UNIT_VALUES, ohUnit) + valueOf(TEEN_VALUES, teen) + valueOf(TENS_VALUES, tens) + valueOf(UNIT_VALUES, tensUnit);
    return yearResult(context, first + within, month);
  },
};

/** The year `value`, or its month `month` ("March nineteen ninety-three"). */
function yearResult(context: ParsingContext, value: number, month: string | undefined): ParsingComponents {
  const components = context.createParsingComponents({ year: value });
  const number = month === undefined ? null : monthNumber(month);
  if (number === null) components.imply('month', 1);
  else components.assign('month', number);
  components.imply('day', 1);
  return components;
}
