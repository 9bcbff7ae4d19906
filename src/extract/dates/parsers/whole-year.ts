/**
 * "the full year", "for the year", "the fiscal year": the whole of the year in focus of an earnings
 * report, which is the year of the publication ("Turnover for the full year reached $3.2 billion"). The span is
 * the year's words, without "for". A year closed by a date ("for the year ended June 30") is a span of
 * twelve months that may straddle two years and is left out, as are "the year ahead", "for the year
 * 2000", a year a clause picks out ("jailed for the year he spent abroad") and durations ("throughout
 * the fiscal year").
 */
import type { ParsingContext } from 'chrono-node';
import { dayOf } from '../calendar.js';
import { startsWord } from '../pattern.js';
import type { DateParser } from '../rule.js';

const PATTERN = /(for\s+)?the\s+(?:(full|whole|entire)\s+)?(fiscal\s+|financial\s+)?year(?![\w'’-])/i;
/** "throughout the fiscal year": how long, not which year. */
const LASTING_BEFORE = /\b(?:throughout|over|during|within)\s+$/i;
/** A year closed by a date, one ahead or behind, a numbered year, or one a relative clause picks out. */
const NOT_THIS_YEAR_AFTER =
  /^\s*(?:ended|ending|that|when|in\s+which|he|she|they|we|i|you|it|to\s+(?:come|date)|ahead|before|after|earlier|ago)\b|^\s*\d|^\s+[a-z]+-/i;

/** Parser "whole-year". */
export const wholeYear: DateParser = {
  id: 'whole-year',
  needs: ['year-word'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, forWord, full, fiscal] = match;
    // "the year" alone is a date only after "for": "the year of the dragon", "the year he was born".
    if (forWord === undefined && full === undefined && fiscal === undefined) return null;
    const end = index + whole.length;
    if (NOT_THIS_YEAR_AFTER.test(context.text.slice(end, end + 16))) return null;
    if (LASTING_BEFORE.test(context.text.slice(Math.max(0, index - 12), index))) return null;
    const skip = forWord?.length ?? 0;
    const components = context.createParsingComponents({ year: dayOf(context.reference.instant).year });
    components.imply('month', 1);
    components.imply('day', 1);
    return context.createParsingResult(index + skip, whole.slice(skip), components);
  },
};
