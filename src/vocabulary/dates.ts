/**
 * Word lists of the date stage, as data. Patterns are built from them by `alternation()` in
 * src/extract/dates/pattern.ts; every entry is lower-case.
 */

/** Month names and their abbreviations, with the month number (1–12). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Month names that are also common English verbs or auxiliaries ("may", "march"). */
export const VERB_MONTHS: readonly string[] = ['may', 'march'];

/** Abbreviated weekday names, which are also words or names on their own ("Sun" the company, "Wed"). */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = [
  'sun', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat',
];

/** Weekday names in full. */
export const WEEKDAYS: readonly string[] = [
  'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
];

/** Words naming a day by its relation to today ("yesterday", "tonight"). */
export const RELATIVE_DAY_WORDS: readonly string[] = [
  'now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'tmrw', 'yesterday',
];

/** Parts of a day ("this morning", "at noon"). */
export const DAY_PART_WORDS: readonly string[] = [
  'morning', 'afternoon', 'evening', 'night', 'midnight', 'midday', 'noon',
];

/** Parts of a day that "the next" places on the day after the one in focus ("the next morning"). */
export const FOLLOWING_DAY_PARTS: readonly string[] = ['morning', 'afternoon', 'evening', 'night'];

/** Words for a weekday that are not a weekday name ("the weekend"). */
export const WEEK_PART_WORDS: readonly string[] = ['weekend', 'weekends', 'weekday', 'weekdays'];

/** Abbreviated time units, as chrono reads them ("3 hrs", "2 yrs ago"). */
export const TIME_UNIT_ABBREVIATIONS: readonly string[] = [
  'sec', 'secs', 'min', 'mins', 'hr', 'hrs', 'mo', 'mos', 'qtr', 'yr', 'yrs', 'fortnight', 'fortnights',
];

/** Quarters written short ("Q3"). */
export const QUARTER_ABBREVIATIONS: readonly string[] = ['q1', 'q2', 'q3', 'q4'];

/** Single-letter time units, which count only right after a number ("5d", "3 h"). */
export const TIME_UNIT_LETTERS: readonly string[] = ['s', 'm', 'h', 'd', 'w', 'y'];

/** Season names. */
export const SEASON_WORDS: readonly string[] = ['spring', 'summer', 'fall', 'autumn', 'winter'];

/** Words a time unit counts back from: "two weeks ago", "a year earlier". */
export const AGO_WORDS: readonly string[] = ['ago', 'before', 'earlier'];

/** Words a time unit counts on from: "a year later", "three days after", "a week from now". */
export const LATER_WORDS: readonly string[] = ['later', 'after', 'henceforth', 'forward', 'out', 'from'];

/** Words that place a date inside a month or year: "early February", "mid-1997", "the end of March". */
export const PERIOD_MODIFIERS: readonly string[] = [
  'early', 'late', 'mid', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'end of',
  'beginning of', 'start of', 'middle of', 'the first half of', 'the second half of', 'the last half of',
  'the rest of', 'the remainder of',
];

/** A number that reads as a year: "1998", "2010". */
export const YEAR_NUMBER = /^(?:1[89]|20)\d\d$/;

/** Prepositions that open a year between a subject and its verb: "who in 2010 said", "a panel in 1998 found". */
export const YEAR_PREPOSITIONS: readonly string[] = ['in', 'since', 'during'];

/** Words naming a fiscal or calendar year before a year number ("fiscal 1998"). */
export const YEAR_KINDS: readonly string[] = ['fiscal', 'calendar', 'financial', 'model'];

/** Ordinal words of quarters, with the quarter number. */
export const QUARTER_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
};

/** Words that name the quarter just ended relative to the publication date ("the latest quarter"). */
export const PREVIOUS_QUARTER_WORDS: readonly string[] = ['latest', 'last', 'past', 'previous', 'recent', 'prior'];

