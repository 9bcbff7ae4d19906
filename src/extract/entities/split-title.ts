/**
 * Splits a capitalised title off the name it precedes: "US Secretary of State Jane Roe" is the
 * title "US Secretary of State" and the name "Jane Roe"; "Chinese President" alone is a title and no
 * name. Places and nationalities inside a title ("US", "Chinese") are names of their own, and so is the
 * town before its office ("Dunmore" in "Dunmore Mayor Ann Roe") and the body before a title ("White
 * House" in "White House Press Secretary Ann Roe").
 */
import type { Document } from '../document/types.js';
import type { Candidate } from './candidates.js';
import {
  countryReferredTo,
  isEventFinalWord,
  isHonorific,
  isKnownOrganisation,
  officeAbbreviationLength,
  isNorpGroup,
  isOrgFinalWord,
  isTitleHead,
  isTimeOfOffice,
  isTitleModifier,
} from './vocabulary-index.js';
import { isNewsOutlet } from '../../vocabulary/outlets.js';
import { isTitleWord, namesHolder, opensPersonName, splitBeforeRank, titleBeforeGivenName } from './title-inside-run.js';
import { singular } from '../util/plural.js';
import { TOWN_OFFICE_WORDS } from '../../vocabulary/titles.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** Letters only, a capital first, and a full stop. */
const CAPITAL_ABBREVIATION = /^\p{Lu}\p{L}*\.$/u;
/** Letters only, a capital first. */
const CAPITAL_WORD = /^\p{Lu}\p{L}*$/u;
/** An article or possessive determiner. */
const DETERMINER = /^(?:the|a|an|its|his|her|their|our)$/i;
/** A word joined by a hyphen to a capitalised one. */
const HYPHENATED_NAME = /^(\p{L}+)-(\p{Lu}\p{L}*)$/u;
/** A short word joining the words of a title. */
const TITLE_LINK_WORD = /^(?:of|the|and|for|to|on)$/;
/** A capital and a lower-case letter first. */
const CAPITALISED_START = /^\p{Lu}\p{Ll}/u;
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;

const townOffices: ReadonlySet<string> = new Set(TOWN_OFFICE_WORDS);

/** A candidate with its title, if it had one. */
export interface TitledCandidate {
  /** The name after the title, or null when the run was only a title. */
  readonly name: Candidate | null;
  /** Token range of the title before the name, if any. */
  readonly title: { readonly first: number; readonly end: number } | null;
  /** Places and nationalities inside the title, as candidates of their own. */
  readonly inTitle: readonly Candidate[];
}

/** How many tokens from `at` name a country or nationality (up to three: "United Arab Emirates"), or 0. */
function countryLength(doc: Document, at: number, end: number): number {
  for (let n = Math.min(3, end - at); n >= 1; n -= 1) {
    const first = doc.tokens[at];
    const last = doc.tokens[at + n - 1];
    if (first === undefined || last === undefined) continue;
    if (countryReferredTo(doc.text.slice(first.start, last.end)) !== undefined) return n;
  }
  return 0;
}

/**
 * Separates the title, if any, from the name in `candidate`. An office written short before a name is a
 * title like one written in full: "Gov. Jane Roe" is the title "Gov." and the name "Jane Roe".
 */
export function splitTitle(doc: Document, candidate: Candidate): TitledCandidate {
  const split = splitFullTitle(doc, candidate);
  const name = split.name;
  if (name === null || split.title !== null) return split;
  if (name.first === candidate.first) {
    const before = officeBeforeRun(doc, candidate);
    if (before !== null) return { ...split, ...before };
  }
  const words = doc.tokens.slice(name.first, name.end).map((token) => token.text);
  for (let offset = 0; offset < words.length - 1; offset += 1) {
    const length = officeAbbreviationLength(words, offset);
    if (length === 0) continue;
    const at = name.first + offset + length;
    if (at >= name.end || !CAPITAL_START.test(doc.tokens[at]?.text ?? '')) return split;
    const place = placeBeforeOffice(doc, name.first, name.first + offset);
    if (place === undefined) return split;
    const inTitle = place === null ? split.inTitle : [...split.inTitle, place];
    return { name: { first: at, end: name.end, weak: false }, title: { first: name.first, end: at }, inTitle };
  }
  return splitBeforeRank(doc, split, name);
}

/** A word written short with its full stop, and the token it begins at. */
interface DottedWord {
  readonly text: string;
  readonly first: number;
}

