/** Pronouns by what they can refer to. */

/** Pronouns that can stand for a person speaking. */
export const PERSON_PRONOUNS: readonly string[] = ['he', 'she', 'him', 'her', 'who'];

/** Third-person pronouns by the gender they state: "she said" cannot stand for "Mr. Roe". */
export const FEMALE_PRONOUNS: readonly string[] = ['she', 'her', 'hers', 'herself'];
export const MALE_PRONOUNS: readonly string[] = ['he', 'him', 'his', 'himself'];

/**
 * Pronouns that stand for many: a group ("Democrats", "the experts", "Ms. Roe and Mr. Lee"), never one
 * person, nor, in news writing, one company or country ("the firm said it …").
 */
export const PLURAL_PRONOUNS: readonly string[] = ['they', 'them', 'their', 'themselves'];

/** Pronouns that can stand for an organisation, a country or a group. */
export const GROUP_PRONOUNS: readonly string[] = ['they', 'them', 'it'];

/** Pronouns of the first and second person: the writer or the reader. */
export const FIRST_AND_SECOND_PERSON: readonly string[] = ['i', 'me', 'we', 'us', 'you'];

/**
 * Subject pronouns by which the writer speaks outside quotations ("I know the plan will fail"): the
 * writer is the speaker, with no entity. Object forms ("us", easily the country "US") and "you" never are.
 */
export const WRITER_PRONOUNS: readonly string[] = ['i', 'we'];

/**
 * Pronouns for an unnamed person: "someone asked whether …". ("nobody" and "everyone" are left out: "Nobody
 * knows why …" carries a question, not a claim; "not everyone finds that plan …" is read with "that" as a
 * conjunction.)
 */
export const INDEFINITE_PERSON_PRONOUNS: readonly string[] = ['someone', 'somebody'];

/**
 * Pronouns for anyone or anything at all, never the first word of a name even when a tagger reads them
 * as one at the start of a sentence ("Everything Trump says …", "Nobody Roe met …").
 */
export const INDEFINITE_PRONOUNS: readonly string[] = [
  'everything', 'nothing', 'anything', 'something', 'everyone', 'everybody', 'anyone', 'anybody', 'nobody',
  'someone', 'somebody', 'whoever', 'whatever',
];

/** Possessive pronouns, which own a noun of saying ("his claim that …") and resolve as their person or group. */
export const PERSON_POSSESSIVES: readonly string[] = ['his', 'her'];
export const GROUP_POSSESSIVES: readonly string[] = ['its', 'their'];
/** Possessives of the writer or the reader: "in my view" is no one's reported view. */
export const WRITER_POSSESSIVES: readonly string[] = ['my', 'our', 'your'];
/** "it", "they" and their forms: pronouns that stand for a body, a group or a thing rather than one person. */
export const GROUP_WORDS: readonly string[] = [...GROUP_PRONOUNS, ...GROUP_POSSESSIVES];
/** Every possessive pronoun: "her push to …", "its works council". */
export const POSSESSIVE_PRONOUNS: readonly string[] = [...PERSON_POSSESSIVES, ...GROUP_POSSESSIVES, ...WRITER_POSSESSIVES];

/** The subject pronoun each third-person possessive stands for: "she repeated her view" (her → she). */
export const POSSESSIVE_SUBJECTS: Readonly<Record<string, string>> = { his: 'he', her: 'she', its: 'it', their: 'they' };

/** Object pronouns: "told her", "asking them". */
export const OBJECT_PRONOUNS: readonly string[] = ['me', 'him', 'her', 'us', 'them', 'you'];

/** Pronouns that stand as a clause's subject: "…, but he has also …". */
export const SUBJECT_PRONOUNS: readonly string[] = ['i', 'you', 'he', 'she', 'it', 'we', 'they'];

/** Reflexive pronouns, which may open a verb's object: "defending herself and her budget". */
export const REFLEXIVE_PRONOUNS: readonly string[] = ['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself', 'yourselves'];
