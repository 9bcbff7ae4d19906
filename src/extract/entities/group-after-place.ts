/**
 * Splits a group written after the place or body it belongs to ("Ohio Democrats", "Senate Republicans",
 * "Texas Baptists"): a run whose last word is a nationality or a political or religious group and whose
 * other words name a place or a body is two names, the place or body and the group. A run of groups alone
 * ("Syrian Kurds"), a compass word before a group ("West Indian") and a team the lexicon knows stay whole.
 */
import type { Document, Token } from '../document/types.js';
import type { Candidate } from './candidates.js';
import { lexiconKinds } from '../util/compromise-lexicon.js';
import {
  countryByDemonym,
  countryReferredTo,
  isKnownLocation,
  isCompassWord,
  isKnownOrganisation,
  isNorpGroup,
  isUsStateName,
} from './vocabulary-index.js';

/** Kinds of the lexicon that name a place or a body. */
const PLACE_OR_BODY_KINDS: ReadonlySet<string> = new Set(['city', 'region', 'country', 'place', 'organization']);

/** True for a nationality or a known group ("Democrats", "Kurds", "Texans"). */
function isGroupWord(word: string): boolean {
  return countryByDemonym(word) !== undefined || isNorpGroup(word);
}

/** True when `phrase` names a place or a body and is no nationality itself ("Ohio", "Senate", not "Syrian"). */
export function isPlaceOrBody(phrase: string): boolean {
  if (countryByDemonym(phrase) !== undefined || isNorpGroup(phrase) || isCompassWord(phrase)) return false;
  return isUsStateName(phrase) || countryReferredTo(phrase) !== undefined || isKnownLocation(phrase) ||
    isKnownOrganisation(phrase) || lexiconKinds(phrase).some((kind) => PLACE_OR_BODY_KINDS.has(kind));
}

/** The place or body and the group of `candidate` when it is a group after one, else the candidate. */
export function splitGroupAfterPlace(doc: Document, candidate: Candidate): Candidate[] {
  const { first, end } = candidate;
  if (end - first < 2) return [candidate];
  const group = doc.tokens[end - 1] as Token;
  const before = doc.tokens[end - 2] as Token;
  if (!isGroupWord(group.text) || group.start === before.end) return [candidate];
  const place = doc.text.slice((doc.tokens[first] as Token).start, before.end).replace(/\s+/g, ' ');
  if (!isPlaceOrBody(place) || lexiconKinds(`${place} ${group.text}`).includes('sports-team')) return [candidate];
  return [
    { first, end: end - 1, weak: candidate.weak },
    { first: end - 1, end, weak: candidate.weak },
  ];
}
