/** Turns a chrono result into a date candidate: span, ISO value at the stated precision, rule trace. */
import type { ParsingComponents, ParsingResult } from 'chrono-node';
import type { DatePrecision } from '../../types.js';
import { pinnedPrecision, refinersOf, rulesOf } from './rule.js';

/** A date found in the text, before ids are given; `rule` and `refinedBy` trace where it came from. */
export interface DateCandidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** ISO 8601 at `precision`; a range is an ISO interval ("2023-03-03/2023-03-05"). */
  readonly value: string;
  readonly precision: DatePrecision;
  /** True when the value depends on the publication date (no year written in the expression). */
  readonly relative: boolean;
  /** The parser(s) that produced it. */
  readonly rule: string;
  /** The refiners that changed it. */
  readonly refinedBy: readonly string[];
}

const WRITTEN_YEAR = /\d{4}|'\d{2}\b/;

function pad(n: number | null): string {
  return String(n ?? 0).padStart(2, '0');
}

/** The precision the components state: the finest component that is certain. */
export function statedPrecision(components: ParsingComponents): DatePrecision {
  if (components.isCertain('hour')) return 'time';
  if (components.isCertain('day') || components.isCertain('weekday')) return 'day';
  if (components.isCertain('month')) return 'month';
  if (components.isCertain('year')) return 'year';
  return 'day';
}

function isoAt(components: ParsingComponents, precision: DatePrecision): string {
  const year = String(components.get('year') ?? 0).padStart(4, '0');
  if (precision === 'year') return year;
  const month = `${year}-${pad(components.get('month'))}`;
  if (precision === 'month') return month;
  const day = `${month}-${pad(components.get('day'))}`;
  if (precision === 'day') return day;
  return `${day}T${pad(components.get('hour'))}:${pad(components.get('minute'))}`;
}

/** The candidate for one chrono result over a text starting at `offset` in the document. */
export function toCandidate(result: ParsingResult, offset: number): DateCandidate {
  const precision = pinnedPrecision(result) ?? statedPrecision(result.start);
  const startValue = isoAt(result.start, precision);
  const endValue = result.end === undefined || result.end === null ? startValue : isoAt(result.end, precision);
  return {
    start: offset + result.index,
    end: offset + result.index + result.text.length,
    text: result.text,
    value: endValue === startValue ? startValue : `${startValue}/${endValue}`,
    precision,
    relative: !(result.start.isCertain('year') && WRITTEN_YEAR.test(result.text)),
    rule: rulesOf(result),
    refinedBy: refinersOf(result),
  };
}
