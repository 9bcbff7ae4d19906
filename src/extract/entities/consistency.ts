/**
 * Document-level consistency: a name typed once is typed the same everywhere, with the strongest typing
 * the article gives it; a word of a person's full name is that person's name alone ("Merkel" after
 * "Angela Merkel"); a name known only from a sentence-initial capital needs support; months and
 * weekdays are no names, nor is a lone word typed from its shape alone that the article also writes in
 * lower case ("the Federal mine" where the article says "federal"); the place of a dateline is that place
 * where the article gives no better typing.
 */
import type { Document } from '../document/types.js';
import { MONTHS, MONTH_CUES } from '../../vocabulary/not-names.js';
import { ORG_MEMBER_NOUNS } from '../../vocabulary/org-heads.js';
import type { TypedMention } from './mentions.js';
import { datelineRule } from './type-rules/dateline.js';
import { shapeRule } from './type-rules/shape.js';
import { lowerCaseWords } from './tokens.js';
import { countryByName, isCalendarName, isNotName } from './vocabulary-index.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A digit first. */
const DIGIT_START = /^\d/;
/** A letter first. */
const LETTER_START = /^\p{L}/u;

const months: ReadonlySet<string> = new Set(MONTHS.map((m) => m.toLowerCase()));
const monthCues: ReadonlySet<string> = new Set(MONTH_CUES);
const memberNouns: ReadonlySet<string> = new Set(ORG_MEMBER_NOUNS);

/** Id recorded on a mention whose type comes from another mention of the same name. */
export const SAME_NAME_RULE = 'entity-same-name';
/** Id recorded on a short form of a body's name before a noun for its people ("the Otago group"). */
export const ORG_MEMBERS_RULE = 'entity-org-members';

/** The most a name's own typing may weigh for its dateline to make it a place: a guess or the lexicon's. */
const DATELINE_OUTWEIGHS = 1;

/**
 * Makes a place of a name that names the dateline ("RENO, Nev. —" … "Reno") where its other mentions are
 * typed only from their shape or the lexicon; a title, an honorific or a full name still says person.
 */
function preferDatelinePlaces(mentions: readonly TypedMention[], best: Map<string, TypedMention>): void {
  for (const mention of mentions) {
    if (!mention.local || mention.type !== 'GPE' || mention.rule !== datelineRule.id) continue;
    const known = best.get(mention.key);
    if (known === undefined || known.strength > DATELINE_OUTWEIGHS) continue;
    best.set(mention.key, { ...mention, local: false, strength: DATELINE_OUTWEIGHS + 1 });
  }
}

/** True when a single-word mention is a month or weekday written as a date ("in May", "May 5"). */
function isCalendarWord(doc: Document, mention: TypedMention, personWords: ReadonlySet<string>): boolean {
  if (mention.honorific !== null || mention.end - mention.first !== 1) return false;
  if (!isCalendarName(mention.bare)) return false;
  if (!months.has(mention.key)) return true;
  const before = doc.tokens[mention.first - 1];
  const after = doc.tokens[mention.end];
  if ((after !== undefined && DIGIT_START.test(after.text)) || (before !== undefined && monthCues.has(before.lower))) {
    return true;
  }
  return !personWords.has(mention.key);
}

/**
 * True for a one-word mention typed from its shape alone (no vocabulary, lexicon or context typed the
 * name anywhere in the article) whose word the article also writes in lower case: an ordinary word
 * capitalised, not a name, unless it is a word of a person's full name ("Young" after "Tom Young").
 */
function isOrdinaryWordCapitalised(
  mention: TypedMention,
  strongest: TypedMention,
  ordinaryWords: ReadonlySet<string>,
): boolean {
  return strongest.rule === shapeRule.id && mention.strength === 0 && mention.honorific === null &&
    mention.end - mention.first === 1 && ordinaryWords.has(mention.key);
}

/** The lower-case words of multi-word names of `type` typed at least as `strength`: first, last or all. */
function wordsOf(
  mentions: readonly TypedMention[],
  type: TypedMention['type'],
  which: 'first' | 'last' | 'all',
  strength = 1,
): Set<string> {
  const words = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== type || mention.weak || mention.strength < strength) continue;
    const parts = mention.key.split(' ');
    if (parts.length < 2) continue;
    const chosen = which === 'first' ? parts.slice(0, 1) : which === 'last' ? parts.slice(-1) : parts;
    for (const part of chosen) if (LETTER_START.test(part)) words.add(part);
  }
  return words;
}

