/**
 * Look-up tables over the vocabulary files, built once when the module loads and never changed after.
 * Every function here is a pure look-up.
 */
import { COUNTRIES, demonymPlural, type Country } from '../../vocabulary/countries.js';
import { EVENT_FINAL_WORDS, KNOWN_EVENTS, WEAK_EVENT_FINAL_WORDS } from '../../vocabulary/event-heads.js';
import { MONTHS, OTHER_NOT_NAMES, WEEKDAYS } from '../../vocabulary/not-names.js';
import { FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS, OFFICE_ABBREVIATIONS, OFFICE_RANK_ABBREVIATIONS, TWO_WORD_OFFICE_ABBREVIATIONS } from '../../vocabulary/honorifics.js';
import {
  COMPASS_WORDS, GPE_FINAL_WORDS, GPE_INITIAL_WORDS, LOCATIONS, LOCATION_FINAL_WORDS, LOCATION_INITIAL_WORDS,
} from '../../vocabulary/locations.js';
import { CLUB_FINAL_WORDS, ORG_FINAL_WORDS, ORG_INITIAL_WORDS, TEAM_SPORT_WORDS } from '../../vocabulary/org-heads.js';
import { NORP_GROUPS, ORGANISATIONS } from '../../vocabulary/organisations.js';
import { LAW_FINAL_WORDS, PROGRAMME_NAME_ENDINGS } from '../../vocabulary/law-heads.js';
import { PERSON_TITLE_HEADS, TIME_OF_OFFICE_WORDS, TITLE_MODIFIERS } from '../../vocabulary/titles.js';
import { US_STATE_DEMONYMS, US_STATES } from '../../vocabulary/us-states.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capitalised word of four letters or more. */
const CAPITALISED_LONG_WORD = /^\p{Lu}\p{Ll}{3,}$/u;
/** A lower-case letter last. */
const LOWER_END = /\p{Ll}$/u;
/** Curly apostrophes, doubled or untidy white space, or white space at either end. */
const UNTIDY_NAME = /[\u2018\u2019]|\s\s|[\t\n\r]|^\s|\s$/;
/** A single capital and its full stop. */
const INITIAL = /^\p{Lu}\.$/u;

/** Straightens curly apostrophes and collapses spaces, so look-ups ignore how a name was typed. */
export function nameKey(text: string): string {
  // Most names need no change; testing first avoids building new strings on every look-up.
  if (!UNTIDY_NAME.test(text)) return text;
  return text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * A name made ready for the tables below: its {@link nameKey} and that key's lower case. A mention is looked
 * up in several tables; making the key once spares each look-up a new lower-case string to build and hash.
 */
export interface NameLookup {
  readonly key: string;
  readonly lower: string;
}

/** The look-up form of `text`. */
export function nameLookup(text: string): NameLookup {
  const key = nameKey(text);
  return { key, lower: key.toLowerCase() };
}

/** True for a name written all in capitals ("US", "NATO"): such aliases match only as written. */
function isAcronym(text: string): boolean {
  return /^[\p{Lu}\d.&+-]+$/u.test(text) && /\p{Lu}/u.test(text);
}

/** A table of names: acronyms match exactly, other names case-insensitively. */
class NameTable<T> {
  private readonly exact = new Map<string, T>();
  private readonly folded = new Map<string, T>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [name, value] of entries) {
      const key = nameKey(name);
      if (isAcronym(key)) {
        if (!this.exact.has(key)) this.exact.set(key, value);
      } else if (!this.folded.has(key.toLowerCase())) {
        this.folded.set(key.toLowerCase(), value);
      }
    }
  }

  get(text: string | NameLookup): T | undefined {
    if (typeof text !== 'string') return this.getByKey(text.key, text.lower);
    const key = nameKey(text);
    return this.exact.get(key) ?? this.folded.get(key.toLowerCase());
  }

  /** Look-up by a key already made with {@link nameKey}, and its lower case. */
  getByKey(key: string, lower: string): T | undefined {
    return this.exact.get(key) ?? this.folded.get(lower);
  }
}

const countryNames = new NameTable<Country>(
  COUNTRIES.flatMap((c) => [c.name, ...c.aliases].map((n) => [n, c] as const)),
);
const capitals = new NameTable<Country>(COUNTRIES.flatMap((c) => c.capitals.map((n) => [n, c] as const)));
const demonyms = new NameTable<Country>(
  COUNTRIES.flatMap((c) => c.demonyms.flatMap((d) => [[d, c] as const, [demonymPlural(d), c] as const])),
);
const locations = new NameTable<true>(LOCATIONS.map((n) => [n, true] as const));
const organisations = new NameTable<true>(ORGANISATIONS.map((n) => [n, true] as const));
const norpGroups = new NameTable<true>(
  [...NORP_GROUPS, ...US_STATE_DEMONYMS.flatMap((d) => [d, `${d}s`])].map((n) => [n, true] as const),
);
const knownEvents = new NameTable<true>(KNOWN_EVENTS.map((n) => [n, true] as const));
const notNames: ReadonlySet<string> = new Set(OTHER_NOT_NAMES.map((n) => n.toLowerCase()));
const calendarWords: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS].map((n) => n.toLowerCase()));

