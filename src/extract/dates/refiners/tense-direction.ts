/**
 * Places a bare weekday, month or quarter by the tense of its verb: in the past tense the previous one
 * ("met on Saturday" published Sunday 2023-02-19 → 2023-02-18; the publication day's own weekday is that
 * day), in the future tense the next one ("will speak on Friday"). Otherwise chrono's nearest one stays.
 * Words right before the date can fix the direction whatever the tense: "until" and "payable" ahead,
 * "since" behind.
 * Words that fix the direction themselves ("last", "next", "this", "ago") are left to chrono. A month naming a
 * scheduled event within two months of publication ("the November election", "the vote in November" in
 * October) is the nearest one.
 */
import type { ParsingComponents, ParsingResult } from 'chrono-node';
import type { Document } from '../../document/types.js';
import { addDays, compareDays, dayOf, quarterOf, weekdayOf, type Day } from '../calendar.js';
import { QUARTER_TAG } from '../parsers/quarter.js';
import { markRefined, type DateRefiner } from '../rule.js';
import { directionAt, weekdayTenseAt, type DateTense, type Direction } from '../tense.js';
import { BACKWARD_CUES, FORWARD_CUES, MONTH_EVENT_NOUNS } from '../../../vocabulary/dates.js';
import { alternation } from '../pattern.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A digit last. */
const DIGIT_END = /\d$/;