/**
 * The words written short right before `first`, up to two, the last with its full stop read as a token of
 * its own ("Gov ." in "then - Gov . Jane Roe"); none when the token before `first` is no such full stop.
 */
function dottedWordsBefore(doc: Document, first: number): DottedWord[] {
  const sentence = doc.tokens[first]?.sentence;
  const words: DottedWord[] = [];
  let at = first;
  while (words.length < 2) {
    const token = doc.tokens[at - 1];
    const word = doc.tokens[at - 2];
    if (token === undefined || token.sentence !== sentence) break;
    const prefixed = HYPHENATED_NAME.exec(word?.text ?? '');
    if (token.text === '.' && word !== undefined && word.end === token.start && word.sentence === sentence && CAPITAL_WORD.test(word.text)) {
      words.unshift({ text: `${word.text}.`, first: at - 2 });
      at -= 2;
    } else if (token.text === '.' && words.length === 0 && word?.end === token.start && prefixed !== null && isTimeOfOffice(prefixed[1] ?? '')) {
      // "ex-Gov ." read as one word: the office joined to the word of time before it, which opens the title.
      words.unshift({ text: `${prefixed[2] ?? ''}.`, first: at - 2 });
      break;
    } else if (words.length > 0 && CAPITAL_ABBREVIATION.test(token.text)) {
      words.unshift({ text: token.text, first: at - 1 });
      at -= 1;
    } else {
      break;
    }
  }
  return words;
}

/**
 * An office written short that opens before the run of capitals at `candidate`, its full stop read as a
 * token of its own so that the run begins after it or inside it: "then-Gov. Jane Roe" read as "then - Gov ."
 * and "Jane Roe", "Atty. Gen. Lee Park" as "Atty ." and "Gen. Lee Park". A word before it that says when
 * the office was held ("then-", "former") belongs to the title. Null when no such office stands there.
 */
function officeBeforeRun(doc: Document, candidate: Candidate): { title: { first: number; end: number }; name: Candidate } | null {
  const before = dottedWordsBefore(doc, candidate.first);
  if (before.length === 0) return null;
  const inRun = doc.tokens.slice(candidate.first, candidate.end).map((token) => token.text);
  const words = [...before.map((word) => word.text), ...inRun];
  for (let offset = 0; offset < before.length; offset += 1) {
    const length = officeAbbreviationLength(words, offset);
    if (length === 0 || offset + length < before.length) continue;
    const nameFirst = candidate.first + offset + length - before.length;
    if (nameFirst >= candidate.end || !CAPITAL_START.test(doc.tokens[nameFirst]?.text ?? '')) return null;
    let start = before[offset]?.first ?? candidate.first;
    const hyphen = doc.tokens[start - 1];
    const time = doc.tokens[start - (hyphen?.text === '-' ? 2 : 1)];
    const joined = hyphen?.text !== '-' || (hyphen.start === time?.end && hyphen.end === doc.tokens[start]?.start);
    if (time !== undefined && time.sentence === doc.tokens[start]?.sentence && isTimeOfOffice(time.text) && joined) start = time.index;
    return { title: { first: start, end: nameFirst }, name: { first: nameFirst, end: candidate.end, weak: false } };
  }
  return null;
}

/**
 * What stands before an office written short in a run of capitals ("Former Ohio Gov.", "Texas Rep.", "Army
 * Gen.", "Retired Air Force Gen."): words like "former" and "then", then the place of the office or the
 * body it is held in, a name of its own. A word that ends organisation names closes that body: it stands
 * right before the office. Null when there is no place, undefined when other words stand there, so that
 * the office is no title of this run.
 */
function placeBeforeOffice(doc: Document, first: number, office: number): Candidate | null | undefined {
  let at = first;
  while (at < office && (isTimeOfOffice(doc.tokens[at]?.text ?? '') || doc.tokens[at]?.text === '-')) at += 1;
  if (at === office) return null;
  for (let i = at; i < office; i += 1) {
    const word = doc.tokens[i]?.text ?? '';
    const closesBody = isOrgFinalWord(word) && i === office - 1;
    if (!CAPITAL_START.test(word) || isTitleHead(word) || (isOrgFinalWord(word) && !closesBody) || isHonorific(word)) return undefined;
  }
  return { first: at, end: office, weak: false };
}

/**
 * The town opening `candidate` when its one word stands before a town's office, itself before a name
 * ("Dunmore" in "Dunmore Mayor Ann Roe"), else null.
 */
