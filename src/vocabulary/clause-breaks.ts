/** Marks where a sentence moves on to another clause, which a paraphrase's content seldom runs past. */

/** Punctuation that opens another clause on its own: a semicolon, dashes. */
export const CLAUSE_BREAK_MARKS: readonly string[] = [';', '—', '–', '--'];

/** Words that open another clause after a comma: ", and …", ", but …", ", while …", ", which …". */
export const CLAUSE_JOINERS_AFTER_COMMA: readonly string[] = ['and', 'but', 'while', 'which'];
