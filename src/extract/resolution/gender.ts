/**
 * The gender of a person, read from what the text writes: an honorific before a name ("Mr. Roe", "Ms.
 * Ortiz") or a gendered title held ("spokeswoman", "congressman") states it; a given name ("Margaret
 * Hollis") suggests it, unless it is one given to either sex ("Jesse", "Kim").
 */
import type { Entity } from '../../types.js';
import { givenNameGender } from '../entities/name-gender.js';
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from '../../vocabulary/honorifics.js';
import { FEMALE_PRONOUNS, MALE_PRONOUNS } from '../../vocabulary/pronouns.js';
import { FEMALE_PERSON_NOUNS, FEMALE_TITLE_HEADS, MALE_PERSON_NOUNS, MALE_TITLE_HEADS } from '../../vocabulary/titles.js';

/** A stated gender. */
export type Gender = 'female' | 'male';

const FEMALE_WORDS: ReadonlySet<string> = new Set([...FEMALE_HONORIFICS, ...FEMALE_TITLE_HEADS]);
const MALE_WORDS: ReadonlySet<string> = new Set([...MALE_HONORIFICS, ...MALE_TITLE_HEADS]);
const FEMALE_PRONOUN: ReadonlySet<string> = new Set(FEMALE_PRONOUNS);
const MALE_PRONOUN: ReadonlySet<string> = new Set(MALE_PRONOUNS);

const FEMALE_NOUNS: ReadonlySet<string> = new Set([...FEMALE_PERSON_NOUNS, ...FEMALE_TITLE_HEADS]);
const MALE_NOUNS: ReadonlySet<string> = new Set([...MALE_PERSON_NOUNS, ...MALE_TITLE_HEADS]);

/** The gender the head noun of a description states ("mother", "spokesman"), lower-case; null for one that states none ("driver"). */
export function descriptionGender(head: string): Gender | null {
  if (FEMALE_NOUNS.has(head)) return 'female';
  if (MALE_NOUNS.has(head)) return 'male';
  return null;
}

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
function entityGender(entity: Entity): Gender | null {
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

/**
 * The gender a person's given name suggests: the first word of the name or of a mention of two or more
 * words ("Elena Marsh"), when the lexicon gives it one sex and it is not a name given to either; null when
 * none does or they disagree.
 */
function entityGivenNameGender(entity: Entity): Gender | null {
  if (entity.type !== 'PERSON') return null;
  let female = false;
  let male = false;
  for (const name of [entity.name, ...entity.mentions.map((mention) => mention.text)]) {
    const words = name.split(/\s+/);
    if (words.length < 2) continue;
    const gender = givenNameGender((words[0] ?? '').toLowerCase());
    female ||= gender === 'female';
    male ||= gender === 'male';
  }
  if (female === male) return null;
  return female ? 'female' : 'male';
}

/** The genders of an article's people, as resolution learns them. */
export interface PersonGenders {
  /**
   * A person's gender: what the text states (an honorific, a gendered title), else what the given names of
   * its mentions suggest when they agree, else what the pronouns that took the person up say when they agree.
   */
  of(entity: Entity): Gender | null;
  /** Records that a pronoun of `gender` was resolved to `entity` ("Hollis … She said"). */
  learn(entity: Entity, gender: Gender | null): void;
}

/** The genders of `entities`, with none learnt yet from pronouns. */
export function personGenders(entities: readonly Entity[]): PersonGenders {
  const stated = new Map(entities.map((entity) => [entity, entityGender(entity)]));
  const learnt = new Map<Entity, Set<Gender>>();
  return {
    of(entity) {
      const fromPronouns = learnt.get(entity);
      const pronouns = fromPronouns?.size === 1 ? [...fromPronouns][0] ?? null : null;
      return stated.get(entity) ?? entityGivenNameGender(entity) ?? pronouns;
    },
    learn(entity, gender) {
      if (gender === null || entity.type !== 'PERSON') return;
      const genders = learnt.get(entity) ?? new Set<Gender>();
      genders.add(gender);
      learnt.set(entity, genders);
    },
  };
}
