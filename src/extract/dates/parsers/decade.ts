/**
 * "the 1990s", "the late 1970s", "the mid-1990s", "the '80s", "the nineties": a decade. Its value is the
 * interval of its years ("1990/1999", precision 'year'); a modifier ("late") stays in the span and, as
 * for "mid-1997", the value stays the whole decade. A decade written without its century ("the '80s",
 * "the nineties") is the latest one that has begun by the publication year.
 */
import type { ParsingContext } from 'chrono-node';
import { DECADE_WORDS } from '../../../vocabulary/dates.js';
import { dayOf } from '../calendar.js';
import { alternation, OPTIONAL_PERIOD_MODIFIER as MODIFIER, startsWord } from '../pattern.js';
import type { DateParser } from '../rule.js';
import { yearSpanResult } from './year-span.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** An apostrophe first. */
const APOSTROPHE_START = /^['’]/;

const PATTERN = new RegExp(
  `(?:the\\s+)?${MODIFIER}(?:(1[0-9]|20)(\\d)0['’]?s|['’](\\d)0['’]?s)(?![\\w'’-])|the\\s+${MODIFIER}(${alternation(Object.keys(DECADE_WORDS))})(?![\\w-])`,
  'i',
);

/** Parser "decade". */
export const decade: DateParser = {
  id: 'decade',
  needs: ['era'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index) && !APOSTROPHE_START.test(match[0])) return null;
    const [, century, tens, shortTens, word] = match;
    const published = dayOf(context.reference.instant).year;
    let first: number;
    if (century !== undefined && tens !== undefined) first = Number(century) * 100 + Number(tens) * 10;
    else {
      const within = shortTens !== undefined ? Number(shortTens) * 10 : DECADE_WORDS[(word ?? '').toLowerCase()] ?? 0;
      first = Math.floor(published / 100) * 100 + within;
      if (first > published) first -= 100;
    }
    return yearSpanResult(context, index, match[0], first, first + 9);
  },
};
