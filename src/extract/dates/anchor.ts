/**
 * The date in focus of a narrative. Some expressions count from it rather than from the time of writing:
 * "a year earlier", "two days later", "the following month", "the previous Friday", "that year". A reader
 * takes them from the latest date written before them ("profit came to $7 million in the quarter ended May 31,
 * against $5 million a year earlier": the quarter a year before May 31), while "ago", "last" and "next"
 * count from the time of writing.
 */
import type { ParsingResult } from 'chrono-node';
import type { DatePrecision } from '../../types.js';
import type { Day } from './calendar.js';
import { pinnedPrecision } from './rule.js';
import { statedPrecision } from './to-mention.js';

/** A date that later expressions may count from. */
export interface DateAnchor {
  readonly start: Day;
  /** The last day of a date written as an interval (a quarter, "Sept. 14 to Oct. 26"); null otherwise. */
  readonly end: Day | null;
  /** Never 'time': a clock time anchors its day. */
  readonly precision: Exclude<DatePrecision, 'time'>;
}

const RANK: Readonly<Record<DatePrecision, number>> = { year: 0, month: 1, day: 2, time: 3 };

/** True when `precision` is at least as fine as `needed` ("day" is at least "month"). */
export function isAtLeast(precision: DatePrecision, needed: DatePrecision): boolean {
  return RANK[precision] >= RANK[needed];
}

function dayOfComponents(components: ParsingResult['start']): Day {
  return { year: components.get('year') ?? 0, month: components.get('month') ?? 1, day: components.get('day') ?? 1 };
}

/** The anchor a refined chrono result gives. */
export function anchorOf(result: ParsingResult): DateAnchor {
  const precision = pinnedPrecision(result) ?? statedPrecision(result.start);
  return {
    start: dayOfComponents(result.start),
    end: result.end ? dayOfComponents(result.end) : null,
    precision: precision === 'time' ? 'day' : precision,
  };
}

const LOOK_BACK = /\b(?:ago|earlier|before)$|^the\s+(?:previous|preceding|prior)\b|^(?:the\s+)?year[\s-](?:earlier|ago)\b/i;

/**
 * The date in focus after `result`, which followed `focus` (dates are kept as chrono results and read by
 * {@link anchorOf} only when something counts from them). A date that looks back for a comparison ("up
 * from $4 million a year earlier", "a year ago", "the previous Friday") leaves the focus where it was, so
 * a second "a year earlier" compares with the same period; any other date moves the focus to itself.
 */
export function nextFocus(focus: ParsingResult | null, result: ParsingResult): ParsingResult | null {
  return LOOK_BACK.test(result.text) ? focus : result;
}
