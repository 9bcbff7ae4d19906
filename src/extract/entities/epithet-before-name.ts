/**
 * Drops an epithet written capitalised before a person's full name ("Sleepy Ann Roe", "Honest Tom
 * Hale"): an ordinary word, or an unknown word that reads as an adjective, before a given name and a
 * surname the lexicon knows is not part of the name.
 */
import type { Document, Token } from '../document/types.js';
import type { Candidate } from './candidates.js';
import { isLexiconGivenName, isLexiconSurname, lexiconKinds } from '../util/compromise-lexicon.js';
import {
  countryReferredTo,
  isHonorific,
  isKnownLocation,
  isKnownOrganisation,
  isLocationInitialWord,
  isNorpGroup,
  isOrgInitialWord,
  isTitleHead,
  isTitleModifier,
} from './vocabulary-index.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capitalised word. */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A lower-case letter and "ed" or "y" last. */
const ED_OR_Y_END = /\p{Ll}(?:ed|y)$/u;

/** True for a word no list of names, places, bodies or titles knows, and the lexicon knows as no name. */
function isUnknownAsName(token: Token): boolean {
  const word = token.text;
  if (countryReferredTo(word) !== undefined || isKnownLocation(word) || isKnownOrganisation(word) || isNorpGroup(word)) {
    return false;
  }
  if (isHonorific(word) || isTitleHead(word) || isTitleModifier(token.lower) || isLocationInitialWord(token.lower) ||
    isOrgInitialWord(token.lower)) return false;
  const kinds = lexiconKinds(token.lower);
  // A word the lexicon does not know may be a rare given name ("Cornell Ann Roe"), unless it reads as an
  // adjective ("Crooked", "Sleepy").
  if (kinds.length === 0) return ED_OR_Y_END.test(word);
  return kinds.every((kind) => kind === 'common-word');
}

/** `candidate` without an epithet before a full name, when it opens with one. */
export function dropEpithetBeforeName(doc: Document, candidate: Candidate): Candidate {
  const { first, end } = candidate;
  if (end - first !== 3) return candidate;
  const epithet = doc.tokens[first] as Token;
  const given = doc.tokens[first + 1] as Token;
  const surname = doc.tokens[first + 2] as Token;
  if (!CAPITALISED_WORD.test(epithet.text) || !isUnknownAsName(epithet)) return candidate;
  return isLexiconGivenName(given.lower) && isLexiconSurname(surname.lower) ? { ...candidate, first: first + 1 } : candidate;
}
