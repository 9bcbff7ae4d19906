/**
 * A day written without its year that closes a period whose year was just stated takes that year: "the
 * 1988 quarter ended Sept. 30", "the year-ago quarter, the second quarter ended Oct. 31", "the year-earlier
 * period ended June 30". Tense alone would place the day in the year of publication.
 */
import type { ParsingResult } from 'chrono-node';
import { producedBy, markRefined, type DateRefiner } from '../rule.js';

/** What stands between the period's year and the day: the period's noun, then "ended". */
const PERIOD_THEN_ENDED =
  /^\s*(?:(?:[a-z-]+\s+){0,2}(?:quarter|period|half|year|months|weeks)\s+)?(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?$/i;
const WRITTEN_YEAR = /\b\d{4}\b/;

/** The year `result` states (a written year, or "year-ago"), or null. */
function statedYear(result: ParsingResult): number | null {
  const last = result.end ?? result.start;
  if (producedBy(result, 'year-earlier-period')) return last.get('year');
  return last.isCertain('year') && WRITTEN_YEAR.test(result.text) ? last.get('year') : null;
}

/** Refiner "period-end-year". */
export const periodEndYear: DateRefiner = {
  id: 'period-end-year',
  refine: (context, results) => {
    results.forEach((result, i) => {
      const period = results[i - 1];
      if (period === undefined || i === 0 || result.start.isCertain('year') || !result.start.isCertain('day')) return;
      const between = context.text.slice(period.index + period.text.length, result.index);
      if (!PERIOD_THEN_ENDED.test(between)) return;
      const year = statedYear(period);
      if (year === null || year === result.start.get('year')) return;
      result.start.imply('year', year);
      markRefined(result, 'period-end-year');
    });
    return results;
  },
};
