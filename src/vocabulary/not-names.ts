/** Capitalised words that name no entity by themselves: months and weekdays ("May" the month, "Sunday"). */

/** Month names, full and abbreviated. */
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Jan.', 'Feb', 'Feb.', 'Mar', 'Mar.', 'Apr', 'Apr.', 'Jun', 'Jun.', 'Jul', 'Jul.', 'Aug',
  'Aug.', 'Sep', 'Sep.', 'Sept', 'Sept.', 'Oct', 'Oct.', 'Nov', 'Nov.', 'Dec', 'Dec.',
];

/** Weekday names, full and abbreviated. */
export const WEEKDAYS: readonly string[] = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tue', 'Tues', 'Wed',
  'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
];

/** Time zones and other capitalised abbreviations that are no names ("GMT", "EDT"). */
export const OTHER_NOT_NAMES: readonly string[] = [
  'GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'BST', 'CET', 'CEST', 'A.M.', 'P.M.', 'AM', 'PM',
  'OK', 'TV', 'PC', 'CEO', 'CFO', 'CD', 'DVD', 'GDP', 'CPI', 'IPO', 'VAT', 'AIDS', 'HIV', 'DNA', 'Covid',
  'COVID', 'COVID-19', 'Covid-19', 'Internet', 'Web', 'God',
  // Parts of names and numbers that name nothing alone: a generation ("Jr."), a number sign ("No. 2").
  'Jr.', 'Jr', 'Sr.', 'No.',
];

/** Words before a month that make it a date ("in May", "early June", "since March"). */
export const MONTH_CUES: readonly string[] = [
  'in', 'on', 'since', 'by', 'until', 'till', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'from',
  'through', 'during', 'before', 'after', 'between', 'and', 'to', 'end', 'start',
];

/** Words that make a capitalised weekday after them a time, not a name ("Late Friday", "Early Monday"), lower-case. */
export const WEEKDAY_TIME_WORDS: readonly string[] = ['late', 'early', 'last', 'next', 'this', 'on', 'by', 'until', 'since'];
