/**
 * "1991-2020", "2019–20": a span of years written with a dash. Its value is the ISO interval of the two
 * years ("1991/2020"). The second year must come after the first, and the numbers must stand alone (not
 * "1991-2020-3", "$1991-2020").
 */
import type { ParsingContext } from 'chrono-node';
import { startsWord } from '../pattern.js';
import type { DateParser } from '../rule.js';

const PATTERN = /((?:1[6-9]|20)\d{2})\s?[-–—]\s?(\d{4}|\d{2})(?=\W|$)/;
const NOT_A_RANGE_BEFORE = /[$€£¥#.,:/\-–—]$/;
const NOT_A_RANGE_AFTER = /^(?:[-–—/.,:]\d|\s*%)/;

/** Parser "year-range". */
export const yearRange: DateParser = {
  id: 'year-range',
  needs: ['year-number'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const index = match.index ?? 0;
    const end = index + match[0].length;
    if (!startsWord(context.text, index)) return null;
    if (NOT_A_RANGE_BEFORE.test(context.text.slice(Math.max(0, index - 1), index))) return null;
    if (NOT_A_RANGE_AFTER.test(context.text.slice(end, end + 4))) return null;
    const from = Number(match[1]);
    const written = match[2] ?? '';
    const to = written.length === 2 ? Math.floor(from / 100) * 100 + Number(written) : Number(written);
    if (to <= from || to - from > 200) return null;
    const first = context.createParsingComponents({ year: from });
    const last = context.createParsingComponents({ year: to });
    for (const c of [first, last]) {
      c.imply('month', 1);
      c.imply('day', 1);
    }
    return context.createParsingResult(index, match[0], first, last);
  },
};
