/**
 * The cues each of chrono's casual English parsers needs before it can match, read off its pattern: a
 * parser is run over a window only when the window holds one of them. A parser missing here always runs,
 * so a chrono upgrade that adds one loses nothing.
 */
import type { DateCue } from './pattern.js';

/** By parser class name. */
export const CHRONO_PARSER_NEEDS: Readonly<Record<string, readonly DateCue[]>> = {
  // "2023-02-19", "2/19/2023", "02/2023", "2023 Feb", "9:30", "7 p.m.": numbers.
  ENYearMonthDayParser: ['digit'],
  ISOFormatParser: ['digit'],
  SlashDateFormatParser: ['digit'],
  ENSlashMonthFormatParser: ['digit'],
  ENYearMonthNameParser: ['digit'],
  ENTimeExpressionParser: ['digit'],
  // "Feb. 19", "19 February", "in March".
  ENMonthNameLittleEndianParser: ['month'],
  ENMonthNameMiddleEndianParser: ['month'],
  ENMonthNameParser: ['month'],
  // "on Saturday", "this weekend".
  ENWeekdayParser: ['weekday'],
  // "within three days", "two weeks ago", "a year later", "last month", "next week", "end of the month".
  ENTimeUnitWithinFormatParser: ['unit'],
  // These two also need the word they count from, which is rarer than the unit.
  ENTimeUnitAgoFormatParser: ['ago'],
  ENTimeUnitLaterFormatParser: ['later'],
  ENRelativeDateFormatParser: ['unit'],
  ENTimeUnitCasualRelativeFormatParser: ['unit'],
  ENEndOfCurrentMonthParser: ['unit'],
  // "yesterday", "tonight", "last night".
  ENCasualDateParser: ['relative-day', 'day-part'],
  // "this morning", "at noon".
  ENCasualTimeParser: ['day-part'],
};
