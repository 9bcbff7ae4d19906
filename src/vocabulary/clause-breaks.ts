/** Marks where a sentence moves on to another clause, which a paraphrase's content seldom runs past. */
import { DASHES, HYPHEN } from './dashes.js';

/** Punctuation that opens another clause on its own: a semicolon, dashes. */
export const CLAUSE_BREAK_MARKS: readonly string[] = [';', ...DASHES];

/**
 * Marks that close the clause before them: a comma, a semicolon, a colon, an opening bracket, dashes. Readers
 * searching back for where a clause starts stop at them ("…, who own the flats and say …").
 */
export const CLAUSE_MARKS: readonly string[] = [',', ';', ':', '(', ...DASHES];

/** Clause marks, a closing bracket and the spaced hyphen: where a subject with its modifier may start. */
export const SUBJECT_BOUNDARY_MARKS: readonly string[] = [...CLAUSE_MARKS, ')', HYPHEN];

/** Words that open another clause after a comma: ", and …", ", but …", ", while …", ", which …". */
export const CLAUSE_JOINERS_AFTER_COMMA: readonly string[] = ['and', 'but', 'while', 'which'];