/** Words that name the quarter holding the publication date. */
export const CURRENT_QUARTER_WORDS: readonly string[] = ['current', 'this'];

/**
 * Nouns counted by a number, so the number before them is a quantity, not a year ("1999 people").
 * Not exhaustive: the common counted things of news.
 */
export const COUNTED_NOUNS: readonly string[] = [
  'people', 'persons', 'men', 'women', 'children', 'workers', 'employees', 'jobs', 'troops', 'soldiers',
  'shares', 'units', 'cars', 'homes', 'houses', 'votes', 'voters', 'tons', 'tonnes', 'barrels', 'feet',
  'meters', 'metres', 'miles', 'kilometers', 'kilometres', 'acres', 'points', 'pounds', 'dollars', 'yen',
  'cases', 'deaths', 'students', 'members', 'copies', 'rooms', 'beds', 'ships', 'planes', 'aircraft',
  'patients', 'stores', 'seats', 'refugees', 'prisoners', 'hostages', 'calories', 'words', 'pages',
];

/** Words before a number that make it a label, not a year ("No. 1998", "Flight 2010"). */
export const NUMBER_LABELS: readonly string[] = [
  'no', 'number', 'flight', 'route', 'highway', 'room', 'suite', 'page', 'model', 'item', 'box',
];

/** Future markers: a modal, or a verb of intention or schedule followed by "to". */
export const FUTURE_MODALS: readonly string[] = ['will', "'ll", 'shall', 'wo'];

/** Words before "to" that make the following verb future ("is due to give", "plans to visit"). */
export const FUTURE_BEFORE_TO: readonly string[] = [
  'due', 'set', 'scheduled', 'expected', 'going', 'slated', 'poised', 'about', 'plan', 'plans', 'intend',
  'intends', 'aim', 'aims', 'hope', 'hopes', 'want', 'wants', 'is', 'are', 'am', 'prepared', 'ready',
];

/** Auxiliaries that mark the past: "was due to", "had met". */
export const PAST_AUXILIARIES: readonly string[] = ['was', 'were', 'had', 'did', 'has', 'have'];

/** Verbs whose past form is their base form ("set", "cut"): after a subject they may be either tense. */
export const SAME_PAST_FORMS: readonly string[] = [
  'bet', 'beat', 'bid', 'broadcast', 'burst', 'cast', 'cost', 'cut', 'forecast', 'hit', 'hurt', 'let', 'put',
  'quit', 'read', 'rid', 'set', 'shed', 'shut', 'split', 'spread', 'thrust', 'upset', 'wed',
];

/** Auxiliaries of the present: a verb after them is not past, even as a participle ("is expected"). */
export const PRESENT_AUXILIARIES: readonly string[] = ['is', 'are', 'am', 'be', 'does', 'do'];

/** Numbers written as words, for quantities in durations ("for three weeks"). */
export const COUNT_WORDS: readonly string[] = [
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'fifteen', 'twenty', 'thirty', 'few', 'several', 'many', 'couple', 'some', 'a few',
  'a couple of', 'dozen', 'a dozen',
];

/** Time units in the singular and plural. */
export const TIME_UNITS: readonly string[] = [
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month',
  'months', 'quarter', 'quarters', 'year', 'years', 'decade', 'decades',
];

/**
 * Words that make "in a year" after them a span looked back over, not a date a year ahead ("the smallest
 * gain in a year", "the first rise in a decade").
 */
export const SUPERLATIVE_CUES: readonly string[] = [
  'first', 'only', 'most', 'least', 'best', 'worst', 'highest', 'lowest', 'biggest', 'smallest', 'largest',
  'strongest', 'weakest', 'sharpest', 'steepest', 'fastest', 'slowest', 'longest', 'greatest', 'deepest',
];

/** Words after a plural unit that make the phrase an open-ended span ("in the months ahead"). */
export const VAGUE_AFTER_UNIT: readonly string[] = ['ahead', 'to come'];

