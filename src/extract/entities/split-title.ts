/**
 * Splits a capitalised title off the name it precedes: "US Secretary of State Jane Roe" is the
 * title "US Secretary of State" and the name "Jane Roe"; "Chinese President" alone is a title and no
 * name. Places and nationalities inside a title ("US", "Chinese") are names of their own.
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
import { lexiconKinds } from './compromise-adapter.js';

/** True for a given name in compromise's lexicon ("Tom", "Antony"). */
function isGivenName(word: string): boolean {
  const kinds = lexiconKinds(word);
  return kinds.includes('first-name') || kinds.includes('male-name') || kinds.includes('female-name');
}

/** True for a word that opens a person's name: a given name or an honorific ("Sen.", "Dr."). */
function opensPersonName(word: string): boolean {
  return isGivenName(word) || isHonorific(word);
}

/** True for a word of a title: its head or a modifier. */
function isTitleWord(word: string): boolean {
  return isTitleHead(word) || isTitleModifier(word);
}

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
  const words = doc.tokens.slice(name.first, name.end).map((token) => token.text);
  for (let offset = 0; offset < words.length - 1; offset += 1) {
    const length = officeAbbreviationLength(words, offset);
    if (length === 0) continue;
    const at = name.first + offset + length;
    if (at >= name.end || !/^\p{Lu}/u.test(doc.tokens[at]?.text ?? '')) return split;
    const place = placeBeforeOffice(doc, name.first, name.first + offset);
    if (place === undefined) return split;
    const inTitle = place === null ? split.inTitle : [...split.inTitle, place];
    return { name: { first: at, end: name.end, weak: false }, title: { first: name.first, end: at }, inTitle };
  }
  return split;
}

/**
 * What stands before an office written short in a run of capitals ("Former Ohio Gov.", "Texas Rep."):
 * words like "former" and "then", then the place of the office, a name of its own. Null when there is no
 * place, undefined when other words stand there, so that the office is no title of this run.
 */
function placeBeforeOffice(doc: Document, first: number, office: number): Candidate | null | undefined {
  let at = first;
  while (at < office && (isTimeOfOffice(doc.tokens[at]?.text ?? '') || doc.tokens[at]?.text === '-')) at += 1;
  if (at === office) return null;
  for (let i = at; i < office; i += 1) {
    const word = doc.tokens[i]?.text ?? '';
    if (!/^\p{Lu}/u.test(word) || isTitleHead(word) || isOrgFinalWord(word) || isHonorific(word)) return undefined;
  }
  return { first: at, end: office, weak: false };
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
  // Most names open with no title word and no country: nothing to split.
  if (!isTitleHead(firstToken.text) && !isTitleModifier(firstToken.text) &&
    countryLength(doc, candidate.first, candidate.end) === 0) return whole;
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
    if (inTitle.length > 0 && at < candidate.end && next !== undefined && opensPersonName(next.text)) {
      return { name: { first: at, end: candidate.end, weak: false }, title: null, inTitle };
    }
    return whole;
  }
  // A title ends on its head or a place, never on a connector: "Secretary of State", not "Secretary of".
  while (at > candidate.first && /^(?:of|the|and|for|to|on)$/.test(doc.tokens[at - 1]?.text ?? '')) at -= 1;
  const title = { first: candidate.first, end: at };
  // A title word alone, with no article before it, is a surname ("King said").
  const before = doc.tokens[candidate.first - 1];
  if (candidate.end - candidate.first === 1 && !/^(?:the|a|an|its|his|her|their|our)$/i.test(before?.text ?? '') &&
    before !== undefined && before.sentence === firstToken.sentence) return whole;
  if (at >= candidate.end) return { name: null, title, inTitle };
  // "Archbishop of Cape Town": what follows "of" is the office's place, not the holder's name.
  if (doc.tokens[at]?.text === 'of') {
    let rest = at;
    while (rest < candidate.end && !/^\p{Lu}/u.test(doc.tokens[rest]?.text ?? '')) rest += 1;
    const place = rest < candidate.end ? [{ first: rest, end: candidate.end, weak: false }] : [];
    return { name: null, title: { first: candidate.first, end: candidate.end }, inTitle: [...inTitle, ...place] };
  }
  return { name: { first: at, end: candidate.end, weak: false }, title, inTitle };
}
