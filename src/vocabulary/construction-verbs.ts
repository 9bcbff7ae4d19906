/** Cue verbs that some constructions around a cue take, beyond the verb lists of cue-verbs.ts. */

/**
 * Verbs that, in a clause of "as" with a subject and no complement ("as the senator pointed out,", "as
 * critics have argued,"), hand on the words of the clause around them. Verbs of events ("as she testified,
 * protesters gathered") tell a time instead and are not here.
 */
export const ASIDE_CUE_VERBS: readonly string[] = [
  'say', 'note', 'point', 'point out', 'observe', 'suggest', 'argue', 'report', 'write', 'predict', 'explain', 'warn', 'claim',
  'state', 'see', 'know', 'show', 'find', 'acknowledge', 'admit', 'concede', 'mention', 'remark', 'stress',
  'emphasize', 'emphasise', 'insist', 'contend', 'maintain', 'assert', 'indicate', 'reveal', 'document', 'put it',
];

/**
 * Verbs of telling whose negation still reports a question: "has not said when the vote will be held",
 * "would not disclose how much was paid". Other verbs negated ("does not answer whether …") report nothing.
 */
export const NEGATED_QUESTION_VERBS: readonly string[] = [
  'say', 'tell', 'explain', 'disclose', 'specify', 'indicate', 'reveal', 'comment', 'confirm', 'elaborate',
];

/**
 * Verbs of wanting whose negation with an infinitive still reports a wish: "did not want to stay", "does not
 * intend to run again". Verbs of committing negated ("did not promise to …", "did not vote to …") report
 * no commitment and are not here.
 */
export const NEGATED_WISH_VERBS: readonly string[] = ['want', 'intend', 'plan', 'wish'];

/**
 * Verbs of belief whose object and "as" phrase are the view reported: "see the scheme as a lifeline",
 * "viewed the rivals as a threat". Read as verbs with a clause, whose content ends at a second predicate;
 * verbs that report their object only with "as" are AS_VERBS of cue-verbs.ts.
 */
export const AS_COMPLEMENT_VERBS: readonly string[] = ['see', 'view', 'regard'];

/**
 * Verbs that make their object do what the infinitive after it says: "the report led the minister to fear a
 * trade war", "forced the chief to admit that …". The object is the one who fears or admits. Verbs of asking
 * ("urged", "asked") are not here: what is asked for need not have been said.
 */
export const CAUSATIVE_VERBS: readonly string[] = ['lead', 'force', 'prompt', 'compel', 'spur', 'drive', 'cause', 'push'];

/**
 * Verbs that leave their object in a state of mind told by a participle after it: "the ruling left farmers
 * feeling that …", "the slump had voters wondering about …", "kept donors guessing whether …". The object is the
 * one who feels or wonders; the subject only brought the state about.
 */
export const STATE_CAUSING_VERBS: readonly string[] = ['leave', 'have', 'keep'];

/**
 * Verbs of coming together, and nouns for such a meeting, whose purpose infinitive reports its topic: "leaders
 * met Friday to discuss the crisis", "held a special session to debate the levy".
 */
export const MEETING_VERBS: readonly string[] = ['meet', 'gather', 'convene', 'assemble', 'huddle', 'confer'];
export const MEETING_NOUNS: readonly string[] = ['meeting', 'gathering', 'summit', 'session', 'conference', 'forum', 'retreat'];

/** Cue verbs that a meeting's purpose infinitive takes: "met to discuss …". */
export const MEETING_TOPIC_VERBS: readonly string[] = ['discuss', 'debate'];

/**
 * Heads of a joint undertaking, which a causing verb takes as what it leads, not as someone made to act: "led
 * the effort to call for a vote", "led the charge to question the plan".
 */
export const UNDERTAKING_NOUNS: readonly string[] = [
  'effort', 'efforts', 'charge', 'push', 'fight', 'campaign', 'way', 'drive', 'bid', 'call', 'calls', 'movement',
  'battle', 'crusade', 'move', 'initiative', 'opposition', 'attempt', 'attempts', 'protest', 'protests', 'debate',
];

/**
 * Verbs of perceiving or recording whose passive takes what the subject was doing: "she can be heard saying …",
 * "he was caught on tape telling …". The subject is the one saying it.
 */
export const PERCEIVED_ACT_VERBS: readonly string[] = ['hear', 'overhear', 'see', 'catch', 'film', 'record', 'show', 'capture'];

/**
 * Past participles that, after a noun, open a passive relative with their preposition and never a clause of
 * their own (the active verb takes an object first: "accused him of"): "people accused of theft", "two men
 * charged with arson", "a driver suspected of speeding".
 */
export const REDUCED_PASSIVE_PARTICIPLES: Readonly<Record<string, readonly string[]>> = {
  accused: ['of'],
  suspected: ['of'],
  convicted: ['of'],
  charged: ['with'],
  indicted: ['on', 'for'],
};
