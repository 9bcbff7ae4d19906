/**
 * "early February", "mid-March", "late Jan. 2022", "the end of March": a month placed by a modifier. The
 * modifier stays in the span; the value is the month ("2023-02"), its year resolved later by tense.
 */
import type { ParsingContext } from 'chrono-node';
import { PERIOD_MODIFIERS } from '../../../vocabulary/dates.js';
import { alternation, MONTH_PATTERN, monthNumber, startsWord } from '../pattern.js';
import type { DateParser } from '../rule.js';

const PATTERN = new RegExp(
  `(?:${alternation(PERIOD_MODIFIERS)})(?:\\s*-\\s*|\\s+)(?:in\\s+)?(${MONTH_PATTERN})` +
    `(?:,?\\s+(\\d{4}))?(?=\\W|$)`,
  'i',
);

/** Parser "month-with-modifier". */
export const monthWithModifier: DateParser = {
  id: 'month-with-modifier',
  needs: ['month'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    if (!startsWord(context.text, match.index ?? 0)) return null;
    const month = monthNumber(match[1] ?? '');
    if (month === null) return null;
    const components = context.createParsingComponents({ month });
    components.imply('day', 1);
    if (match[2] !== undefined) components.assign('year', Number(match[2]));
    return components;
  },
};
