/**
 * Splits a person's full name off the name of an event written after it ("Jane Roe Election Day", "Tom
 * Hale Victory Rally"): a run of at least four words ending on an event's head, whose first two words
 * are a person's name, is that name and the event. A name known to hold its second word as a given name
 * stays whole ("Martin Luther King Day").
 */
import type { Document, Token } from '../document/types.js';
import type { Candidate } from './candidates.js';
import { isLexiconGivenName, isLexiconSurname } from '../util/compromise-lexicon.js';
import { isCapitalised } from './tokens.js';
import { isEventFinalWord } from './vocabulary-index.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capital and a lower-case letter first. */
const CAPITALISED_START = /^\p{Lu}\p{Ll}/u;

/** Words a full name takes before the event: given name and surname. */
const NAME_WORDS = 2;
/** The shortest event after the name, in words ("Election Day"). */
const MIN_EVENT_WORDS = 2;

/** True when the two tokens from `at` are a person's name: a surname in the lexicon, or written again elsewhere. */
function isPersonName(doc: Document, at: number): boolean {
  const given = doc.tokens[at] as Token;
  const surname = doc.tokens[at + 1] as Token;
  if (!isCapitalised(given) || !CAPITALISED_START.test(surname.text)) return false;
  if (isLexiconGivenName(surname.lower)) return false;
  if (isLexiconSurname(surname.lower)) return true;
  const name = `${given.text} ${surname.text}`;
  const first = doc.text.indexOf(name);
  return first >= 0 && doc.text.indexOf(name, first + 1) >= 0;
}

/** The name and the event of `candidate` when it is a person's name before an event, else the candidate. */
export function splitNameBeforeEvent(doc: Document, candidate: Candidate): Candidate[] {
  const { first, end } = candidate;
  if (end - first < NAME_WORDS + MIN_EVENT_WORDS) return [candidate];
  const last = doc.tokens[end - 1] as Token;
  if (!isEventFinalWord(last.lower) || !isPersonName(doc, first)) return [candidate];
  for (let i = first; i < end; i += 1) if (!isCapitalised(doc.tokens[i] as Token)) return [candidate];
  return [
    { first, end: first + NAME_WORDS, weak: candidate.weak },
    { first: first + NAME_WORDS, end, weak: candidate.weak },
  ];
}
