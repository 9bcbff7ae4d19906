/**
 * What every rule of the date stage is: a chrono parser or refiner with an id. The id is recorded on the
 * results it produces or changes (as chrono tags), so a wrong date can be traced to its rule.
 * Types only: the one module that loads chrono-node at run time is ./chrono-adapter.ts.
 */
import type { Parser, ParsingComponents, ParsingResult, Refiner } from 'chrono-node';
import type { DatePrecision } from '../../types.js';
import type { DateCue } from './pattern.js';

/** A chrono parser with the id it records on its results (`rule/<id>`). */
export interface DateParser extends Parser {
  readonly id: string;
  /** The cues its pattern is built on: it runs only over text holding one of them. */
  readonly needs: readonly DateCue[];
}

/** A chrono refiner with the id it records on the results it changes (`refined/<id>`). */
export interface DateRefiner extends Refiner {
  readonly id: string;
}

const RULE_TAG = 'rule/';
const REFINED_TAG = 'refined/';
const PRECISION_TAG = 'precision/';
const PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day', 'time'];

/** Tag that records the rule which produced a result. */
export function ruleTag(id: string): string {
  return RULE_TAG + id;
}

/** Records that refiner `id` changed `result`. */
export function markRefined(result: ParsingResult, id: string): void {
  result.addTag(REFINED_TAG + id);
}

/**
 * Pins the precision of a result whose certain components would say otherwise: a quarter is stated to
 * the year, "last week" to the month holding it.
 */
export function pinPrecision(components: ParsingComponents, precision: DatePrecision): void {
  components.addTag(PRECISION_TAG + precision);
}

/** The precision pinned by {@link pinPrecision}, if any. */
export function pinnedPrecision(result: ParsingResult): DatePrecision | null {
  const tags = result.start.tags();
  // Pins only ever coarsen, so the coarsest wins when a result carries several.
  for (const p of PRECISIONS) if (tags.has(PRECISION_TAG + p)) return p;
  return null;
}

/** The rules that produced `result` ("chrono/ENWeekdayParser", "quarter+year" for merged results). */
export function rulesOf(result: ParsingResult): string {
  const rules = [...result.tags()].filter((t) => t.startsWith(RULE_TAG)).map((t) => t.slice(RULE_TAG.length));
  return rules.length === 0 ? 'chrono' : rules.join('+');
}

/** The refiners that changed `result`, in no particular order. */
export function refinersOf(result: ParsingResult): string[] {
  return [...result.tags()].filter((t) => t.startsWith(REFINED_TAG)).map((t) => t.slice(REFINED_TAG.length));
}

/** True when `result` was produced by rule `id` (alone or merged with another). */
export function producedBy(result: ParsingResult, id: string): boolean {
  // A result's tags are those of its start and end; asked of each part, no merged set is built.
  const tag = RULE_TAG + id;
  return result.start.tags().has(tag) || (result.end?.tags().has(tag) ?? false);
}
