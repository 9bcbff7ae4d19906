/**
 * The date stage: every date and time expression of the article, resolved against the publication date at
 * the precision the text states.
 *
 * How it works: chrono-node runs with its casual English rules plus ours (./configuration.ts lists them in
 * order) over each run of sentences that holds a digit or a date word (./windows.ts), and the offsets are
 * mapped back to the article; only ./chrono-adapter.ts loads chrono-node. Each result records
 * the rule that produced it and the refiners that changed it (`findDateCandidates` shows them).
 *
 * Decisions:
 * - Only expressions that name a point or period of the calendar are dates. Durations ("for three weeks",
 *   "the past two years", "within a week") are not returned, and neither are vague references that name no
 *   calendar period: "in the months ahead", "in the coming weeks", "now", "recently", "soon", "the future".
 *   A reader cannot place them on a calendar, and returning a made-up value would mislead.
 * - Words that only look like dates are not dates: "may" and "march" as verbs, "Sun" the company and other
 *   weekday abbreviations standing alone, "a second", numbers that are not years ("1999 people", "$2010"),
 *   fractions and share prices ("7/8", "2 1/2"), bare numbers read as clock times ("at 10", "$3.50 a share").
 * - A bare weekday or month takes its direction from the tense of the nearest verb: the previous one in
 *   the past tense (the publication day itself for its own weekday), the next one in the future tense, and
 *   the nearest one otherwise.
 * - Values are ISO 8601 at the stated precision. A part of day ("Sunday morning") keeps day precision.
 *   A range is an ISO interval ("2023-03-03/2023-03-05", "1991/2020"), and so is a quarter, by its months
 *   ("the third quarter" → "2023-07/2023-09"). Weeks and seasons take the calendar unit holding them:
 *   "last week" its month (or year when the week spans two months), "this summer" its year.
 * - "this year", "later this year", "so far this year", "earlier in the year" are the year, at year
 *   precision: the words place the event within the year but name no day, and a made-up day (the
 *   publication day, or the first of the next month) would state more than the text does. The span is the
 *   period's words ("this year"); the value is the same for all of them.
 * - "a year earlier", "three days later", "the following month", "that year", "the previous Friday"
 *   count from the date in focus, the latest date written before them (./anchor.ts), not from the
 *   publication day: "revenue grew in the quarter ended May 31 from a year earlier" compares with the quarter
 *   ended May 31 of the year before. "ago", "last" and "next" count from the publication day. "In the
 *   morning" is the morning of the day in focus ("shares fell Friday; dealers bought in the morning").
 * - A part of day that names no day is not a date: "Good evening", "$55 a night", "the station's morning
 *   show".
 * - In an earnings report, "the full year", "for the year" and "the fiscal year" are the year of
 *   publication, and "the latest period" the quarter last reported; "for the year ended June 30" is twelve
 *   months that may straddle two years and is not returned.
 * - "year-end" is December 31, the day a year closes; "the end of the year" is the year, as is "the end
 *   of 1998". Decades and centuries are intervals of years ("the late 1970s" → "1970/1979", "the 20th
 *   century" → "1900/1999").
 * - Years said aloud, as transcripts write them ("in nineteen ninety-six", "the year two thousand"), are
 *   years; "two thousand" alone is a count.
 * - "since" points back whatever the tense ("up 3% since March" is the last March).
 * - "Today marks the ninth day of the siege" names the publication day; "Friday was the third day of
 *   the strike" the day in focus; "on the third day of the trial" no day a reader can place.
 * - A recurring time names no date: "each Thursday", "every July".
 * - Elapsed times are not dates: race times ("2:21:30"), "in 2 hours, 19 minutes".
 * - A weekday in the simple present is a plan, the next one ("they travel to Norwich on Wednesday").
 * - Without a publication date, dates that depend on it get `value: null`, with one warning.
 */
import type { Document } from '../document/types.js';
import type { DateMention } from '../../types.js';
import type { ParsingResult } from 'chrono-node';
import { nextFocus } from './anchor.js';
import { noonOf, parseIsoDay } from './calendar.js';
import { parseWithChrono } from './chrono-adapter.js';
import { dateRules } from './configuration.js';
import { toCandidate, type DateCandidate } from './to-mention.js';
import { dateWindows } from './windows.js';

/** What the date stage gives later stages. */
export interface DateAnalysis {
  /** In text order, ids "d1", "d2", … */
  readonly dates: readonly DateMention[];
  readonly warnings: readonly string[];
}

// Any fixed day serves when there is no publication date: values that depend on it are dropped.
const NO_REFERENCE = noonOf({ year: 2000, month: 1, day: 1 });

/**
 * The dates of `doc` with the rules that found them, in text order; for tracing a wrong date.
 * @param publishedAt YYYY-MM-DD (a longer ISO string is read to the day), or null.
 */
export function findDateCandidates(doc: Document, publishedAt: string | null): DateCandidate[] {
  const published = publishedAt === null ? null : parseIsoDay(publishedAt);
  const reference = published === null ? NO_REFERENCE : noonOf(published);
  const candidates: DateCandidate[] = [];
  // Windows are read in text order: the last date of one is the date in focus of the next (./anchor.ts).
  let focus: ParsingResult | null = null;
  for (const w of dateWindows(doc)) {
    const results = parseWithChrono(doc.text.slice(w.start, w.end), w.cues, reference, dateRules(doc, w.start, focus));
    for (const r of results) {
      focus = nextFocus(focus, r);
      candidates.push(toCandidate(r, w.start));
    }
  }
  return candidates.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Finds the dates and times written in `doc`, resolved against the publication date.
 * @param doc The article, as read by `readDocument`.
 * @param publishedAt Publication date, YYYY-MM-DD, or null; relative dates are then left unresolved.
 * @returns Dates in text order with ids "d1", "d2", …, and warnings.
 */
export function findDates(doc: Document, publishedAt: string | null): DateAnalysis {
  const resolvable = publishedAt !== null && parseIsoDay(publishedAt) !== null;
  const candidates = findDateCandidates(doc, resolvable ? publishedAt : null);
  let unresolved = 0;
  const dates = candidates.map((c, i): DateMention => {
    const known = resolvable || !c.relative;
    if (!known) unresolved += 1;
    return {
      id: `d${i + 1}`,
      span: { start: c.start, end: c.end, text: c.text },
      value: known ? c.value : null,
      precision: c.precision,
    };
  });
  const warnings =
    unresolved === 0
      ? []
      : [
          `no publication date: ${unresolved} relative date${unresolved === 1 ? '' : 's'} ` +
            `(such as "${candidates.find((c) => c.relative)?.text ?? ''}") left unresolved`,
        ];
  return { dates, warnings };
}

export { saidOnDate, type CharRange } from './said-on.js';
