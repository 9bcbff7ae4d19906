/** Marks where a sentence moves on to another clause, which a paraphrase's content seldom runs past. */
import { DASHES } from './dashes.js';

/** Punctuation that opens another clause on its own: a semicolon, dashes. */
export const CLAUSE_BREAK_MARKS: readonly string[] = [';', ...DASHES];

/** Words that open another clause after a comma: ", and …", ", but …", ", while …", ", which …". */
export const CLAUSE_JOINERS_AFTER_COMMA: readonly string[] = ['and', 'but', 'while', 'which'];