/** Words that speak of the present moment without naming a date. */
export const VAGUE_PRESENT: readonly string[] = ['now', 'right now', 'just now'];

/** Words right before a date that make it a date ahead, whatever the tense ("payable Dec. 1", "until May 5"). */
export const FORWARD_CUES: readonly string[] = [
  'payable', 'effective', 'due', 'until', 'till', 'expiring', 'expires', 'deadline',
];

/**
 * Words that may stand between a reporting cue and the date of the saying ("told reporters on Friday",
 * "said in a statement on Monday"). Any other word there (a noun such as "vote") makes the date belong to
 * what was said.
 */
export const SAID_ON_GAP_WORDS: readonly string[] = [
  'on', 'in', 'at', 'during', 'late', 'early', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'to',
  'reporters', 'journalists', 'statement', 'interview', 'interviews', 'news', 'press', 'conference',
  'briefing', 'speech', 'post', 'told', 'lawmakers', 'parliament', 'again', 'also', 'publicly',
];

/** Words that make a number a clock time: "10 a.m.", "6 o’clock". */
export const CLOCK_WORDS: readonly string[] = ['a.m.', 'p.m.', 'a.m', 'p.m', 'am', 'pm', "o'clock", 'o’clock', 'noon', 'midnight'];

/** The values of counts written as words, for offsets counted from another date ("two years earlier"). */
export const COUNT_VALUES: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
};

/** Words that name the period or weekday before the date in focus ("the previous year", "the prior day"). */
export const PREVIOUS_WORDS: readonly string[] = ['previous', 'preceding', 'prior'];

/** Words that name the period or weekday after the date in focus ("the following month"). */
export const FOLLOWING_WORDS: readonly string[] = ['following', 'succeeding'];

/** Words right before a date that make it a date behind, whatever the tense ("up 3% since year-end"). */
export const BACKWARD_CUES: readonly string[] = ['since'];

/** Decades written as words, with their first year within a century ("the nineties" → 90). */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
};

/** The first half of a year said aloud, with its century ("nineteen ninety-six" → 19). */
export const SPOKEN_CENTURIES: Readonly<Record<string, number>> = {
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

/** Numbers from ten to nineteen written as words, as in a year said aloud ("nineteen fifteen"). */
export const TEEN_VALUES: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

/** Tens written as words ("ninety" → 90). */
export const TENS_VALUES: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Units written as words ("six" → 6). */
export const UNIT_VALUES: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};

/** Ordinal words up to the tenth ("the ninth day of the siege"). */
export const ORDINAL_WORDS: readonly string[] = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
];

/** Words naming a century ("the 20th century"). */
export const CENTURY_WORDS: readonly string[] = ['century', 'centuries'];

/** Ordinal words of centuries, with their number. */
export const CENTURY_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};

/** Words a time unit is counted within: "within three days", "in two weeks", "for a month". */
export const WITHIN_WORDS: readonly string[] = ['within', 'in', 'for'];

/** Words that place a time unit relative to now: "last week", "next month", "the past year". */
export const RELATIVE_UNIT_WORDS: readonly string[] = ['this', 'last', 'past', 'next', 'after', 'coming', 'end'];

/** Weekday and month names with their abbreviations: words of time that a name-like capital may be. */
export const DAY_AND_MONTH_NAMES: readonly string[] = [...WEEKDAYS, ...Object.keys(MONTHS)];

/**
 * Nouns for a scheduled event that a bare month may name ("the November election", "the March primary",
 * "the vote in November"): such a month, within two months of publication, is the nearest one whatever the
 * tense around it.
 */
export const MONTH_EVENT_NOUNS: readonly string[] = [
  'election', 'elections', 'primary', 'primaries', 'runoff', 'referendum', 'ballot', 'vote', 'polls', 'caucus',
  'caucuses', 'summit', 'convention', 'debate', 'deadline', 'hearing', 'trial', 'meeting', 'conference',
];
