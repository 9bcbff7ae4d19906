/**
 * "the latest period", "the most recent period", "the latest fiscal period": in an earnings report, the
 * quarter just reported, as "the latest quarter" is (the quarter before the one holding the publication
 * date). "period" alone, with an ordinal ("the third period" of a match) or as a modifier ("the latest period
 * drama"), is not a quarter.
 */
import type { ParsingContext } from 'chrono-node';
import { startsWord } from '../pattern.js';
import type { DateParser } from '../rule.js';
import { latestQuarter, quarterResult } from './quarter.js';

/** "period" as a modifier is no period of time ("the latest period drama"). */
const PATTERN =
  /the\s+(?:latest|most\s+recent)\s+(?:(?:fiscal|financial|reporting)\s+)?period(?![\w-])(?!\s+(?:drama|dramas|piece|pieces|film|films|costume|costumes|furniture|style)\b)/i;

/** Parser "latest-period". */
export const latestPeriod: DateParser = {
  id: 'latest-period',
  needs: ['period'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const { number, year } = latestQuarter(context);
    return quarterResult(context, index, match[0], number, null, year, false);
  },
};