/** Proper prefixes of organisations' names typed with some evidence ("cascade mutual" of "Cascade Mutual Bank"). */
function orgPrefixes(mentions: readonly TypedMention[]): Set<string> {
  const prefixes = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'ORG' || mention.weak || mention.strength < 1) continue;
    const parts = mention.key.split(' ');
    for (let n = 1; n < parts.length; n += 1) {
      if (parts[n - 1] === 'of' || parts[n - 1] === '&' || parts[n - 1] === 'and') break;
      prefixes.add(parts.slice(0, n).join(' '));
    }
  }
  return prefixes;
}

/** Words after "of" that end organisations' names ("otago" of "University of Otago"). */
function orgComplements(mentions: readonly TypedMention[]): Set<string> {
  const words = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'ORG' || mention.strength < 2) continue;
    const parts = mention.key.split(' ');
    if (parts.length >= 3 && parts[parts.length - 2] === 'of') words.add(parts[parts.length - 1] as string);
  }
  return words;
}

/** True when the word after the mention names the people of a body ("the Otago group", "Leeds team"). */
function beforeMemberNoun(doc: Document, mention: TypedMention): boolean {
  const after = doc.tokens[mention.end];
  return after !== undefined && memberNouns.has(after.text);
}

/**
 * Gives every mention of a name the strongest type the article gives that name, and drops non-names.
 * `ordinaryWords` are the words `doc` writes in lower case ({@link lowerCaseWords}), when already gathered.
 */
export function makeConsistent(
  doc: Document,
  mentions: readonly TypedMention[],
  ordinaryWords: ReadonlySet<string> = lowerCaseWords(doc),
): TypedMention[] {
  const best = new Map<string, TypedMention>();
  for (const mention of mentions) {
    if (mention.local) continue;
    const known = best.get(mention.key);
    if (known === undefined || mention.strength > known.strength) best.set(mention.key, mention);
  }
  preferDatelinePlaces(mentions, best);
  const strongKeys = new Set(mentions.filter((m) => !m.weak).map((m) => m.key));
  // Words of full names, even ones typed from their shape alone, support a lone word; only names typed
  // with some evidence retype it.
  const personSupport = wordsOf(mentions, 'PERSON', 'all', 0);
  const personWords = wordsOf(mentions, 'PERSON', 'all');
  // A surname that is also a country ("Michael Jordan" … "Jordan") names the person in that article.
  const surnames = wordsOf(mentions, 'PERSON', 'last', 2);
  const prefixes = orgPrefixes(mentions);
  const complements = orgComplements(mentions);

  const result: TypedMention[] = [];
  for (const mention of mentions) {
    if (isCalendarWord(doc, mention, personWords) || isNotName(mention.bare)) continue;
    const strongest = mention.local ? mention : best.get(mention.key) ?? mention;
    let typed: TypedMention = strongest === mention
      ? mention
      : { ...mention, type: strongest.type, strength: strongest.strength, rule: SAME_NAME_RULE };
    const single = !typed.key.includes(' ');
    const surname = single && surnames.has(typed.key) && countryByName(typed.bare) !== undefined;
    if (typed.local) {
      // Typed by its own context (a dateline): kept as it is.
    } else if (single && (typed.strength < 3 || surname) && typed.type !== 'PERSON' && personWords.has(typed.key)) {
      typed = { ...typed, type: 'PERSON', strength: 2, rule: SAME_NAME_RULE };
    } else if (typed.strength < 2 && typed.type !== 'ORG' && prefixes.has(typed.key)) {
      typed = { ...typed, type: 'ORG', strength: 2, rule: SAME_NAME_RULE };
    } else if (single && typed.strength < 3 && typed.type !== 'ORG' && complements.has(typed.key) &&
      beforeMemberNoun(doc, typed)) {
      typed = { ...typed, type: 'ORG', strength: 2, rule: ORG_MEMBERS_RULE };
    }
    if (isOrdinaryWordCapitalised(typed, strongest, ordinaryWords) && !personSupport.has(typed.key)) continue;
    const supported = typed.strength >= 2 || strongKeys.has(typed.key) || personSupport.has(typed.key);
    if (typed.weak && !supported) continue;
    result.push(typed);
  }
  return result;
}