function townBeforeOffice(doc: Document, candidate: Candidate): Candidate | null {
  const town = doc.tokens[candidate.first];
  const office = doc.tokens[candidate.first + 1];
  if (town === undefined || office === undefined || candidate.end - candidate.first < 3) return null;
  if (!townOffices.has(office.lower) || !isTitleHead(office.text) || isTitleWord(town.text) || isHonorific(town.text)) return null;
  return CAPITALISED_START.test(town.text) ? { first: candidate.first, end: candidate.first + 1, weak: false } : null;
}

/** The most words of a body's name read before a title ("White House" in "White House Press Secretary"). */
const MAX_BODY_WORDS = 3;

/**
 * The body or place opening `candidate` when a name the vocabulary or the lexicon knows as an organisation,
 * an outlet or a place, or one ending like an organisation's, stands before a title word ("White House" in
 * "White House Press Secretary Ann Roe", "Vestra" in "Vestra Chief Executive Ann Roe", "Tarn Valley Council"
 * in "Tarn Valley Council Leader Ann Roe", "Ohio" in "Ohio Attorney General Ann Roe") or an acronym ("FBI
 * Director Ann Roe"), else null.
 */
function bodyBeforeTitle(doc: Document, candidate: Candidate): Candidate | null {
  const from = doc.tokens[candidate.first];
  if (from === undefined) return null;
  for (let n = Math.min(MAX_BODY_WORDS, candidate.end - candidate.first - 2); n >= 1; n -= 1) {
    const last = doc.tokens[candidate.first + n - 1];
    const next = doc.tokens[candidate.first + n];
    if (last === undefined || next === undefined || !isTitleWord(next.text)) continue;
    const body = doc.text.slice(from.start, last.end).replace(/\s+/g, ' ');
    // A body's last word that is also a title's ("Court" of "Supreme Court Justice") keeps to the title.
    const endsLikeBody = isOrgFinalWord(last.text) && !isTitleModifier(last.text) && CAPITAL_START.test(from.text);
    // "FBI Director Ann Roe": an acronym before a title ("US Secretary of State": a country, a place too).
    if (endsLikeBody || namesHolder(body, n === 1)) {
      return { first: candidate.first, end: candidate.first + n, weak: false };
    }
  }
  return null;
}