const honorifics: ReadonlySet<string> = new Set(HONORIFICS);
const officeAbbreviations: ReadonlySet<string> = new Set(OFFICE_ABBREVIATIONS);
const officeRanks: ReadonlySet<string> = new Set(OFFICE_RANK_ABBREVIATIONS);
const twoWordOffices: ReadonlySet<string> = new Set(TWO_WORD_OFFICE_ABBREVIATIONS.map((pair) => pair.join(' ')));
const femaleHonorifics: ReadonlySet<string> = new Set(FEMALE_HONORIFICS);
const maleHonorifics: ReadonlySet<string> = new Set(MALE_HONORIFICS);
const titleHeads: ReadonlySet<string> = new Set(PERSON_TITLE_HEADS);
const titleModifiers: ReadonlySet<string> = new Set(TITLE_MODIFIERS);
const timeOfOffice: ReadonlySet<string> = new Set(TIME_OF_OFFICE_WORDS);
const orgFinal: ReadonlySet<string> = new Set(ORG_FINAL_WORDS);
const orgInitial: ReadonlySet<string> = new Set(ORG_INITIAL_WORDS);
const eventFinal: ReadonlySet<string> = new Set(EVENT_FINAL_WORDS);
const lawFinal: ReadonlySet<string> = new Set(LAW_FINAL_WORDS);
const dottedStates: ReadonlySet<string> = new Set(US_STATES.filter((state) => state.endsWith('.')));
// Names written in full ("Virginia", "New York"), not the abbreviations ("VA" may be an agency's).
const stateNames: ReadonlySet<string> = new Set(US_STATES.filter((state) => LOWER_END.test(state)));
const weakEventFinal: ReadonlySet<string> = new Set(WEAK_EVENT_FINAL_WORDS);
const locationFinal: ReadonlySet<string> = new Set(LOCATION_FINAL_WORDS);
const locationInitial: ReadonlySet<string> = new Set(LOCATION_INITIAL_WORDS);
const gpeFinal: ReadonlySet<string> = new Set(GPE_FINAL_WORDS);
const gpeInitial: ReadonlySet<string> = new Set(GPE_INITIAL_WORDS);
const compassWords: ReadonlySet<string> = new Set(COMPASS_WORDS);
const clubFinal: ReadonlySet<string> = new Set(CLUB_FINAL_WORDS);
const teamSportWords: ReadonlySet<string> = new Set(TEAM_SPORT_WORDS);

/** True for the full name of a state of the United States ("Virginia", "New Hampshire"), as written. */
export function isUsStateName(text: string): boolean {
  return stateNames.has(text);
}

/** The country named by `text` ("US", "United States", "Britain"), if any. */
export function countryByName(text: string | NameLookup): Country | undefined {
  return countryNames.get(text);
}

/** The country whose capital is `text` ("Beijing" → China), if any. */
export function countryByCapital(text: string | NameLookup): Country | undefined {
  return capitals.get(text);
}

/** The country of a demonym or its plural ("Chinese", "Americans"), if any. */
export function countryByDemonym(text: string | NameLookup): Country | undefined {
  return demonyms.get(text);
}

/** The country `text` refers to by name, alias, capital or demonym. */
export function countryReferredTo(text: string): Country | undefined {
  const key = nameKey(text);
  const lower = key.toLowerCase();
  return countryNames.getByKey(key, lower) ?? demonyms.getByKey(key, lower) ?? capitals.getByKey(key, lower);
}

/** True for continents, regions and natural features of the vocabulary ("Europe", "Black Sea"). */
export function isKnownLocation(text: string | NameLookup): boolean {
  return locations.get(text) === true;
}

/** True for organisations of the vocabulary ("NATO", "Kremlin"). */
export function isKnownOrganisation(text: string | NameLookup): boolean {
  return organisations.get(text) === true;
}

/** True for religious, political and ethnic groups ("Democrats", "Kurds"). */
export function isNorpGroup(text: string | NameLookup): boolean {
  return norpGroups.get(text) === true;
}

/** True for events of the vocabulary usually named without a head word ("Olympics", "Wimbledon"). */
export function isKnownEvent(text: string | NameLookup): boolean {
  return knownEvents.get(text) === true;
}

/** True for capitalised words that name nothing by themselves ("GMT", "Internet"), any case. */
export function isNotName(text: string): boolean {
  // An initial alone ("C." left before a nickname in "Robert C. \"Bob\" Roe") is part of a name, no name.
  return notNames.has(nameKey(text).toLowerCase()) || INITIAL.test(text);
}

