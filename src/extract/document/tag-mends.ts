/**
 * Where wink's part-of-speech tag cannot be right in its place, mended before later stages read it. A word
 * owned by a possessive and followed by a noun is the first word of a compound, never a verb: wink reads
 * "works" in "the firm's works council" or "its works manager" as a verb, which leaves the sentence with no
 * subject before its real verb. A plain word after a relative "that" and a plural noun, before a preposition,
 * is the relative clause's verb: wink reads "point" in "the parks that residents point to are …" as a noun,
 * which leaves the clause with no verb.
 */
import type { PartOfSpeech } from './types.js';
import { POSSESSIVE_PRONOUNS } from '../../vocabulary/pronouns.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A lower-case word ending in "s". */
const LOWER_CASE_S_WORD = /^\p{Ll}+s$/u;
/** Lower-case letters only. */
const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/** The part of speech and text of a token, all this step reads. */
interface Tagged {
  readonly text: string;
  readonly pos: PartOfSpeech;
}

const POSSESSIVE_MARKS = new Set(["'s", '\u2019s']);
const POSSESSIVE_PRONOUN_SET = new Set(POSSESSIVE_PRONOUNS);

/** True for a possessive: "'s" read as a particle, or a possessive pronoun. */
function owns(token: Tagged | undefined): boolean {
  if (token === undefined) return false;
  if (POSSESSIVE_MARKS.has(token.text.toLowerCase())) return token.pos === 'PART';
  return POSSESSIVE_PRONOUN_SET.has(token.text.toLowerCase());
}

/** The relative words after which a plural noun can open a relative clause: "the cases that critics …". */
const RELATIVE_OBJECT_OPENERS = new Set(['that', 'which']);

/**
 * The tag of `token` after `before` and `previous` and before `next`: NOUN for a lower-case verb form in -s
 * after a possessive and before a noun ("Kestrel's works council said"); VERB for a lower-case word without
 * -s tagged as a noun after a relative word and a plural noun and before a preposition or "to" ("the cases
 * that residents point to"); else wink's own tag.
 */
export function mendedPos(before: Tagged | undefined, previous: Tagged | undefined, token: Tagged, next: Tagged | undefined): PartOfSpeech {
  if (token.pos === 'NOUN') return isStrandingVerb(before, previous, token, next) ? 'VERB' : token.pos;
  if (token.pos !== 'VERB' || !LOWER_CASE_S_WORD.test(token.text)) return token.pos;
  return owns(previous) && next?.pos === 'NOUN' ? 'NOUN' : token.pos;
}

/** "that critics [point] to": a plain word between a relative word and its plural subject, and a preposition. */
function isStrandingVerb(before: Tagged | undefined, previous: Tagged | undefined, token: Tagged, next: Tagged | undefined): boolean {
  // Asked of every noun: the tags around it, which rule most out, are read before its letters.
  if (next === undefined || !(next.pos === 'ADP' || next.text.toLowerCase() === 'to')) return false;
  if (previous === undefined || previous.pos !== 'NOUN') return false;
  if (!LOWER_CASE_WORD.test(token.text) || token.text.endsWith('s')) return false;
  const plural = previous !== undefined && previous.pos === 'NOUN' && LOWER_CASE_S_WORD.test(previous.text);
  return plural && before !== undefined && RELATIVE_OBJECT_OPENERS.has(before.text.toLowerCase());
}
