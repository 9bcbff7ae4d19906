/**
 * Titles standing inside a run of capitals rather than opening it: a rank written short after the body or
 * place it serves ("Army Gen. Jo Doe"), and a title before a person's name after the place or body that
 * holds the office ("Interim PDA Chairwoman Ann Roe"). Read by split-title.ts when the run opens with no
 * title of its own.
 */
import type { Document } from '../document/types.js';
import type { Candidate } from './candidates.js';
import type { TitledCandidate } from './split-title.js';
import { isLexiconGivenName } from '../util/compromise-lexicon.js';
import { isPlaceOrBody } from './group-after-place.js';
import { isNewsOutlet } from '../../vocabulary/outlets.js';
import {
  isCalendarName,
  isEventFinalWord,
  isHonorific,
  isLocationFinalWord,
  isOrgFinalWord,
  isTimeOfOffice,
  isTitleHead,
  isTitleModifier,
} from './vocabulary-index.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** Two to six capitals. */
const CAPITALS_WORD = /^\p{Lu}{2,6}$/u;
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;

/** True for a word that opens a person's name: a given name or an honorific ("Sen.", "Dr."). */
export function opensPersonName(word: string): boolean {
  return isLexiconGivenName(word) || isHonorific(word);
}

/** True for a word of a title: its head or a modifier. */
export function isTitleWord(word: string): boolean {
  return isTitleHead(word) || isTitleModifier(word);
}

/**
 * The name beginning at a rank written short inside `name`, after the body or the place it serves and
 * words of time ("Army Gen. Jo Doe", "Retired Air Force Lt. Gen. Jo Doe", "Ohio Sgt. Jo Doe"): the rank
 * stays with the name, as honorifics do; the body or place is a name of its own. `split` when no such rank
 * stands there.
 */
export function splitBeforeRank(doc: Document, split: TitledCandidate, name: Candidate): TitledCandidate {
  // "Hampton Dr. Roe Clinic": a body named after the person, no person with a rank.
  if (isOrgFinalWord(doc.tokens[name.end - 1]?.text ?? '')) return split;
  for (let at = name.first + 1; at < name.end - 1; at += 1) {
    const rank = doc.tokens[at]?.text ?? '';
    if (!isHonorific(rank) || !rank.endsWith('.') || !CAPITAL_START.test(doc.tokens[at + 1]?.text ?? '')) continue;
    let first = name.first;
    while (first < at && isTimeOfOffice(doc.tokens[first]?.text ?? '')) first += 1;
    if (first === at) return { ...split, name: { first: at, end: name.end, weak: false } };
    const body = doc.text.slice(doc.tokens[first]?.start ?? 0, doc.tokens[at - 1]?.end ?? 0).replace(/\s+/g, ' ');
    if (!isOrgFinalWord(doc.tokens[at - 1]?.text ?? '') && !isPlaceOrBody(body)) return split;
    const holder = { first, end: at, weak: false };
    return { name: { first: at, end: name.end, weak: false }, title: null, inTitle: [...split.inTitle, holder] };
  }
  return split;
}

/** The most words of a person's name after a title inside a run ("Chairman Ann B. Roe Jr."). */
const MAX_NAME_WORDS = 4;

/**
 * A title head inside `candidate` with a person's name after it that opens on a given name or an honorific
 * ("Interim Party Chairwoman Ann Roe", "Tarn Valley Labour Party Chairman Ann Roe", "Oversight Chairman Ann
 * Roe"): the words up to the head are the title, and the place or body opening them a name of its own (the
 * longest the vocabulary or the lexicon knows, else the longest ending like an organisation's). Null when
 * no such title stands there, or when the run ends like the name of a body or a place ("Queen Ann Hospital").
 */
export function titleBeforeGivenName(doc: Document, candidate: Candidate): TitledCandidate | null {
  const last = doc.tokens[candidate.end - 1];
  if (last === undefined || isOrgFinalWord(last.text) || isLocationFinalWord(last.lower) || isEventFinalWord(last.text)) return null;
  for (let head = candidate.first + 1; head < candidate.end - 1; head += 1) {
    if (!isTitleHead(doc.tokens[head]?.text ?? '')) continue;
    const nameWords = candidate.end - head - 1;
    const ordinaryName = nameWords >= 2 && !doc.tokens.slice(head + 1, candidate.end).some((token) => isTitleWord(token.text));
    if (!(opensPersonName(doc.tokens[head + 1]?.text ?? '') || ordinaryName) || nameWords > MAX_NAME_WORDS) return null;
    // "said Tuesday Senator Ann Roe": a day before the title is no part of it.
    let start = candidate.first;
    while (start < head && isCalendarName(doc.tokens[start]?.text ?? '')) start += 1;
    let first = start;
    while (first < head && (isTimeOfOffice(doc.tokens[first]?.text ?? '') || isTitleModifier(doc.tokens[first]?.text ?? ''))) first += 1;
    const holder = holderOpening(doc, first, head);
    return {
      name: { first: head + 1, end: candidate.end, weak: false },
      title: { first: start, end: head + 1 },
      inTitle: holder === null ? [] : [holder],
    };
  }
  return null;
}

/**
 * Whether `phrase` names a place or a body that can hold an office: one the vocabulary or the lexicon knows,
 * an outlet, or, written in one word (`oneWord`), an acronym that is no title ("FBI", not "CEO").
 */
export function namesHolder(phrase: string, oneWord: boolean): boolean {
  return isPlaceOrBody(phrase) || isNewsOutlet(phrase) || (oneWord && CAPITALS_WORD.test(phrase) && !isTitleWord(phrase));
}

/** The longest run of tokens from `first`, ending before `head`, that names a place or a body, or null. */
function holderOpening(doc: Document, first: number, head: number): Candidate | null {
  const from = doc.tokens[first];
  if (from === undefined) return null;
  const phrase = (end: number): string => doc.text.slice(from.start, doc.tokens[end - 1]?.end ?? from.end).replace(/\s+/g, ' ');
  for (let end = head; end > first; end -= 1) {
    if (namesHolder(phrase(end), end - first === 1)) return { first, end, weak: false };
  }
  // A word before the head that also ends bodies belongs to the title when a body ends before it
  // ("Valley Council Research Director"), else it ends the body ("Labour Party Chairman").
  const bodyEnds: number[] = [];
  for (let end = head; end > first; end -= 1) if (isOrgFinalWord(doc.tokens[end - 1]?.text ?? '')) bodyEnds.push(end);
  const end = bodyEnds[0] === head && bodyEnds.length > 1 ? bodyEnds[1] : bodyEnds[0];
  if (end !== undefined) return { first, end, weak: false };
  return null;
}
