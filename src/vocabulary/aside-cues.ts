/**
 * Verbs that, in a clause of "as" with a subject and no complement ("as the senator pointed out,", "as
 * critics have argued,"), hand on the words of the clause around them. Verbs of events ("as she testified,
 * protesters gathered") tell a time instead and are not here.
 */
export const ASIDE_CUE_VERBS: readonly string[] = [
  'say', 'note', 'point', 'observe', 'suggest', 'argue', 'report', 'write', 'predict', 'explain', 'warn', 'claim',
  'state', 'see', 'know', 'show', 'find', 'acknowledge', 'admit', 'concede', 'mention', 'remark', 'stress',
  'emphasize', 'emphasise', 'insist', 'contend', 'maintain', 'assert', 'indicate', 'reveal', 'document',
];
