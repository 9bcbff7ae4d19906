/**
 * "the third quarter", "third-quarter (profit)", "the fiscal first quarter", "the fourth quarter of 1998",
 * "the latest quarter", "Q3": a quarter of a year. Its value is the interval of its three months
 * ("2023-07/2023-09", precision 'month'); an ordinal quarter with no year is placed by tense later.
 */
import type { ParsingComponents, ParsingContext } from 'chrono-node';
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

/** Parser "quarter". */
export const quarter: DateParser = {
  id: 'quarter',
  needs: ['unit'],
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
        number = current === 1 ? 4 : current - 1;
        if (current === 1) yearValue -= 1;
      }
    }
    const explicit = writtenYear ?? qYear;
    const month = (component: ParsingComponents, value: number): ParsingComponents => {
      if (explicit !== undefined) component.assign('year', Number(explicit));
      else component.imply('year', yearValue);
      // Certain, so chrono does not take the quarter for a time of day and merge it into a date.
      component.assign('month', value);
      component.imply('day', 1);
      pinPrecision(component, 'month');
      return component;
    };
    const first = month(context.createParsingComponents(), (number - 1) * 3 + 1);
    first.addTag(QUARTER_TAG + String(number));
    if (qNumber !== undefined || QUARTER_ORDINALS[word] !== undefined) first.addTag(`${QUARTER_TAG}ordinal`);
    const last = month(context.createParsingComponents(), number * 3);
    return context.createParsingResult(match.index ?? 0, match[0], first, last);
  },
};
