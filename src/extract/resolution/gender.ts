/**
 * The gender the article states for a person, read only from what the text writes: an honorific before a
 * name ("Mr. Roe", "Ms. Ortiz") or a gendered title held ("spokeswoman", "congressman"). First names are not
 * read: the name lists at hand give common names of either sex one gender ("Jesse", "Kim").
 */
import type { Entity } from '../../types.js';
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from '../../vocabulary/honorifics.js';
import { FEMALE_PRONOUNS, MALE_PRONOUNS } from '../../vocabulary/pronouns.js';
import { FEMALE_TITLE_HEADS, MALE_TITLE_HEADS } from '../../vocabulary/titles.js';

/** A stated gender. */
export type Gender = 'female' | 'male';

const FEMALE_WORDS: ReadonlySet<string> = new Set([...FEMALE_HONORIFICS, ...FEMALE_TITLE_HEADS]);
const MALE_WORDS: ReadonlySet<string> = new Set([...MALE_HONORIFICS, ...MALE_TITLE_HEADS]);
const FEMALE_PRONOUN: ReadonlySet<string> = new Set(FEMALE_PRONOUNS);
const MALE_PRONOUN: ReadonlySet<string> = new Set(MALE_PRONOUNS);

/** The gender a pronoun ("she", "his") states, lower-case; null for one that states none ("who", "they"). */
export function pronounGender(lower: string): Gender | null {
  if (FEMALE_PRONOUN.has(lower)) return 'female';
  if (MALE_PRONOUN.has(lower)) return 'male';
  return null;
}

/**
 * The gender of a person entity: what its mentions' honorifics and its roles' words say, when they agree;
 * null when they say nothing, or disagree, or the entity is no person.
 */
export function entityGender(entity: Entity): Gender | null {
  if (entity.type !== 'PERSON') return null;
  const words = [
    ...entity.mentions.map((mention) => mention.text.split(/\s+/)[0] ?? ''),
    ...entity.roles.flatMap((role) => role.toLowerCase().split(/[^\p{L}]+/u)),
  ];
  const female = words.some((word) => FEMALE_WORDS.has(word));
  const male = words.some((word) => MALE_WORDS.has(word));
  if (female === male) return null;
  return female ? 'female' : 'male';
}
