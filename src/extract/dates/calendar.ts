/** Calendar arithmetic on plain days, in UTC so no local time zone can move a date. */

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A day written YYYY-MM-DD first. */
const ISO_DAY_START = /^(\d{4})-(\d{2})-(\d{2})/;

/** A calendar day. */
export interface Day {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
}

/** The day of a UTC instant. */
export function dayOf(instant: Date): Day {
  return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
}

/** Noon UTC of `day`: the reference instant chrono resolves against. */
export function noonOf(day: Day): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day, 12));
}

/** `day` moved by `days` (negative for earlier). */
export function addDays(day: Day, days: number): Day {
  return dayOf(new Date(Date.UTC(day.year, day.month - 1, day.day + days, 12)));
}

/** 0 for Sunday … 6 for Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** Negative when `a` is before `b`, zero when equal. */
export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The quarter (1–4) holding `month`. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** Reads "YYYY-MM-DD" (anything after the day is ignored); null when it is not a real day. */
export function parseIsoDay(value: string): Day | null {
  const match = ISO_DAY_START.exec(value);
  if (match === null) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = dayOf(noonOf(day));
  return compareDays(check, day) === 0 ? day : null;
}

/** The number of days of `month` (1–12) in `year`. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `day` moved by `months` (negative for earlier); a day past the end of the new month becomes its last. */
export function addMonths(day: Day, months: number): Day {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}
