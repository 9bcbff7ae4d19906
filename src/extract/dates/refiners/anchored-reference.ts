/**
 * Places what counts from the date in focus (see ../anchor.ts): offsets that count from "then" ("a year
 * earlier", "two days later"), periods named from it ("the following month", "that year", from the
 * anaphoric-period parser), "the previous Friday" and "in the morning" (a part of the day in focus). The date in focus is the latest date before the
 * expression, in this text or carried from the text before it, but for dates that look back (see
 * `nextFocus`).
 *
 * An offset keeps the precision of its focus ("a year earlier" than a quarter is a quarter) and needs a
 * focus at least as fine as its unit ("two days later" cannot count from "1998"); without one, "a year
 * earlier" keeps chrono's reading from the publication day (news compares with the present that way) and
 * "three days later" is dropped. Without a focus, "the following year" and "the previous
 * Friday" count from the publication day, and "that year" is dropped: no reader could place it.
 */
import type { ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import type { DatePrecision } from '../../../types.js';
import { COUNT_VALUES, FOLLOWING_WORDS, PREVIOUS_WORDS } from '../../../vocabulary/dates.js';
import { anchorOf, isAtLeast, nextFocus, type DateAnchor } from '../anchor.js';
import { addDays, addMonths, dayOf, quarterOf, weekdayOf, type Day } from '../calendar.js';
import { ANAPHORA_TAG } from '../parsers/anaphoric-period.js';
import { alternation } from '../pattern.js';
import { markRefined, type DateRefiner } from '../rule.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** "earlier" or "before". */
const EARLIER = /^(?:earlier|before)$/i;

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';

const OFFSET = new RegExp(
  `^(${alternation(Object.keys(COUNT_VALUES))}|\\d{1,3})\\s+(day|week|month|quarter|year)s?\\s+(earlier|later|before|after)$`,
  'i',
);
// "a few days later": no count to place it by.
const LATER = /\blater$/i;
const ANAPHORIC_TEXT = /^(?:the|that|(?:earlier|later)\s+in)\s/i;
const WEEKDAY_PREFIX = new RegExp(
  `\\bthe\\s+(?:(${alternation(PREVIOUS_WORDS)})|${alternation(FOLLOWING_WORDS)})\\s+$`,
  'i',
);
/** "in the morning", "during the night": a part of the day the story is on. */
const THE_DAY_PART = /^(?:morning|afternoon|evening|night)$/i;
const THE_BEFORE = /\bthe\s+$/i;
const NEEDS: Readonly<Record<Unit, DatePrecision>> = {
  day: 'day', week: 'day', month: 'month', quarter: 'month', year: 'year',
};

function shifted(day: Day, unit: Unit, count: number): Day {
  if (unit === 'day') return addDays(day, count);
  if (unit === 'week') return addDays(day, 7 * count);
  return addMonths(day, count * (unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12));
}

/** A placed date: its first day, last day of an interval, and precision. */
type Placed = DateAnchor;

function offsetFrom(focus: DateAnchor, unit: Unit, count: number): Placed {
  return {
    start: shifted(focus.start, unit, count),
    end: focus.end === null ? null : shifted(focus.end, unit, count),
    precision: focus.precision,
  };
}

/**
 * The week holding `day`, as week-period states weeks: the month holding all of it, or its year when it
 * spans two months.
 */
function weekHolding(day: Day): Placed {
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
  const sunday = addDays(monday, 6);
  if (monday.month === sunday.month) return { start: monday, end: null, precision: 'month' };
  return { start: sunday, end: null, precision: 'year' };
}

function periodFrom(focus: DateAnchor, unit: Unit, shift: number): Placed {
  if (unit === 'week') return weekHolding(shifted(focus.start, unit, shift));
  if (unit === 'quarter') {
    const index = focus.start.year * 4 + quarterOf(focus.start.month) - 1 + shift;
    const year = Math.floor(index / 4);
    const first = (index - year * 4) * 3 + 1;
    return { start: { year, month: first, day: 1 }, end: { year, month: first + 2, day: 1 }, precision: 'month' };
  }
  const precision = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
  return { start: shifted(focus.start, unit, shift), end: null, precision };
}

function weekdayFrom(focus: DateAnchor, weekday: number, previous: boolean): Placed {
  const gap = previous ? -((weekdayOf(focus.start) - weekday + 7) % 7 || 7) : (weekday - weekdayOf(focus.start) + 7) % 7 || 7;
  return { start: addDays(focus.start, gap), end: null, precision: 'day' };
}

function componentsAt(context: ParsingContext, day: Day, precision: DatePrecision, tags: Iterable<string>): ParsingComponents {
  const components = context.createParsingComponents();
  components.addTags([...tags].filter((t) => !t.startsWith('precision/')));
  components.assign('year', day.year);
  if (precision === 'year') components.imply('month', 1);
  else components.assign('month', day.month);
  if (precision === 'day' || precision === 'time') components.assign('day', day.day);
  else components.imply('day', 1);
  return components;
}

function place(context: ParsingContext, result: ParsingResult, placed: Placed): ParsingResult {
  const tags = result.start.tags();
  result.start = componentsAt(context, placed.start, placed.precision, tags);
  if (placed.end === null) delete result.end;
  else result.end = componentsAt(context, placed.end, placed.precision, tags);
  markRefined(result, 'anchored-reference');
  return result;
}

function publishedDay(context: ParsingContext): DateAnchor {
  return { start: dayOf(context.reference.instant), end: null, precision: 'day' };
}

/** The tag of a result of the anaphoric-period parser, read only for texts that can be one. */
function anaphoraOf(result: ParsingResult): string | undefined {
  if (!ANAPHORIC_TEXT.test(result.text)) return undefined;
  return [...result.start.tags()].find((t) => t.startsWith(ANAPHORA_TAG));
}

/** "the following year", "that year": from a focus fine enough, else the publication day; null to drop. */
function placePeriod(context: ParsingContext, result: ParsingResult, anaphora: string, focus: DateAnchor | null): ParsingResult | null {
  const [shiftText, unitText] = anaphora.slice(ANAPHORA_TAG.length).split('/');
  const unit = unitText as Unit;
  const shift = Number(shiftText);
  const usable = focus !== null && isAtLeast(focus.precision, NEEDS[unit]) ? focus : null;
  if (usable === null && shift === 0) return null;
  return place(context, result, periodFrom(usable ?? publishedDay(context), unit, shift));
}

/** "a year earlier", "two days later": from a focus fine enough; null to drop. */
function placeOffset(context: ParsingContext, result: ParsingResult, offset: RegExpExecArray, focus: DateAnchor | null): ParsingResult | null {
  const unit = (offset[2] ?? '').toLowerCase() as Unit;
  const word = (offset[1] ?? '').toLowerCase();
  const count = COUNT_VALUES[word] ?? Number(word);
  const sign = EARLIER.test(offset[3] ?? '') ? -1 : 1;
  // "Three days later" counts from an event of the story: with no date to count from, none can be given.
  if (focus === null || !isAtLeast(focus.precision, NEEDS[unit])) return sign > 0 ? null : result;
  return place(context, result, offsetFrom(focus, unit, sign * count));
}

/** "the previous Friday": the span takes in its words; from a focus day, else the publication day. */
function placeWeekday(context: ParsingContext, result: ParsingResult, prefix: RegExpExecArray, focus: DateAnchor | null): ParsingResult {
  const usable = focus !== null && focus.precision === 'day' ? focus : publishedDay(context);
  const weekday = result.start.get('weekday') ?? 0;
  result.text = prefix[0] + result.text;
  result.index -= prefix[0].length;
  return place(context, result, weekdayFrom(usable, weekday, prefix[1] !== undefined));
}

/** "in the morning": on the day in focus, when there is one; else chrono's reading (the publication day). */
function placeDayPart(context: ParsingContext, result: ParsingResult, focus: DateAnchor | null): ParsingResult {
  if (focus === null || focus.precision !== 'day' || focus.end !== null) return result;
  return place(context, result, { start: focus.start, end: null, precision: 'day' });
}

/** The result placed from the date `focusResult`; null to drop it. */
function refineOne(context: ParsingContext, result: ParsingResult, focusResult: ParsingResult | null): ParsingResult | null {
  // The focus is read only when the result counts from it.
  const focus = (): DateAnchor | null => (focusResult === null ? null : anchorOf(focusResult));
  const anaphora = anaphoraOf(result);
  if (anaphora !== undefined) return placePeriod(context, result, anaphora, focus());
  const offset = OFFSET.exec(result.text);
  if (offset !== null) return placeOffset(context, result, offset, focus());
  if (LATER.test(result.text)) return null;
  if (THE_DAY_PART.test(result.text) && THE_BEFORE.test(context.text.slice(Math.max(0, result.index - 8), result.index))) {
    return placeDayPart(context, result, focus());
  }
  if (result.end || !result.start.isOnlyWeekdayComponent()) return result;
  const prefix = WEEKDAY_PREFIX.exec(context.text.slice(Math.max(0, result.index - 24), result.index));
  return prefix === null ? result : placeWeekday(context, result, prefix, focus());
}

/** Refiner "anchored-reference"; `carried` is the date in focus at the start of the text, if any. */
export function anchoredReference(carried: ParsingResult | null): DateRefiner {
  return {
    id: 'anchored-reference',
    refine: (context, results) => {
      let focus = carried;
      const kept: ParsingResult[] = [];
      for (const result of results) {
        const refined = refineOne(context, result, focus);
        if (refined === null) continue;
        kept.push(refined);
        focus = nextFocus(focus, refined);
      }
      return kept;
    },
  };
}
