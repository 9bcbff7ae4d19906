/**
 * "today marks the ninth day of the siege", "It's the fourth day of the walkout", "Friday was the third
 * day of the strike": a day named by its place in an event, said of a day. In the present tense it is the
 * publication day; in the past tense it is the day in focus (the anchored-reference refiner places it,
 * or drops it when there is none). Without a linking verb before it ("on the third day of the trial")
 * nothing says which day it is, and nothing is returned.
 */
import type { ParsingContext } from 'chrono-node';
import { ORDINAL_WORDS } from '../../../vocabulary/dates.js';
import { dayOf } from '../calendar.js';
import { alternation } from '../pattern.js';
import type { DateParser } from '../rule.js';
import { ANAPHORA_TAG } from './anaphoric-period.js';

const PATTERN = new RegExp(
  `(?:\\b(is|are|marks|was|were|marked)|['’](s))\\s+(the\\s+(?:${alternation(ORDINAL_WORDS)}|\\d{1,2}(?:st|nd|rd|th))\\s+day)\\s+of\\b`,
  'i',
);
const PAST = /^(?:was|were|marked)$/i;

/** Parser "ordinal-day". */
export const ordinalDay: DateParser = {
  id: 'ordinal-day',
  needs: ['day-word'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const [whole, verb, , phrase] = match;
    if (phrase === undefined) return null;
    const index = (match.index ?? 0) + whole.indexOf(phrase);
    const ref = dayOf(context.reference.instant);
    const components = context.createParsingComponents();
    components.imply('year', ref.year);
    components.imply('month', ref.month);
    components.imply('day', ref.day);
    if (verb !== undefined && PAST.test(verb)) components.addTag(`${ANAPHORA_TAG}0/day`);
    return context.createParsingResult(index, phrase, components);
  },
};
