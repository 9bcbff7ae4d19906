/**
 * Dashes as the tokenizer gives them. A dash sets off an aside ("the mayor — a former judge — said"), signs a
 * quotation ("“…” — Jane Roe") or closes a dateline ("PARIS — …"); each reader names which of them it takes.
 */

/** Dashes written as such: the em dash, the en dash and two hyphens. */
export const DASHES: readonly string[] = ['\u2014', '\u2013', '--'];

/** The hyphen: a dash only when spaced ("the mayor - a former judge - said"); between letters it joins words. */
export const HYPHEN = '-';

/** The horizontal bar, which some house styles use to sign a quotation ("― Jane Roe") or close a dateline. */
export const QUOTATION_DASH = '\u2015';

/** Dashes and the spaced hyphen: any mark that sets off an aside. */
export const DASHES_AND_HYPHEN: readonly string[] = [...DASHES, HYPHEN];