/** Separates a title written in full, if any, from the name in `candidate`. */
function splitFullTitle(doc: Document, candidate: Candidate): TitledCandidate {
  const whole: TitledCandidate = { name: candidate, title: null, inTitle: [] };
  const firstToken = doc.tokens[candidate.first];
  const lastToken = doc.tokens[candidate.end - 1];
  if (firstToken === undefined || lastToken === undefined) return whole;
  // "Democrat Jane Roe", "Republican Sen. Jo Doe": a party or group before a given name or honorific.
  if (isNorpGroup(firstToken.text) && candidate.end - candidate.first > 2 && opensPersonName(doc.tokens[candidate.first + 1]?.text ?? '')) {
    const party = { first: candidate.first, end: candidate.first + 1, weak: false };
    return { name: { first: candidate.first + 1, end: candidate.end, weak: false }, title: null, inTitle: [party] };
  }
  // "Senators Jo Doe and Ann Roe": a plural title before the first of the names it is shared by.
  const plural = firstToken.text;
  if (plural.length > 3 && plural.endsWith('s') && isTitleHead(singular(plural)) && candidate.end - candidate.first > 2 &&
    opensPersonName(doc.tokens[candidate.first + 1]?.text ?? '')) {
    return { name: { first: candidate.first + 1, end: candidate.end, weak: false }, title: { first: candidate.first, end: candidate.first + 1 }, inTitle: [] };
  }
  // "Republican Secretary of State Jo Doe": a party before a title and a name.
  // A title modifier after the party may open the party's body instead ("Republican National Committee").
  if (isNorpGroup(firstToken.text) && candidate.end - candidate.first > 2 && isTitleHead(doc.tokens[candidate.first + 1]?.text ?? '')) {
    const rest = splitFullTitle(doc, { first: candidate.first + 1, end: candidate.end, weak: candidate.weak });
    const party = { first: candidate.first, end: candidate.first + 1, weak: false };
    if (rest.title !== null && rest.name !== null) return { ...rest, inTitle: [party, ...rest.inTitle] };
  }
  // "Dunmore Mayor Ann Roe", "Vestra Chief Executive Ann Roe": the town or the body, then the title and the name;
  // the role is written with its holder ("Vestra Chief Executive"), as an office is with its place.
  const holder = townBeforeOffice(doc, candidate) ?? bodyBeforeTitle(doc, candidate);
  if (holder !== null) {
    const rest = splitFullTitle(doc, { first: holder.end, end: candidate.end, weak: candidate.weak });
    if (rest.title !== null && rest.name !== null) {
      return { ...rest, title: { first: candidate.first, end: rest.title.end }, inTitle: [holder, ...rest.inTitle] };
    }
  }
  // Most names open with no title word and no country: nothing to split, unless a title stands inside.
  if (!isTitleHead(firstToken.text) && !isTitleModifier(firstToken.text) &&
    countryLength(doc, candidate.first, candidate.end) === 0) return titleBeforeGivenName(doc, candidate) ?? whole;
  const text = doc.text.slice(firstToken.start, lastToken.end);
  // Names that end like an organisation or event keep their title words: "Foreign Ministry", "General Motors".
  if (isKnownOrganisation(text) || isNewsOutlet(text) || countryReferredTo(text) !== undefined) return whole;
  if (candidate.end - candidate.first > 1 && isEventFinalWord(lastToken.text)) return whole;
  // "Supreme Court Justice Jane Roe": a word that ends organisation names ("Court") before a title head
  // and a name is part of the title.
  for (let i = candidate.first + 1; i < candidate.end; i += 1) {
    const word = doc.tokens[i]?.text ?? '';
    const inTitleBeforeHead = isTitleModifier(word) && isTitleHead(doc.tokens[i + 1]?.text ?? '') && i + 2 < candidate.end;
    if (isOrgFinalWord(word) && !inTitleBeforeHead) return whole;
  }

  const inTitle: Candidate[] = [];
  let at = candidate.first;
  let sawHead = false;
  while (at < candidate.end) {
    const token = doc.tokens[at];
    if (token === undefined || isHonorific(token.text)) break;
    const country = countryLength(doc, at, candidate.end);
    if (country > 0) {
      inTitle.push({ first: at, end: at + country, weak: false });
      at += country;
    } else if (isTitleHead(token.text)) {
      sawHead = true;
      at += 1;
    } else if (isTitleModifier(token.text)) {
      at += 1;
    } else if (token.text === '-' && at > candidate.first && isTitleWord(doc.tokens[at + 1]?.text ?? '')) {
      // "Major-General", "Lieutenant-Colonel".
      at += 1;
    } else {
      break;
    }
  }
  // Names of places side by side ("Russia Ukraine war") are separate names; a nationality before a
  // person's given name or honorific is no part of the name ("Australian Jane Roe").
  if (!sawHead) {
    if (at >= candidate.end && inTitle.length > 1) return { name: null, title: null, inTitle };
    const next = doc.tokens[at];
    // A word before the place makes the place one of a longer name ("New Mexico"), not a nationality.
    const placeOpensRun = inTitle[0]?.first === candidate.first;
    if (placeOpensRun && at < candidate.end && next !== undefined && opensPersonName(next.text)) {
      return { name: { first: at, end: candidate.end, weak: false }, title: null, inTitle };
    }
    return (inTitle.length === 0 ? titleBeforeGivenName(doc, candidate) : null) ?? whole;
  }
  // A title ends on its head or a place, never on a connector: "Secretary of State", not "Secretary of".
  while (at > candidate.first && TITLE_LINK_WORD.test(doc.tokens[at - 1]?.text ?? '')) at -= 1;
  const title = { first: candidate.first, end: at };
  // A title word alone, with no article before it, is a surname ("King said").
  const before = doc.tokens[candidate.first - 1];
  if (candidate.end - candidate.first === 1 && !DETERMINER.test(before?.text ?? '') &&
    before !== undefined && before.sentence === firstToken.sentence) return whole;
  if (at >= candidate.end) return { name: null, title, inTitle };
  // "Archbishop of Cape Town": what follows "of" is the office's place, not the holder's name.
  if (doc.tokens[at]?.text === 'of') {
    let rest = at;
    while (rest < candidate.end && !CAPITAL_START.test(doc.tokens[rest]?.text ?? '')) rest += 1;
    const place = rest < candidate.end ? [{ first: rest, end: candidate.end, weak: false }] : [];
    return { name: null, title: { first: candidate.first, end: candidate.end }, inTitle: [...inTitle, ...place] };
  }
  return { name: { first: at, end: candidate.end, weak: false }, title, inTitle };
}
