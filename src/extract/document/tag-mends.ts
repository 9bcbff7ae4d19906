/**
 * Where wink's part-of-speech tag cannot be right in its place, mended before later stages read it. A word
 * owned by a possessive and followed by a noun is the first word of a compound, never a verb: wink reads
 * "works" in "the firm's works council" or "its works manager" as a verb, which leaves the sentence with no
 * subject before its real verb.
 */
import type { PartOfSpeech } from './types.js';
import { POSSESSIVE_PRONOUNS } from '../../vocabulary/pronouns.js';

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

/**
 * The tag of `token` between `previous` and `next`: NOUN for a lower-case verb form in -s after a
 * possessive and before a noun ("Kestrel's works council said"), else wink's own tag.
 */
export function mendedPos(previous: Tagged | undefined, token: Tagged, next: Tagged | undefined): PartOfSpeech {
  if (token.pos !== 'VERB' || !/^\p{Ll}+s$/u.test(token.text)) return token.pos;
  return owns(previous) && next?.pos === 'NOUN' ? 'NOUN' : token.pos;
}
