/**
 * The cues each of chrono's casual English parsers needs before it can match, read off its pattern: a
 * parser is run over a window only when the window holds one of them. A parser missing here always runs,
 * so a chrono upgrade that adds one loses nothing.
 */
import type { DateCue } from './pattern.js';

/** By parser class name. */
export const CHRONO_PARSER_NEEDS: Readonly<Record<string, readonly DateCue[]>> = {
  // "2023-02-19", "2/19/2023", "02/2023": numbers joined by a date's separator ("2023 Feb 19": a month).
  ENYearMonthDayParser: ['separator', 'month'],
  ISOFormatParser: ['separator'],
  SlashDateFormatParser: ['separator'],
  ENSlashMonthFormatParser: ['separator'],
  ENYearMonthNameParser: ['month'],
  // "9:30", "7 p.m.", "6 o’clock", "8 in the morning": a bare number is no time (drop-unmarked-times).
  ENTimeExpressionParser: ['clock', 'day-part'],
  // "Feb. 19", "19 February", "in March".
  ENMonthNameLittleEndianParser: ['month'],
  ENMonthNameMiddleEndianParser: ['month'],
  ENMonthNameParser: ['month'],
  // "on Saturday", "this weekend".
  ENWeekdayParser: ['weekday'],
  // "within three days", "two weeks ago", "a year later", "last month", "next week", "end of the month".
  ENTimeUnitWithinFormatParser: ['unit-within'],
  // These two also need the word they count from, which is rarer than the unit.
  ENTimeUnitAgoFormatParser: ['ago'],
  ENTimeUnitLaterFormatParser: ['later'],
  ENRelativeDateFormatParser: ['unit-relative'],
  ENTimeUnitCasualRelativeFormatParser: ['unit-relative'],
  // "end of the month".
  ENEndOfCurrentMonthParser: ['month-word'],
  // "yesterday", "tonight", "last night".
  ENCasualDateParser: ['relative-day', 'day-part'],
  // "this morning", "at noon".
  ENCasualTimeParser: ['day-part'],
};
