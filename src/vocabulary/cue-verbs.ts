/**
 * Verbs that report what someone said or wrote, by dictionary form. A cue is one of these verbs in any
 * inflection ("said", "says", "saying", "has told").
 */

/** Verbs of saying and writing whose complement is the reported content. */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'tell', 'add', 'state', 'declare', 'caution', 'warn', 'claim', 'predict', 'urge', 'reply', 'respond',
  'continue', 'explain', 'note', 'insist', 'argue', 'write', 'announce', 'acknowledge', 'admit', 'affirm',
  'allege', 'assert', 'complain', 'concede', 'confirm', 'contend', 'emphasize', 'emphasise', 'maintain',
  'mention', 'observe', 'promise', 'recall', 'remark', 'report', 'reiterate', 'reveal', 'stress', 'suggest',
  'testify', 'tweet', 'vow', 'pledge', 'comment', 'conclude', 'counter', 'joke', 'quip', 'recount', 'repeat',
  'retort', 'shout', 'speculate', 'underline', 'underscore', 'boast', 'lament', 'assure', 'disclose',
  'proclaim', 'answer', 'opine', 'demand', 'deny', 'agree', 'estimate', 'forecast', 'hint', 'reason', 'inform',
  'advise', 'concur', 'exclaim', 'whisper', 'post', 'predict', 'project', 'signal', 'threaten', 'worry',
  'charge', 'brag', 'grumble', 'muse', 'ask', 'find', 'rule', 'conclude', 'determine',
];

/** Verbs that name the recipient right after them: "told reporters that …". */
export const RECIPIENT_VERBS: readonly string[] = ['tell', 'inform', 'assure', 'advise', 'warn', 'remind', 'ask'];

/**
 * Verbs whose quoted object is the speaker's wording: "referred to the incident as “…”",
 * "accused them of “…”", "called it “…”". They make a claim only when a quotation follows.
 */
export const FRAMING_VERBS: readonly string[] = [
  'refer', 'accuse', 'call', 'describe', 'dub', 'brand', 'label', 'term', 'characterize', 'characterise',
  'praise', 'condemn', 'blame', 'criticize', 'criticise', 'dismiss', 'hail', 'decry', 'denounce',
];

/** Verbs that need a clause or a question after them to be a cue ("asked if …", not "asked China for …"). */
export const CLAUSE_ONLY_VERBS: readonly string[] = [
  'ask', 'continue', 'add', 'note', 'report', 'post', 'project', 'signal', 'charge', 'answer', 'agree', 'deny', 'worry',
  'find', 'rule', 'determine',
];

/** Verbs that are cues only with "that" or a quotation after them ("the court ruled that …", not "found a core"). */
export const THAT_ONLY_VERBS: readonly string[] = ['find', 'rule', 'determine', 'conclude'];

/** Forms of "to be" that make a following participle passive ("is said to", "was told"). */
export const BE_FORMS: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s'];

/** Words that may stand between a speaker and its verb ("also said", "has since said", "did state"). */
export const VERB_MODIFIERS: readonly string[] = [
  'also', 'later', 'then', 'previously', 'once', 'again', 'since', 'further', 'repeatedly', 'publicly',
  'privately', 'earlier', 'recently', 'often', 'frequently', 'flatly', 'firmly', 'quickly', 'simply',
  'has', 'have', 'had', 'did', 'does', 'do', 'would', 'will', 'could', 'may', 'might', 'should', 'can',
  'reportedly', 'allegedly', 'separately', 'herself', 'himself', 'themselves', 'itself',
];

/** Auxiliaries that belong to the cue when they stand right before its verb ("did state"). */
export const CUE_AUXILIARIES: readonly string[] = ['did', 'does', 'do'];

/**
 * The commonest written forms of cue verbs, for spotting an attribution in raw text before tokens are
 * read as inside or outside a quotation ("…, McAllister said." after a quote whose closing mark is missing).
 */
export const COMMON_CUE_FORMS: readonly string[] = [
  'said', 'says', 'added', 'adds', 'told', 'tells', 'explained', 'wrote', 'writes', 'asked', 'noted', 'insisted',
  'argued', 'continued', 'warned', 'replied', 'stated', 'declared', 'recalled', 'stressed', 'concluded',
];
