/**
 * The gender a person's name states or suggests as written: an honorific ("Mr. Roe", "Ms. Ortiz") states
 * it; a given name ("Margaret Hollis") suggests it, unless the lexicon gives it both sexes or it is a name
 * given to either ("Jesse", "Kim").
 */
import type { TypedMention } from './mentions.js';
import { lexiconKinds } from '../util/compromise-lexicon.js';
import { honorificGender } from './vocabulary-index.js';
import { EITHER_SEX_GIVEN_NAMES } from '../../vocabulary/given-names.js';

/** A gender stated or suggested by a name. */
export type NameGender = 'female' | 'male';

const EITHER_SEX: ReadonlySet<string> = new Set(EITHER_SEX_GIVEN_NAMES);

/** The gender the lexicon gives a given name ("margaret" → female), lower-case; null for none or both. */
export function givenNameGender(lower: string): NameGender | null {
  if (EITHER_SEX.has(lower)) return null;
  const kinds = lexiconKinds(lower);
  const female = kinds.includes('female-name');
  const male = kinds.includes('male-name');
  if (female === male) return null;
  return female ? 'female' : 'male';
}

/** The gender one mention states by its honorific, or suggests by its given name when it has two words or more. */
export function mentionGender(mention: TypedMention): NameGender | null {
  const stated = mention.honorific === null ? null : honorificGender(mention.honorific);
  if (stated !== null) return stated;
  const words = mention.key.split(' ');
  return words.length < 2 ? null : givenNameGender(words[0] ?? '');
}

/** The gender `mentions` of one person agree on; null when none says one or they disagree. */
export function mentionsGender(mentions: readonly TypedMention[]): NameGender | null {
  const genders = new Set(mentions.map(mentionGender).filter((gender) => gender !== null));
  return genders.size === 1 ? [...genders][0] ?? null : null;
}
