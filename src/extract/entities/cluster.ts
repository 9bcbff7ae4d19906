/**
 * Clustering: one group of mentions per referent. A country is one referent under all its names and its
 * capital ("US", "U.S.", "United States", "Washington"); a person's surname or given name alone, with or
 * without an honorific, joins the full name it belongs to ("Mr. Li", "Li" → "Li Qiang"); an
 * organisation's short form or acronym joins its full name ("NBC" → "NBC News").
 */
import type { EntityType } from '../../types.js';
import type { TypedMention } from './mentions.js';
import { countryByCapital, countryByDemonym, countryByName, honorificGender, isNorpGroup } from './vocabulary-index.js';
import { mentionsGender, type NameGender } from './name-gender.js';
import { NICKNAMES } from '../../vocabulary/nicknames.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** Capitals, ampersands and full stops, two or more. */
const INITIALS = /^[\p{Lu}&.]{2,}$/u;
/** A lower-case letter. */
const LOWER_LETTER = /\p{Ll}/u;
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;
/** A white-space character. */
const WHITE_SPACE = /\s/;

const nicknames: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(NICKNAMES));

/** The mentions of one referent, in text order. */
export interface Cluster {
  readonly type: EntityType;
  /** The fullest form the article uses, or the country's canonical name. */
  readonly name: string;
  readonly mentions: readonly TypedMention[];
}

interface Group {
  type: EntityType;
  canonical: string | null;
  mentions: TypedMention[];
}

/** The group key of a mention before short forms are joined to full names. */
function groupKey(mention: TypedMention, namedCountries: ReadonlySet<string>): [string, string | null] {
  if (mention.type === 'GPE') {
    const country = countryByName(mention.bare);
    if (country !== undefined) return [`country:${country.name}`, country.name];
    const capitalOf = countryByCapital(mention.bare);
    // A capital stands for its country's government only when the article is about that country.
    if (capitalOf !== undefined && namedCountries.has(capitalOf.name)) return [`country:${capitalOf.name}`, capitalOf.name];
  }
  if (mention.type === 'NORP') {
    const country = countryByDemonym(mention.bare);
    if (country !== undefined) return [`norp:${country.name}`, null];
    // "Republicans" and "a Republican" are one group.
    const singular = mention.key.endsWith('s') ? mention.key.slice(0, -1) : mention.key;
    if (singular !== mention.key && isNorpGroup(singular)) return [`NORP:${singular}`, null];
  }
  return [`${mention.type}:${mention.key}`, null];
}

/**
 * True when the words of `short` appear in order in `long`, sharing its first and last word when several,
 * or are its last words: a surname with its particles ("van der Berg" of "Karel van der Berg").
 */
function isShortFormOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  if (short.length === 1) return long.includes(short[0] as string);
  const offset = long.length - short.length;
  if (short.every((word, i) => long[offset + i] === word)) return true;
  if (short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let at = 0;
  for (const word of long) if (word === short[at]) at += 1;
  return at === short.length;
}

/**
 * True when `short` is `long` with a short form of its given name ("dan pruitt" of "daniel pruitt"): the
 * same words but the first, which the vocabulary of nicknames gives as a short form of the first of `long`.
 */
function isNicknameFormOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || short.length !== long.length || !short.every((word, i) => i === 0 || long[i] === word)) return false;
  return nicknames.get(short[0] ?? '')?.includes(long[0] ?? '') === true;
}

/**
 * True when `short` is an acronym ("NATO"), the opening words ("NBC") or the last word ("the Ledger") of
 * the organisation `long`, or what follows "of" in it ("Otago" of "University of Otago").
 */
function isOrgShortFormOf(shortBare: string, short: readonly string[], long: readonly string[], longInitials: string): boolean {
  if (short.length < long.length && short.every((word, i) => long[i] === word)) return true;
  if (short.length === 1 && long.length > 1 && long[long.length - 1] === short[0]) return true;
  if (short.length !== 1 || !INITIALS.test(shortBare)) return false;
  return longInitials.length >= 2 && longInitials === shortBare.replace(/\./g, '');
}

/** The initials of the capitalised words of `name` ("CFPA" of "Coastal Fisheries Protection Agency"). */
function initialsOf(name: string): string {
  return name.split(/\s+/).filter((word) => CAPITAL_START.test(word)).map((word) => word.charAt(0)).join('');
}

/** The group a short form joins: among the fitting groups, the last one met before it, else the first. */
function pickTarget(groups: readonly Group[], at: number): Group | undefined {
  let before: Group | undefined;
  for (const group of groups) {
    const first = group.mentions[0];
    if (first !== undefined && first.start < at) before = group;
  }
  return before ?? groups[0];
}

/** What a person's surname, alone or after an honorific, is matched against: each full name's group. */
interface PersonChoice {
  readonly group: Group;
  /** The gender its own mentions state or suggest. */
  readonly gender: NameGender | null;
}

/**
 * The person a surname, alone or after an honorific, stands for: `usual`, the one the article's short
 * forms of the name join, unless the honorific states the other gender ("Mr. Roe" where Ada Roe is meant
 * by "Roe"); then the person of the stated gender, else none.
 */
function personTarget(mention: TypedMention, usual: Group, choices: readonly PersonChoice[]): Group | undefined {
  const stated = mention.honorific === null ? null : honorificGender(mention.honorific);
  const fits = (choice: PersonChoice): boolean => stated === null || choice.gender === null || choice.gender === stated;
  if (choices.some((choice) => choice.group === usual && fits(choice))) return usual;
  const fitting = choices.filter(fits).map((choice) => choice.group);
  return fitting.length === 0 ? undefined : pickTarget(fitting, mention.start);
}

