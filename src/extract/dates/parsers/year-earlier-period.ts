/**
 * "the year-earlier quarter", "the year-ago third quarter", "the year-ago period", "year-earlier (profit)", "a year-earlier loss": the same period a year before
 * the publication date, as business news writes it. Its value is that year.
 */
import type { ParsingContext } from 'chrono-node';
import { dayOf } from '../calendar.js';
import { startsWord } from '../pattern.js';
import { pinPrecision, type DateParser } from '../rule.js';

const PATTERN =
  /(?:the\s+)?year[\s-](?:earlier|ago)(?:\s+(?:(?:first|second|third|fourth)[\s-]+)?(?:quarter|period|month|week|year))?(?=\W|$)/i;

/** Parser "year-earlier-period". */
export const yearEarlierPeriod: DateParser = {
  id: 'year-earlier-period',
  needs: ['year-word'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    // "a year ago" and "a year earlier" are chrono's: a day a year back. Hyphenated, it is ours: "compared
    // with a year-earlier loss".
    if (/\ba\s+$/i.test(context.text.slice(Math.max(0, index - 2), index)) && !/^year-/i.test(match[0])) return null;
    const components = context.createParsingComponents();
    // Stated, so chrono does not take it for a bare time and merge it into a date beside it ("the
    // year-ago quarter, the fiscal fourth quarter").
    components.assign('year', dayOf(context.reference.instant).year - 1);
    components.imply('month', 1);
    components.imply('day', 1);
    pinPrecision(components, 'year');
    return components;
  },
};