/** True for a month or weekday name, any case ("May", "FRIDAY", "Sept."). */
export function isCalendarName(text: string): boolean {
  return calendarWords.has(nameKey(text).toLowerCase());
}

/** True for an honorific as written ("Mr.", "Dr", "Sen."). */
export function isHonorific(text: string): boolean {
  return honorifics.has(text) || honorifics.has(text.charAt(0).toUpperCase() + text.slice(1).toLowerCase());
}

/** True for an elected office written short, as written ("Gov.", "Sen."). */
export function isOfficeAbbreviation(text: string): boolean {
  return officeAbbreviations.has(text);
}

/**
 * How many tokens from `at` write an elected office short ("Gov.", "Lt. Gov.", "Atty. Gen."): a title, not part of a
 * name; 0 when none does.
 */
export function officeAbbreviationLength(words: readonly string[], at: number): number {
  if (officeAbbreviations.has(words[at] ?? '')) return 1;
  if (twoWordOffices.has(`${words[at] ?? ''} ${words[at + 1] ?? ''}`)) return 2;
  return officeRanks.has(words[at] ?? '') && officeAbbreviations.has(words[at + 1] ?? '') ? 2 : 0;
}

/** The gender an honorific states, if any. */
export function honorificGender(text: string): 'female' | 'male' | null {
  if (femaleHonorifics.has(text)) return 'female';
  if (maleHonorifics.has(text)) return 'male';
  return null;
}

/** True for the head noun of a person's title ("president", "spokeswoman"), any case. */
export function isTitleHead(word: string): boolean {
  return titleHeads.has(word.toLowerCase());
}

/** True for a word that may stand in a title without heading it ("foreign", "deputy", "of"). */
export function isTitleModifier(word: string): boolean {
  return titleModifiers.has(word.toLowerCase());
}

/** True for a word before an office that says when it was held ("former", "then"), any case. */
export function isTimeOfOffice(word: string): boolean {
  return timeOfOffice.has(word.toLowerCase());
}

/** True for a word that ends organisation names ("Group", "Ministry", "Inc."). */
export function isOrgFinalWord(word: string): boolean {
  return orgFinal.has(word.toLowerCase());
}

/** True for a word that opens organisation names before "of" ("Bank", "University"). */
export function isOrgInitialWord(word: string): boolean {
  return orgInitial.has(word.toLowerCase());
}

/** True for a word that ends event names ("Conference", "Cup"); `strong` excludes ones shared with orgs. */
export function isEventFinalWord(word: string, strong = false): boolean {
  const lower = word.toLowerCase();
  return eventFinal.has(lower) && !(strong && weakEventFinal.has(lower));
}

/** True for a US state written short with its full stop, as written ("Mich.", "N.Y."). */
export function isDottedStateAbbreviation(text: string): boolean {
  return dottedStates.has(text);
}

/** True for a word that ends the names of laws and programmes ("Act", "Grants"), any case. */
export function isLawFinalWord(word: string): boolean {
  return lawFinal.has(word.toLowerCase());
}

/**
 * True for one capitalised word made of another and an ending of programme names ("Smithcare"): the
 * ending follows at least three lower-case letters of its own word.
 */
export function programmeNameEnding(word: string): boolean {
  const lower = word.toLowerCase();
  return CAPITALISED_LONG_WORD.test(word) &&
    PROGRAMME_NAME_ENDINGS.some((ending) => lower.endsWith(ending) && lower.length >= ending.length + 4);
}

/** True for a word that ends names of natural places ("Sea", "River"). */
export function isLocationFinalWord(word: string): boolean {
  return locationFinal.has(word.toLowerCase());
}

/** True for a word that opens names of natural places ("Lake", "Mount"). */
export function isLocationInitialWord(word: string): boolean {
  return locationInitial.has(word.toLowerCase());
}

/** True for a word that ends names of places with a government ("County", "Province"). */
export function isGpeFinalWord(word: string): boolean {
  return gpeFinal.has(word.toLowerCase());
}

/** True for a word that opens a governed place's name before "of" ("State" in "State of Ohio"). */
export function isGpeInitialWord(word: string): boolean {
  return gpeInitial.has(word.toLowerCase());
}

/** True for a compass word that names part of a region ("North", "Western"). */
export function isCompassWord(word: string): boolean {
  return compassWords.has(word.toLowerCase());
}

/** True for a word that ends the name of a club named after its town ("City", "Town", "County"). */
export function isClubFinalWord(word: string): boolean {
  return clubFinal.has(word.toLowerCase());
}

/** True for a lower-case word that says a story is about a team sport ("league", "striker"). */
export function isTeamSportWord(word: string): boolean {
  return teamSportWords.has(word);
}