/** The words of a group's longest name. */
function longestWords(group: Group): string[] {
  let best: string[] = [];
  for (const mention of group.mentions) {
    const words = mention.key.split(' ');
    if (words.length > best.length) best = words;
  }
  return best;
}

/** True when `name` is written in capitals only ("RENO" of a dateline). */
function isAllCapitals(name: string): boolean {
  return !LOWER_LETTER.test(name);
}

/** True for a white-space character, as `\s` reads it. */
function isWhiteSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && WHITE_SPACE.test(text.charAt(index));
}

/** How many pieces `text.split(/\s+/)` gives, counted in place: one more than the runs of white space. */
function pieceCount(text: string): number {
  let pieces = 1;
  for (let i = 0; i < text.length; i += 1) {
    if (isWhiteSpace(text, i) && (i === 0 || !isWhiteSpace(text, i - 1))) pieces += 1;
  }
  return pieces;
}

/**
 * The fullest form among a group's mentions: most words, then most characters, then written in ordinary
 * case rather than the capitals of a dateline ("Reno" rather than "RENO").
 */
function fullestName(group: Group): string {
  if (group.canonical !== null) return group.canonical;
  let best = group.mentions[0]?.bare ?? '';
  for (const mention of group.mentions) {
    const words = pieceCount(mention.bare);
    const bestWords = pieceCount(best);
    const longer = mention.bare.length > best.length;
    const sameLength = mention.bare.length === best.length;
    const lessCapitals = sameLength && isAllCapitals(best) && !isAllCapitals(mention.bare);
    if (words > bestWords || (words === bestWords && (longer || lessCapitals))) best = mention.bare;
  }
  return best;
}

/** Groups `mentions` (in text order, consistently typed) into one cluster per referent. */
export function clusterMentions(mentions: readonly TypedMention[]): Cluster[] {
  const namedCountries = new Set<string>();
  for (const mention of mentions) {
    const country = mention.type === 'GPE' ? countryByName(mention.bare) : undefined;
    if (country !== undefined) namedCountries.add(country.name);
  }
  const byKey = new Map<string, Group>();
  for (const mention of mentions) {
    const [key, canonical] = groupKey(mention, namedCountries);
    const group = byKey.get(key);
    if (group === undefined) byKey.set(key, { type: mention.type, canonical, mentions: [mention] });
    else group.mentions.push(mention);
  }

  // Join short forms to full names, shortest first, so "Li" finds "Li Qiang" rather than "Mr. Li".
  const groups = [...byKey.values()];
  const absorbed = new Set<Group>();
  // Computed once: a group only ever absorbs shorter names, which change neither.
  const words = new Map<Group, string[]>(groups.map((group) => [group, longestWords(group)]));
  const fullest = new Map<Group, string>(groups.map((group) => [group, fullestName(group)]));
  // An organisation's initials are read off its fullest name, which never changes: worked out once each.
  const initials = new Map<Group, string>(
    groups.filter((group) => group.type === 'ORG').map((group) => [group, initialsOf(fullest.get(group) ?? '')]),
  );
  const own = new Map<Group, readonly TypedMention[]>(groups.map((group) => [group, [...group.mentions]]));
  const wordsOf = (group: Group): string[] => words.get(group) ?? [];
  const bySize = [...groups].sort((a, b) => wordsOf(a).length - wordsOf(b).length);
  for (const short of bySize) {
    if (short.canonical !== null || (short.type !== 'PERSON' && short.type !== 'ORG')) continue;
    const shortWords = wordsOf(short);
    const shortBare = short.mentions[0]?.bare ?? '';
    const fits = groups.filter((long) => {
      if (long === short || long.type !== short.type || absorbed.has(long)) return false;
      const longWords = wordsOf(long);
      if (short.type === 'PERSON') return isShortFormOf(shortWords, longWords) || isNicknameFormOf(shortWords, longWords);
      return isOrgShortFormOf(shortBare, shortWords, longWords, initials.get(long) ?? '');
    });
    if (fits.length === 0) continue;
    // A surname is the last word of a full name: prefer those groups when several fit.
    const lastWord = fits.filter((long) => wordsOf(long).at(-1) === shortWords.at(-1));
    const usual = pickTarget(lastWord.length > 0 ? lastWord : fits, short.mentions[0]?.start ?? 0);
    if (usual === undefined) continue;
    if (short.type === 'PERSON' && lastWord.length > 0) {
      // Each mention of a surname joins the person whose gender it fits; those that fit none stay apart.
      const choices = lastWord.map((group) => ({ group, gender: mentionsGender(own.get(group) ?? []) }));
      const apart = short.mentions.filter((mention) => {
        const target = personTarget(mention, usual, choices);
        target?.mentions.push(mention);
        return target === undefined;
      });
      short.mentions = apart;
      if (apart.length === 0) absorbed.add(short);
      continue;
    }
    usual.mentions.push(...short.mentions);
    absorbed.add(short);
  }

  return groups
    .filter((group) => !absorbed.has(group))
    .map((group) => {
      const sorted = [...group.mentions].sort((a, b) => a.start - b.start);
      const unique = sorted.filter((m, i) => i === 0 || m.start !== sorted[i - 1]?.start || m.endChar !== sorted[i - 1]?.endChar);
      return { type: group.type, name: fullest.get(group) ?? fullestName(group), mentions: unique };
    })
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
