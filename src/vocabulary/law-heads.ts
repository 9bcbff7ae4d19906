/** Words that end the names of laws and public programmes ("Clean Water Act", "Harlan Grants"). */

/**
 * Last words of the names of laws, plans and grants, lower-case. "Program" and "Initiative" are left out:
 * they also end the names of bodies ("Global Health Initiative", "a think tank's Arms Control Program"),
 * as "Grant" ends people's.
 */
export const LAW_FINAL_WORDS: readonly string[] = [
  'act', 'acts', 'amendment', 'plan', 'grants', 'doctrine', 'protocol',
];

/**
 * Endings that make one word the name of a programme after a person's name or another word, lower-case:
 * "-care" of a health-care scheme named after the politician behind it.
 */
export const PROGRAMME_NAME_ENDINGS: readonly string[] = ['care'];
