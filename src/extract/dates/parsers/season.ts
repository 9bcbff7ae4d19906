/**
 * "this summer", "last fall", "the winter of 1994", "spring 2022": a season. A season is not a calendar
 * month, so its value is its year (precision pinned to 'year'); winter is counted in the year it starts.
 */
import type { ParsingContext } from 'chrono-node';
import { dayOf } from '../calendar.js';
import { startsWord } from '../pattern.js';
import { pinPrecision, type DateParser } from '../rule.js';

const SEASONS: Readonly<Record<string, number>> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };
const AMBIGUOUS_NOUNS = new Set(['fall', 'spring']);
const PATTERN =
  /(?:(this(?:\s+past)?|last|next|the|early|late)\s+)(spring|summer|fall|autumn|winter)(?:\s+of\s+(\d{4})|\s+(\d{4}))?(?=\W|$)|(spring|summer|fall|autumn|winter)\s+(\d{4})(?=\W|$)/i;

/** Parser "season". */
export const season: DateParser = {
  id: 'season',
  needs: ['season'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    if (!startsWord(context.text, match.index ?? 0)) return null;
    const word = (match[1] ?? '').toLowerCase();
    const name = (match[2] ?? match[5] ?? '').toLowerCase();
    const written = match[3] ?? match[4] ?? match[6];
    const startMonth = SEASONS[name];
    if (startMonth === undefined) return null;
    // "the fall in prices", "the spring of the trap": these two are common nouns unless a year follows.
    if (word === 'the' && written === undefined && AMBIGUOUS_NOUNS.has(name)) return null;
    const ref = dayOf(context.reference.instant);
    const components = context.createParsingComponents();
    if (written !== undefined) components.assign('year', Number(written));
    else {
      // "the summer" with no year is anaphoric and read as this year's, like "this summer". "last" and
      // "this past" name the latest such season already begun; "next" the first not yet begun.
      let year = ref.year;
      if (word === 'last' || word.includes('past')) year = startMonth < ref.month ? ref.year : ref.year - 1;
      if (word === 'next') year = startMonth > ref.month ? ref.year : ref.year + 1;
      components.imply('year', year);
    }
    components.imply('month', startMonth);
    components.imply('day', 1);
    pinPrecision(components, 'year');
    return components;
  },
};
