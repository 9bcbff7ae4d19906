/**
 * "the following year", "the previous month", "the prior day", "the next day", "that year", "the same
 * day", "the next morning" (the day after, in the morning): a period named from the date in focus rather than from the time of writing. The parser records
 * which period (a tag read by the anchored-reference refiner, which places it); "the next year" is left
 * out, as news mostly means the twelve months ahead by it ("over the next year").
 */
import type { ParsingContext } from 'chrono-node';
import { FOLLOWING_DAY_PARTS, FOLLOWING_WORDS, PREVIOUS_WORDS } from '../../../vocabulary/dates.js';
import { dayOf } from '../calendar.js';
import { alternation, startsWord } from '../pattern.js';
import type { DateParser } from '../rule.js';

/** The units a period can be named in. */
export type AnaphoricUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Tag prefix: `anaphora/<shift>/<unit>`, the period `shift` units from the date in focus. */
export const ANAPHORA_TAG = 'anaphora/';

const PATTERN = new RegExp(
  `(?:the\\s+(?:(${alternation(PREVIOUS_WORDS)})|(${alternation(FOLLOWING_WORDS)})|(same))|(that))\\s+` +
    `(day|month|quarter|year)(?![\\w-])|the\\s+(next)\\s+(day)(?![\\w-])` +
    `|the\\s+(week)(?![\\w-])(?!\\s+(?:ahead|to\\s+come|of|before|after|earlier|later|ago)\\b)` +
    `|(?:earlier|later)\\s+in\\s+the\\s+(day)(?![\\w-])` +
    `|the\\s+(day)(?=\\s+(?:before|after)\\s)` +
    `|the\\s+(?:next|${alternation(FOLLOWING_WORDS)})\\s+(${alternation(FOLLOWING_DAY_PARTS)})(?![\\w-])`,
  'i',
);
/** "during the week", "twice a week": how long or how often, not which week. */
/** "May 4, the day before the flood": in apposition to a day just written. */
const AFTER_A_DAY = /(?:\d|day|yesterday|today)\s*,\s*$/i;
const NOT_WHICH_WEEK_BEFORE = /\b(?:during|throughout|over|within|per|a|each|every)\s+$/i;

/** Parser "anaphoric-period". */
export const anaphoricPeriod: DateParser = {
  id: 'anaphoric-period',
  needs: ['day-word', 'week-word', 'month-word', 'quarter-word', 'year-word', 'day-part'],
  pattern: () => PATTERN,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [, previous, following, , , unitWord, next, nextUnit, week, dayInDay, apposedDay, nextDayPart] = match;
    if (apposedDay !== undefined && !AFTER_A_DAY.test(context.text.slice(Math.max(0, index - 12), index))) return null;
    if (week !== undefined && NOT_WHICH_WEEK_BEFORE.test(context.text.slice(Math.max(0, index - 12), index))) return null;
    const unit = nextDayPart !== undefined ? 'day' : (unitWord ?? nextUnit ?? week ?? dayInDay ?? apposedDay ?? '').toLowerCase();
    const shift = previous !== undefined ? -1 : following !== undefined || next !== undefined || nextDayPart !== undefined ? 1 : 0;
    const ref = dayOf(context.reference.instant);
    const components = context.createParsingComponents();
    components.imply('year', ref.year);
    components.imply('month', ref.month);
    components.imply('day', ref.day);
    // Stated as a day, so chrono does not take it for a bare time and merge it into the day before it.
    if (apposedDay !== undefined) components.assign('day', ref.day);
    components.addTag(`${ANAPHORA_TAG}${shift}/${unit}`);
    return components;
  },
};