const FORWARD_CUE = new RegExp(`\\b(?:${alternation(FORWARD_CUES)})\\s+(?:on\\s+)?$`, 'i');
const BACKWARD_CUE = new RegExp(`\\b(?:${alternation(BACKWARD_CUES)})\\s+$`, 'i');
const POSSESSIVE = /^['’]s\b/;
/** A month naming a scheduled event after it: "the November election". */
const EVENT_AFTER = new RegExp(`^\\s+(?:${alternation(MONTH_EVENT_NOUNS)})\\b`, 'i');
/** A month after the event it dates: "the election in November", "not worried about polls in November". */
const EVENT_BEFORE = new RegExp(`\\b(?:${alternation(MONTH_EVENT_NOUNS)})\\s+(?:in\\s+)?$`, 'i');
const DIRECTED = /\b(?:last|next|this|past|coming|previous|ago|later|earlier|yesterday|today|tomorrow|tonight)\b/i;

function dayIn(components: ParsingComponents): Day {
  return { year: components.get('year') ?? 0, month: components.get('month') ?? 1, day: components.get('day') ?? 1 };
}

function setDay(components: ParsingComponents, day: Day): void {
  components.imply('year', day.year);
  components.imply('month', day.month);
  components.imply('day', day.day);
}

/** The day of `weekday` (0–6) in `direction` from `ref`; `ref` itself when it is that weekday. */
function weekdayFrom(ref: Day, weekday: number, direction: Direction): Day {
  const shift =
    direction === 'past' ? -((weekdayOf(ref) - weekday + 7) % 7) : (weekday - weekdayOf(ref) + 7) % 7;
  return addDays(ref, shift);
}

function placeWeekday(result: ParsingResult, ref: Day, direction: Direction): void {
  const before = dayIn(result.start);
  const placed = weekdayFrom(ref, result.start.get('weekday') ?? 0, direction);
  setDay(result.start, placed);
  if (result.end) {
    const delta = Math.round((Date.UTC(placed.year, placed.month - 1, placed.day) -
      Date.UTC(before.year, before.month - 1, before.day)) / 86_400_000);
    setDay(result.end, addDays(dayIn(result.end), delta));
  }
}

const PAST_TOLERANCE_DAYS = 31;

/** "Saturday, April 25" names its year: the nearest to `year` whose April 25 is a Saturday. */
function yearMatchingWeekday(day: Day, weekday: number, year: number): number {
  for (const candidate of [year, year + 1, year - 1]) {
    if (weekdayOf({ ...day, year: candidate }) === weekday) return candidate;
  }
  return year;
}

function placeInYear(result: ParsingResult, ref: Day, direction: Direction): void {
  const start = result.start;
  const hasDay = start.isCertain('day');
  const quarter = [...start.tags()].find((t) => t.startsWith(QUARTER_TAG) && DIGIT_END.test(t));
  let year = ref.year;
  if (quarter !== undefined) {
    const q = Number(quarter.slice(QUARTER_TAG.length));
    const current = quarterOf(ref.month);
    if (direction === 'past' && q > current) year -= 1;
    if (direction === 'future' && q < current) year += 1;
  } else if (hasDay) {
    const probe = { year, month: start.get('month') ?? 1, day: start.get('day') ?? 1 };
    // Past-tense news reports deadlines just ahead ("extended the offer to Nov. 20"): a day up to a month
    // after publication stays in its year.
    if (direction === 'past' && compareDays(probe, addDays(ref, PAST_TOLERANCE_DAYS)) > 0) year -= 1;
    if (direction === 'future' && compareDays(probe, ref) < 0) year += 1;
    if (start.isCertain('weekday')) year = yearMatchingWeekday(probe, start.get('weekday') ?? 0, year);
  } else {
    const order = (start.get('month') ?? 1) - ref.month;
    if (direction === 'past' && order > 0) year -= 1;
    if (direction === 'future' && order < 0) year += 1;
  }
  const delta = year - (start.get('year') ?? year);
  start.imply('year', year);
  if (result.end && !result.end.isCertain('year')) result.end.imply('year', (result.end.get('year') ?? year) + delta);
}

/** How many months around publication an event's month is read as the nearest one, whatever the tense. */
const NEAR_EVENT_MONTHS = 2;

/**
 * "before the November election" in October: a month naming a scheduled event within a couple of months of
 * publication, either way, is that nearest one (the tense of "was the only debate before …" says nothing of it);
 * null when both are further.
 */
function nearMonthDirection(month: number, refMonth: number): Direction | null {
  const ahead = (month - refMonth + 12) % 12;
  const behind = (refMonth - month + 12) % 12;
  if (Math.min(ahead, behind) > NEAR_EVENT_MONTHS) return null;
  return ahead <= behind ? 'future' : 'past';
}

/**
 * A weekday in the simple present is a plan ("they travel to Norwich on Wednesday"): the next one. With no
 * tense around it, it is, in news, most often a day just past ("Thursday's close").
 */
function weekdayDirection(tense: DateTense | null): Direction {
  if (tense === 'present') return 'future';
  return tense ?? 'past';
}

function placer(doc: Document, offset: number): (result: ParsingResult, ref: Day) => ParsingResult {
  return (result, ref) => {
    const start = result.start;
    if (DIRECTED.test(result.text) || start.isCertain('year')) return result;
    const isWeekday = start.isCertain('weekday') && !start.isCertain('day') && !start.isCertain('month');
    const isQuarter = start.tags().has(`${QUARTER_TAG}ordinal`);
    const inYear = (start.isCertain('month') && !isWeekday) || isQuarter;
    if (!isWeekday && !inYear) return result;
    const at = offset + result.index;
    const before = doc.text.slice(Math.max(0, at - 16), at);
    const end = at + result.text.length;
    let direction: Direction | null;
    const eventMonth = !isWeekday && !start.isCertain('day') &&
      (EVENT_AFTER.test(doc.text.slice(end, end + 16)) || EVENT_BEFORE.test(before));
    const nearMonth = eventMonth ? nearMonthDirection(start.get('month') ?? 1, ref.month) : null;
    if (nearMonth !== null) direction = nearMonth;
    else if (FORWARD_CUE.test(before)) direction = 'future';
    else if (BACKWARD_CUE.test(before)) direction = 'past';
    else if (!isWeekday) direction = directionAt(doc, at, end);
    // "after Tuesday's vote": a weekday owning something is, whatever the tense, a day just past.
    else if (POSSESSIVE.test(doc.text.slice(end, end + 3))) direction = directionAt(doc, at, end) ?? 'past';
    else direction = weekdayDirection(weekdayTenseAt(doc, at, end));
    if (direction === null) return result;
    if (isWeekday) placeWeekday(result, ref, direction);
    else {
      placeInYear(result, ref, direction);
      // "sold from May 3 to Friday": a weekday ending a range is placed as a bare one would be.
      if (result.end?.isOnlyWeekdayComponent()) setDay(result.end, weekdayFrom(ref, result.end.get('weekday') ?? 0, direction));
    }
    markRefined(result, 'tense-direction');
    return result;
  };
}

/** Refiner "tense-direction", over the sentences of `doc`; chrono's text starts at `offset` in it. */
export function tenseDirection(doc: Document, offset: number): DateRefiner {
  const place = placer(doc, offset);
  return {
    id: 'tense-direction',
    refine: (context, results) => {
      const ref = dayOf(context.reference.instant);
      return results.map((r) => place(r, ref));
    },
  };
}
