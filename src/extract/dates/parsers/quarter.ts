/**
 * "the third quarter", "third-quarter (profit)", "the fiscal first quarter", "the fourth quarter of 1998",
 * "the latest quarter", "Q3": a quarter of a year. Its value is the interval of its three months
 * ("2023-07/2023-09", precision 'month'); an ordinal quarter with no year is placed by tense later.
 */
import type { ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import {
  CURRENT_QUARTER_WORDS,
  PREVIOUS_QUARTER_WORDS,
  QUARTER_ORDINALS,
  YEAR_KINDS,
} from '../../../vocabulary/dates.js';
import { dayOf, quarterOf } from '../calendar.js';
import { alternation, startsWord } from '../pattern.js';
import { pinPrecision, type DateParser } from '../rule.js';

const KIND = `(?:(?:${alternation(YEAR_KINDS)})[\\s-]+)?`;
const WHICH = alternation([...Object.keys(QUARTER_ORDINALS), ...PREVIOUS_QUARTER_WORDS, ...CURRENT_QUARTER_WORDS]);
const PATTERN = new RegExp(
  `(?:(the)\\s+)?${KIND}(?:(${WHICH})[\\s-]+)?${KIND}quarter(?![s-])(?:\\s+of\\s+${KIND}(\\d{4}))?(?=\\W|$)` +
    `|\\b[Qq]([1-4])(?:\\s+(\\d{4}))?(?=\\W|$)`,
  'i',
);

/** Tag recording the quarter number, read by the tense-direction refiner. */
export const QUARTER_TAG = 'quarter/';

/** The quarter just reported at the publication date: the one before the quarter holding it. */
export function latestQuarter(context: ParsingContext): { number: number; year: number } {
  const ref = dayOf(context.reference.instant);
  const current = quarterOf(ref.month);
  return current === 1 ? { number: 4, year: ref.year - 1 } : { number: current - 1, year: ref.year };
}

/**
 * The result for quarter `number` written as `text` at `index`: of the `written` year, or else of `implied`
 * (an ordinal quarter, placed by tense later).
 */
export function quarterResult(
  context: ParsingContext,
  index: number,
  text: string,
  number: number,
  written: number | null,
  implied: number,
  ordinal: boolean,
): ParsingResult {
  const month = (component: ParsingComponents, value: number): ParsingComponents => {
    if (written !== null) component.assign('year', written);
    else component.imply('year', implied);
    // Certain, so chrono does not take the quarter for a time of day and merge it into a date.
    component.assign('month', value);
    component.imply('day', 1);
    pinPrecision(component, 'month');
    return component;
  };
  const first = month(context.createParsingComponents(), (number - 1) * 3 + 1);
  first.addTag(QUARTER_TAG + String(number));
  if (ordinal) first.addTag(`${QUARTER_TAG}ordinal`);
  const last = month(context.createParsingComponents(), number * 3);
  return context.createParsingResult(index, text, first, last);
}

/** Parser "quarter". */
export const quarter: DateParser = {
  id: 'quarter',
  needs: ['unit-quarter'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    if (!startsWord(context.text, match.index ?? 0)) return null;
    const [, the, which, writtenYear, qNumber, qYear] = match;
    const ref = dayOf(context.reference.instant);
    const word = (which ?? '').toLowerCase();
    let number = qNumber === undefined ? QUARTER_ORDINALS[word] : Number(qNumber);
    let yearValue = ref.year;
    if (number === undefined) {
      // "quarter" alone is a fraction ("a quarter of the votes") unless "the" or a relative word goes with it.
      if (the === undefined && word === '') return null;
      const current = quarterOf(ref.month);
      if (CURRENT_QUARTER_WORDS.includes(word)) number = current;
      else {
        // "the quarter", "the latest quarter": the last one reported, the quarter before the current one.
        ({ number, year: yearValue } = latestQuarter(context));
      }
    }
    const explicit = writtenYear ?? qYear;
    const ordinal = qNumber !== undefined || QUARTER_ORDINALS[word] !== undefined;
    return quarterResult(context, match.index ?? 0, match[0], number, explicit === undefined ? null : Number(explicit), yearValue, ordinal);
  },
};
