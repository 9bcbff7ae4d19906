/** Pronouns by what they can refer to. */

/** Pronouns that can stand for a person speaking. */
export const PERSON_PRONOUNS: readonly string[] = ['he', 'she', 'him', 'her', 'who'];

/** Pronouns that can stand for an organisation, a country or a group. */
export const GROUP_PRONOUNS: readonly string[] = ['they', 'them', 'it'];

/** Pronouns that are never taken as a speaker outside a quotation: the writer or the reader. */
export const FIRST_AND_SECOND_PERSON: readonly string[] = ['i', 'me', 'we', 'us', 'you'];

/** Possessive pronouns, which own a noun of saying ("his claim that …") and resolve as their person or group. */
export const PERSON_POSSESSIVES: readonly string[] = ['his', 'her'];
export const GROUP_POSSESSIVES: readonly string[] = ['its', 'their'];
