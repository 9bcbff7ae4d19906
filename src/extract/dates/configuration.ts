/**
 * The date rules in the order they run. chrono's casual English parsers run first (added by
 * ./chrono-adapter.ts), then ours; all results go through the filters, chrono's own refiners (overlap
 * removal, merging a weekday with its date, a date with its time, ranges), then the adjusters.
 */
import type { Document } from '../document/types.js';
import type { ParsingResult } from 'chrono-node';
import { readyParsers, type DateRules } from './chrono-adapter.js';
import { anaphoricPeriod } from './parsers/anaphoric-period.js';
import { approximateAgo } from './parsers/approximate-ago.js';
import { century } from './parsers/century.js';
import { currentYear } from './parsers/current-year.js';
import { decade } from './parsers/decade.js';
import { latestPeriod } from './parsers/latest-period.js';
import { ordinalDay } from './parsers/ordinal-day.js';
import { monthWithModifier } from './parsers/month-with-modifier.js';
import { monthRelativeYear } from './parsers/month-relative-year.js';
import { monthWithRelative } from './parsers/month-with-relative.js';
import { quarter } from './parsers/quarter.js';
import { season } from './parsers/season.js';
import { spokenYear } from './parsers/spoken-year.js';
import { wholeYear } from './parsers/whole-year.js';
import { year } from './parsers/year.js';
import { yearEarlierPeriod } from './parsers/year-earlier-period.js';
import { yearEnd } from './parsers/year-end.js';
import { yearRange } from './parsers/year-range.js';
import { anchoredReference } from './refiners/anchored-reference.js';
import { dropContrastedWeekdays } from './refiners/drop-contrasted-weekdays.js';
import { dropCompoundDayParts } from './refiners/drop-compound-day-parts.js';
import { dropDayPartNouns } from './refiners/drop-day-part-nouns.js';
import { dropDurations } from './refiners/drop-durations.js';
import { dropElapsedTimes } from './refiners/drop-elapsed-times.js';
import { dropEventOffsets } from './refiners/drop-event-offsets.js';
import { dropFractions } from './refiners/drop-fractions.js';
import { dropHabitualOffsets } from './refiners/drop-habitual-offsets.js';
import { dropPastSpans } from './refiners/drop-past-spans.js';
import { dropRecurring } from './refiners/drop-recurring.js';
import { dropUnitFragments } from './refiners/drop-unit-fragments.js';
import { dropUnmarkedTimes } from './refiners/drop-unmarked-times.js';
import { dropVague } from './refiners/drop-vague.js';
import { dropVerbMonths } from './refiners/drop-verb-months.js';
import { dropWeekdayAbbreviations } from './refiners/drop-weekday-abbreviations.js';
import { offsetDay } from './refiners/offset-day.js';
import { periodYear } from './refiners/period-year.js';
import { tenseDirection } from './refiners/tense-direction.js';
import { trimPunctuation } from './refiners/trim-punctuation.js';
import { weekPeriod } from './refiners/week-period.js';

/** chrono's parsers, then ours; the same for every window, so made ready once. */
const PARSERS = readyParsers([
  monthWithModifier,
  monthWithRelative,
  monthRelativeYear,
  year,
  yearRange,
  quarter,
  latestPeriod,
  season,
  yearEarlierPeriod,
  anaphoricPeriod,
  yearEnd,
  currentYear,
  wholeYear,
  decade,
  century,
  spokenYear,
  approximateAgo,
  ordinalDay,
]);

/**
 * The rules for one window of a document; refiners that read words and tenses are bound to `doc`, and
 * `offset` (where the window starts in `doc.text`) maps chrono's offsets to the document's. `focus` is the
 * latest date before the window, which "a year earlier" or "the following month" may count from.
 */
export function dateRules(doc: Document, offset: number, focus: ParsingResult | null = null): DateRules {
  return {
    parsers: PARSERS,
    // Filters come before chrono's overlap removal, so a false reading ("500 a" in "$3,500 a share")
    // cannot beat a true one that overlaps it, and before merging, so "Monday at 10" keeps "Monday".
    filters: [
      dropVerbMonths(doc, offset),
      dropWeekdayAbbreviations,
      dropUnmarkedTimes,
      dropUnitFragments,
      dropElapsedTimes,
      dropCompoundDayParts,
      dropFractions,
      dropDurations,
      dropEventOffsets,
      dropVague,
    ],
    // After chrono's merges: spans are final ("Friday, February 24", "Sunday morning"), so a part of day
    // standing alone ("Good evening", "$55 a night") and a recurring time ("every Monday morning") are
    // seen whole and dropped first. Punctuation is trimmed next so the tense of a date is read from its own
    // words; weeks are coarsened before tense so a week is never placed as a day. A date restating or
    // closing a period of a stated year then takes that year over the one its tense gave. Dates counted
    // from the date in focus come last, once every date before them is placed.
    adjusters: [
      dropDayPartNouns,
      dropRecurring,
      dropContrastedWeekdays(doc, offset),
      dropPastSpans(doc, offset),
      trimPunctuation,
      weekPeriod,
      offsetDay,
      tenseDirection(doc, offset),
      // Before days are counted from the one in focus: a habit names no day to count.
      dropHabitualOffsets(doc, offset),
      periodYear,
      anchoredReference(focus),
    ],
  };
}
