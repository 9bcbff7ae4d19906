/**
 * A date written without its year takes the year of the period just before it when it restates that
 * period or closes it: "the year-ago quarter, the fiscal fourth quarter ended Jan. 31" (both of the year
 * before), "the 1988 quarter ended Sept. 30", "the year-earlier period ended June 30". Tense alone would
 * place them in the year of publication.
 */
import type { ParsingComponents, ParsingResult } from 'chrono-node';
import { producedBy, markRefined, type DateRefiner } from '../rule.js';

/** What stands between the period's year and the day closing it: the period's noun, then "ended". */
const PERIOD_THEN_ENDED =
  /^\s*(?:(?:[a-z-]+\s+){0,2}(?:quarter|period|half|year|months|weeks)\s+)?(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?$/i;
/** A quarter restated in apposition: "the year-ago quarter, the fiscal fourth quarter", "the 1994 quarter, the …". */
const APPOSITION = /^\s*(?:quarter\s*)?,\s*$/i;
const WRITTEN_YEAR = /\b\d{4}\b/;
const QUARTER_TEXT = /\bquarter\b/i;

/** The year `result` states (a written year, or "year-ago"), or null. */
function statedYear(result: ParsingResult): number | null {
  const last = result.end ?? result.start;
  if (producedBy(result, 'year-earlier-period')) return last.get('year');
  return last.isCertain('year') && WRITTEN_YEAR.test(result.text) ? last.get('year') : null;
}

function setYear(components: ParsingComponents | null | undefined, year: number): void {
  if (components && !components.isCertain('year')) components.imply('year', year);
}

/** The year `result` takes from `period`, which it follows with `between` in between; null for none. */
function yearFrom(result: ParsingResult, period: ParsingResult, periodYear: number | null, between: string): number | null {
  if (periodYear === null || result.start.isCertain('year')) return null;
  if (result.start.isCertain('day') && PERIOD_THEN_ENDED.test(between)) return periodYear;
  // Only a quarter restates a period; a month or day after a comma is a date of its own.
  if (QUARTER_TEXT.test(result.text) && QUARTER_TEXT.test(period.text + between) && APPOSITION.test(between)) return periodYear;
  return null;
}

/** Refiner "period-year". */
export const periodYear: DateRefiner = {
  id: 'period-year',
  refine: (context, results) => {
    // The year each result states or has taken, so that a chain passes it on.
    const years: (number | null)[] = [];
    results.forEach((result, i) => {
      const period = results[i - 1];
      const periodYear = years[i - 1] ?? null;
      years.push(statedYear(result));
      if (period === undefined) return;
      const between = context.text.slice(period.index + period.text.length, result.index);
      const year = yearFrom(result, period, periodYear, between);
      if (year === null) return;
      years[i] = year;
      if (year === result.start.get('year')) return;
      setYear(result.start, year);
      setYear(result.end, year);
      markRefined(result, 'period-year');
    });
    return results;
  },
};
