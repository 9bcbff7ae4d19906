/**
 * "the following year", "the previous month", "the prior day", "the next day", "that year", "the same
 * day": a period named from the date in focus rather than from the time of writing. The parser records
 * which period (a tag read by the anchored-reference refiner, which places it); "the next year" is left
 * out, as news mostly means the twelve months ahead by it ("over the next year").
 */
import type { ParsingContext } from 'chrono-node';
import { FOLLOWING_WORDS, PREVIOUS_WORDS } from '../../../vocabulary/dates.js';
import { dayOf } from '../calendar.js';
import { alternation, startsWord } from '../pattern.js';
import type { DateParser } from '../rule.js';

/** The units a period can be named in. */
export type AnaphoricUnit = 'day' | 'month' | 'quarter' | 'year';

/** Tag prefix: `anaphora/<shift>/<unit>`, the period `shift` units from the date in focus. */
export const ANAPHORA_TAG = 'anaphora/';

const PATTERN = new RegExp(
  `(?:the\\s+(?:(${alternation(PREVIOUS_WORDS)})|(${alternation(FOLLOWING_WORDS)})|(same))|(that))\\s+` +
    `(day|month|quarter|year)(?![\\w-])|the\\s+(next)\\s+(day)(?![\\w-])`,
  'i',
);

/** Parser "anaphoric-period". */
export const anaphoricPeriod: DateParser = {
  id: 'anaphoric-period',
  needs: ['unit'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [, previous, following, , , unitWord, next, nextUnit] = match;
    const unit = (unitWord ?? nextUnit ?? '').toLowerCase();
    const shift = previous !== undefined ? -1 : following !== undefined || next !== undefined ? 1 : 0;
    const ref = dayOf(context.reference.instant);
    const components = context.createParsingComponents();
    components.imply('year', ref.year);
    components.imply('month', ref.month);
    components.imply('day', ref.day);
    components.addTag(`${ANAPHORA_TAG}${shift}/${unit}`);
    return components;
  },
};
