/**
 * Verbs that report what someone said or wrote, by dictionary form. A cue is one of these verbs in any
 * inflection ("said", "says", "saying", "has told").
 */

/** What a cue reports: words spoken, words written, a belief, evidence, or an intention. */
export type CueVerbType = 'speech' | 'writing' | 'belief' | 'evidence' | 'intention';

/**
 * Verbs whose complement is the reported content, by what they report. A verb stands in one list only.
 * Beliefs, evidence and intentions are attributions too ("polls show that …", "X wants to …"); claims
 * carry the type so that users can keep to words actually said.
 */
export const CUE_VERBS: Readonly<Record<CueVerbType, readonly string[]>> = {
  speech: [
    'say', 'tell', 'add', 'state', 'declare', 'caution', 'warn', 'claim', 'predict', 'urge', 'reply', 'respond',
    'continue', 'explain', 'note', 'insist', 'argue', 'announce', 'acknowledge', 'admit', 'affirm', 'allege',
    'assert', 'complain', 'concede', 'confirm', 'contend', 'emphasize', 'emphasise', 'maintain', 'mention',
    'observe', 'recall', 'remark', 'reiterate', 'stress', 'testify', 'comment', 'counter', 'joke', 'quip',
    'recount', 'repeat', 'retort', 'shout', 'speculate', 'underline', 'underscore', 'boast', 'lament', 'assure',
    'disclose', 'proclaim', 'answer', 'opine', 'deny', 'agree', 'hint', 'reason', 'inform', 'advise', 'concur',
    'exclaim', 'whisper', 'charge', 'brag', 'grumble', 'muse', 'ask', 'rule', 'point', 'question', 'acknowledge',
    'assert', 'chide', 'scold', 'admonish', 'rebuke', 'scoff', 'quote', 'cite', 'sing', 'chant', 'yell', 'cry', 'sigh',
    'declare', 'vouch', 'attest', 'swear', 'plead', 'predict', 'forecast', 'estimate', 'conclude', 'determine',
    'confess', 'confide', 'relate', 'reassure', 'remind', 'notify', 'alert', 'counsel', 'instruct', 'protest',
    'object', 'gripe', 'moan', 'mutter', 'murmur', 'scream', 'holler', 'lecture', 'preach', 'theorize', 'theorise',
    'posit', 'surmise', 'hypothesize', 'hypothesise', 'conjecture', 'postulate', 'guarantee', 'certify', 'volunteer',
    'inquire', 'enquire',
    'implore', 'exhort', 'beg', 'beseech', 'entreat',
    'specify', 'clarify', 'recommend', 'divulge', 'stipulate', 'fret', 'marvel', 'gush', 'fume', 'rant',
    'elaborate', 'expound', 'rebut', 'refute', 'vent', 'gloat', 'crow', 'rave',
    'point out', 'reaffirm', 'restate', 'reassert', 'aver', 'avow', 'profess',
    'growl', 'thunder', 'hiss', 'bellow', 'snarl', 'sniff', 'huff', 'gasp', 'blurt', 'interject', 'stammer',
  ],
  writing: ['write', 'tweet', 'post', 'publish', 'report', 'blog', 'email', 'text', 'type', 'headline', 'retweet', 'read', 'pen', 'scrawl', 'jot'],
  belief: [
    'believe', 'think', 'know', 'feel', 'fear', 'hope', 'expect', 'doubt', 'suspect', 'worry', 'assume', 'reckon',
    'realize', 'realise', 'recognize', 'recognise', 'understand', 'guess', 'imagine', 'suppose', 'trust', 'bet',
    'wonder', 'view', 'see', 'consider', 'learn', 'hear', 'remember', 'agree', 'disagree', 'accept', 'dispute',
    'sense', 'envision', 'envisage', 'contemplate', 'fathom', 'comprehend', 'presume', 'anticipate', 'discover',
    'notice', 'perceive', 'deduce', 'infer', 'ascertain', 'grasp', 'foresee',
    'regret', 'appreciate', 'figure', 'calculate', 'judge',
  ],
  evidence: [
    'show', 'indicate', 'suggest', 'reveal', 'find', 'prove', 'demonstrate', 'imply', 'signal', 'project',
    'document', 'illustrate', 'corroborate', 'evidence',
    'verify', 'disprove',
  ],
  intention: [
    'want', 'plan', 'pledge', 'promise', 'vow', 'intend', 'refuse', 'threaten', 'aim', 'decide', 'offer',
    'propose', 'demand', 'call', 'push', 'encourage', 'support', 'oppose', 'urge', 'wish', 'prefer',
    'decline', 'seek', 'vote',
    'aspire', 'strive', 'resolve', 'consent', 'undertake', 'endeavor', 'endeavour', 'yearn', 'desire',
    'opt', 'elect', 'lobby', 'petition', 'long', 'like',
  ],
};

/** Lemma to type, the first list naming a verb winning. */
export const CUE_VERB_TYPES: ReadonlyMap<string, CueVerbType> = new Map(
  (Object.entries(CUE_VERBS) as [CueVerbType, readonly string[]][])
    .flatMap(([type, verbs]) => verbs.map((verb) => [verb, type] as const))
    .reverse(),
);

/**
 * Verbs that report an intention only after a conditional modal: "would like to run again", "she'd like to
 * stay", not "likes to swim" (a habit) or "looks like rain".
 */
export const MODAL_ONLY_VERBS: readonly string[] = ['like'];

/** Modal verbs: "would", "could", "must". */
export const MODAL_VERBS: readonly string[] = ['would', 'will', 'could', 'can', 'should', 'might', 'may', 'must', 'shall'];

/** Words that negate a verb inside its clause: "did not", "didn't", "never said". */
export const VERB_NEGATIONS: readonly string[] = ['not', "n't", 'never'];

/**
 * MODAL_VERBS and VERB_NEGATIONS as sets, built once for the readers of a verb group (where content starts, the
 * shape of a clause, a verb after "and"), which test tokens against them.
 */
export const MODAL_VERB_SET: ReadonlySet<string> = new Set(MODAL_VERBS);
export const VERB_NEGATION_SET: ReadonlySet<string> = new Set(VERB_NEGATIONS);

/** The modals that make such a verb a wish: "would like", "'d like", "should like". */
export const WISH_MODALS: readonly string[] = ['would', "'d", '’d', 'should'];

/** Particles that make an intention verb a cue of its own: "called for", "called on", "pushed for". */
export const INTENTION_PARTICLES: readonly string[] = ['for', 'on'];

/**
 * Intention verbs that also take "against" as their particle: "voted against the bill", "decided against
 * running" (not "pushed against the door").
 */
export const AGAINST_VERBS: readonly string[] = ['vote', 'decide'];

/** Verbs that name the recipient right after them: "told reporters that …". */
export const RECIPIENT_VERBS: readonly string[] = [
  'tell', 'inform', 'assure', 'advise', 'warn', 'remind', 'ask', 'chide', 'scold', 'admonish', 'rebuke', 'press',
];

/**
 * Verbs whose quoted object is the speaker's wording: "referred to the incident as “…”",
 * "accused them of “…”", "called it “…”". They make a claim only when a quotation follows.
 */
export const FRAMING_VERBS: readonly string[] = [
  'refer', 'accuse', 'call', 'describe', 'dub', 'brand', 'label', 'term', 'characterize', 'characterise',
  'praise', 'condemn', 'blame', 'criticize', 'criticise', 'dismiss', 'hail', 'decry', 'denounce',
];

/**
 * What follows a form of "make" to make a cue of saying: "made clear that …", "has made it clear he …",
 * "made the case that …".
 */
export const MAKE_CUE_PHRASES: readonly string[] = ['clear', 'it clear', 'the case', 'the point', 'the argument', 'plain', 'it plain'];

/**
 * Verbs of answering whose answer may be an act after "by" or a thing said after "with": "responded by
 * cutting the levy", "countered with a plan of her own". The preposition opens what is reported.
 */
export const RESPONSE_VERBS: readonly string[] = ['respond', 'reply', 'answer', 'counter', 'retort'];

/** The prepositions that open such an answer. */
export const RESPONSE_PREPOSITIONS: readonly string[] = ['by', 'with'];

/**
 * Verbs whose "-ing" form beside a report is the writer's gloss on what the words were about, not more words:
 * "“It was a mess,” she said, referring to the flood". Their tensed forms report ("the term refers to …").
 */
export const GLOSS_PARTICIPLE_VERBS: readonly string[] = ['refer to'];

/** Verbs that need a clause or a question after them to be a cue ("asked if …", not "asked China for …"). */
export const CLAUSE_ONLY_VERBS: readonly string[] = [
  'ask', 'continue', 'add', 'note', 'report', 'post', 'project', 'signal', 'charge', 'answer', 'agree', 'deny', 'worry',
  'find', 'rule', 'determine', 'point', 'question', 'cite', 'quote', 'sing', 'chant', 'publish', 'type', 'headline',
  'see', 'hear', 'learn', 'view', 'consider', 'accept', 'dispute', 'support', 'oppose', 'push', 'encourage',
  'know', 'feel', 'understand', 'remember', 'trust', 'text', 'email', 'point out',
];

/**
 * Intention verbs whose object may be a clause without "that", as a verb of saying's may: "the trustees decided
 * she should lead", "demanded he resign". Other intention verbs take only an infinitive or a particle's object
 * ("wants to go", "called for calm").
 */
export const BARE_CLAUSE_INTENTION_VERBS: readonly string[] = ['decide', 'demand'];

/** Verbs that are cues only with "that" or a quotation after them ("the court ruled that …", not "found a core"). */
export const THAT_ONLY_VERBS: readonly string[] = [
  'find', 'rule', 'determine', 'conclude', 'see', 'hear', 'learn', 'view', 'consider', 'accept', 'dispute',
  'trust', 'reveal', 'prove', 'demonstrate', 'imply', 'point', 'cite',
  'quote', 'publish', 'type', 'headline', 'text', 'email', 'report', 'question',
];

/**
 * Verbs that take no noun of a recipient or an object before their clause: after them, a noun phrase that
 * is no time and a "that" are the clause's subject and a relative clause ("said most of the cases that
 * auditors flagged were closed …"), not an adjunct before a complementizer.
 */
export const CLAUSE_FIRST_VERBS: readonly string[] = [
  'say', 'claim', 'argue', 'insist', 'contend', 'assert', 'maintain', 'state', 'declare', 'add', 'note', 'suggest',
  'believe', 'think',
];

/** Verbs of going on or starting that take a cue's -ing form: "keeps saying", "kept insisting". */
export const ASPECT_VERBS: readonly string[] = ['keep', 'continue', 'start', 'begin'];

/** Forms of "to be" that make a following participle passive ("is said to", "was told"). */
export const BE_FORMS: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s'];

/** Words that may stand between a speaker and its verb ("also said", "has since said", "did state"). */
export const VERB_MODIFIERS: readonly string[] = [
  'also', 'later', 'then', 'previously', 'once', 'again', 'since', 'further', 'repeatedly', 'publicly',
  'privately', 'earlier', 'recently', 'often', 'frequently', 'flatly', 'firmly', 'quickly', 'simply',
  'has', 'have', 'had', 'did', 'does', 'do', 'would', 'will', 'could', 'may', 'might', 'should', 'can', "'d", '’d',
  'reportedly', 'allegedly', 'separately', 'herself', 'himself', 'themselves', 'itself', 'both', 'each',
];

/**
 * Words that open a subordinate clause: "Though the talks stalled, …", "Even though the two sides argued, …".
 * Such a clause cannot be all that someone said; the main clause after it is the point.
 */
export const SUBORDINATING_CONJUNCTIONS: readonly string[] = [
  'though', 'although', 'while', 'because', 'if', 'when', 'since', 'as', 'unless', 'whereas', 'once', 'after', 'before',
];

/**
 * Adverbs that, opening a sentence, present all of it as unsourced hearsay ("Reportedly, the ministry has
 * asked …"): no one in it is reported as saying anything.
 */
export const HEARSAY_OPENERS: readonly string[] = ['reportedly', 'allegedly', 'purportedly', 'supposedly', 'rumoredly', 'rumouredly'];

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

/**
 * Verbs whose object noun phrase is itself what is reported ("announced the arrest of a man", "endorses
 * Ferreira", "admitted their slim chances"), with what the object reports. Verbs of the lists above
 * that take an object are here too; those that take a person as object ("told", "asked") are not.
 * An entry may be phrasal: the verb's dictionary form, then the words that follow it ("lay out" for "laid
 * out her plan", "rail against" for "railed against the tax").
 */
export const OBJECT_CUE_VERBS: Readonly<Record<CueVerbType, readonly string[]>> = {
  speech: [
    'announce', 'declare', 'proclaim', 'detail', 'disclose', 'confirm', 'acknowledge', 'admit', 'deny', 'mention', 'discuss', 'describe',
    'cite', 'predict', 'promise', 'pledge', 'demand', 'propose', 'recommend', 'comment', 'speak', 'talk',
    'outline', 'unveil', 'reiterate', 'repeat', 'question', 'claim', 'allege', 'forecast', 'estimate',
    'compare', 'liken', 'call', 'dub', 'label', 'brand', 'term', 'accuse', 'echo', 'stress', 'emphasize', 'emphasise',
    'express', 'voice', 'tout', 'trumpet', 'downplay', 'mock', 'ridicule', 'bemoan', 'lament', 'portray', 'depict',
    'paint', 'note', 'invoke', 'reference', 'recite', 'chronicle', 'propound', 'specify',
    'lay out', 'spell out', 'sum up', 'play down', 'talk up', 'speak out about', 'speak out on', 'speak out against',
    'rail against', 'lash out at', 'hit out at', 'push back on', 'push back against', 'weigh in on',
    'weigh in about', 'weigh in with', 'weigh in',
    'chastise', 'berate', 'upbraid', 'misrepresent', 'rebut', 'debunk', 'link', 'attribute',
    'hint at', 'allude to', 'point to', 'touch on', 'dwell on', 'harp on', 'elaborate on', 'expound on',
    'apologize for', 'apologise for', 'scoff at', 'sneer at', 'characterize', 'characterise', 'frame', 'define',
    'understate', 'overstate', 'press', 'draw', 'deliver', 'sound', 'unleash',
    'make the case for', 'make the case against', 'make no secret of', 'make little secret of',
    'go on about', 'make', 'reaffirm', 'restate', 'reassert', 'recant', 'shout', 'yell', 'scream', 'chant', 'utter',
    'refer to',
    'grill', 'thank',
  ],
  writing: ['write', 'tweet', 'retweet', 'post', 'issue', 'release'],
  belief: [
    'endorse', 'support', 'oppose', 'criticize', 'criticise', 'praise', 'condemn', 'welcome', 'reject', 'back',
    'defend', 'attack', 'blame', 'applaud', 'slam', 'blast', 'dismiss', 'denounce', 'decry', 'hail', 'favor',
    'favour', 'fear', 'expect', 'doubt', 'suspect', 'accept', 'dispute', 'believe', 'perceive', 'advocate',
    'laud', 'extol', 'lambast', 'lambaste', 'deride', 'castigate', 'excoriate', 'assail', 'disparage',
    'belittle', 'commend', 'herald', 'bristle at', 'take offense at', 'take offence at', 'take issue with', 'take exception to', 'despise', 'resent', 'respect', 'detest', 'loathe',
    'love', 'hate', 'distrust', 'mistrust', 'rejoice in', 'debate', 'agree with', 'disagree with', 'agree on',
    'admire', 'champion', 'embrace', 'espouse', 'deplore', 'regret', 'appreciate', 'dislike',
    'balk at', 'object to', 'frown on', 'frown upon', 'side with', 'warm to', 'deem', 'judge', 'prefer',
    'compliment', 'ignore', 'advocate for', 'consider',
    'fault', 'vilify', 'demonize', 'demonise', 'malign', 'impugn', 'scorn', 'repudiate', 'disavow',
    'second', 'flout', 'promote', 'resist', 'back off', 'back away from',
  ],
  evidence: [
    'show', 'indicate', 'suggest', 'reveal', 'find', 'prove', 'demonstrate', 'imply', 'report', 'publish', 'disprove', 'project',
  ],
  intention: [
    'want', 'plan', 'refuse', 'threaten', 'propose', 'demand', 'request', 'offer', 'eye', 'covet', 'lean toward', 'lean towards',
    'approve', 'enact', 'ratify', 'adopt', 'sponsor', 'repeal', 'overturn', 'overrule', 'veto', 'uphold',
    'impose', 'lift', 'sign', 'block',
  ],
};

/**
 * Phrasal object verbs whose verb alone takes a clause after their object: "agreed with her aides that …"
 * reports the clause, "agreed with her aides" the stance.
 */
export const CLAUSE_PHRASAL_VERBS: readonly string[] = ['agree with', 'disagree with'];

/**
 * Verbs that report a view of their object only with "as" after it: "voters perceive him as aloof", "the ad
 * portrays her as weak", not "they painted the fence". ("see" and "view" take a clause too: they are
 * AS_COMPLEMENT_VERBS of construction-verbs.ts.)
 */
export const AS_VERBS: readonly string[] = [
  'perceive', 'portray', 'depict', 'paint', 'characterize', 'characterise', 'frame', 'define',
];

/**
 * Verbs that report a connection claimed between their object and another thing only with "to" after the
 * object: "linked the breach to a hacking group", "attributed the rise to the tax", "compared the plan to a
 * lottery", not "the road links the two towns" or "the team compared satellite images".
 */
export const TO_COMPLEMENT_VERBS: readonly string[] = ['link', 'attribute', 'compare'];

/**
 * Phrasal verbs that report their object only when it names something said, planned or argued: "laid out
 * her plan", "spelled out the terms", "backed off his proposals", not "laid out the tools" or "backed off the ramp".
 */
export const CONTENT_OBJECT_VERBS: readonly string[] = ['lay out', 'spell out', 'sum up', 'back off', 'back away from'];

/**
 * Verbs of a decision taken, that report their object only when it names a law, a rule or a ruling: "the
 * committee approved a bill", "the court overturned the ruling", "the governor vetoed the budget"; not "adopted
 * a child", "approved the park design". (They are intention verbs of OBJECT_CUE_VERBS, as "decide" and "vote" are.)
 */
export const DECISION_OBJECT_VERBS: readonly string[] = [
  'approve', 'enact', 'ratify', 'adopt', 'sponsor', 'repeal', 'overturn', 'overrule', 'veto', 'uphold',
];

/** Nouns of laws, rules, rulings and taxes, as the head of the object of a verb of decision. */
export const DECISION_OBJECT_NOUNS: readonly string[] = [
  'bill', 'bills', 'law', 'laws', 'legislation', 'measure', 'measures', 'rule', 'rules', 'regulation', 'regulations',
  'ordinance', 'ordinances', 'amendment', 'amendments', 'act', 'statute', 'resolution', 'resolutions', 'ruling',
  'rulings', 'decision', 'verdict', 'treaty', 'budget', 'ban', 'mandate', 'reauthorization', 'reauthorisation', 'tax',
  'taxes', 'tariff', 'tariffs', 'levy',
];

/**
 * Object verbs whose object, when it is a name alone, is the source whose words are repeated rather than the
 * words: "echoing Jane Roe", "quoted Mr. Lund" report someone's words without giving them.
 */
export const SOURCE_OBJECT_VERBS: readonly string[] = ['echo', 'quote'];

/** Qualities that one shows or demonstrates by acting, not by saying: "showed restraint", "demonstrated her skill". */
const DISPLAYED_QUALITIES: readonly string[] = [
  'skill', 'skills', 'ability', 'abilities', 'talent', 'talents', 'prowess', 'mettle', 'courage', 'restraint', 'leadership', 'resolve',
];

/** What may be granted or withheld: "denied entry to the reporters", "was denied bail" refuse it, they dispute nothing. */
const GRANTED_THINGS: readonly string[] = [
  'entry', 'access', 'bail', 'permission', 'visa', 'visas', 'request', 'requests', 'application', 'admission', 'service',
  'coverage', 'care', 'treatment', 'benefits', 'parole', 'asylum', 'passage', 'clearance', 'licence', 'license', 'funding',
];

/** Places, vehicles and forces struck by arms: "attacked the convoy" is an assault, not words against it. */
const ATTACKED_TARGETS: readonly string[] = [
  'convoy', 'convoys', 'base', 'bases', 'village', 'villages', 'town', 'ship', 'ships', 'vessel', 'tanker', 'checkpoint',
  'patrol', 'patrols', 'troops', 'soldiers', 'embassy', 'compound', 'outpost', 'barracks', 'airport',
  'camp', 'camps', 'positions', 'bus', 'train', 'mosque', 'church', 'hotel', 'market',
];

/**
 * People a lawyer defends in court, and places, titles and seats defended by arms, play or a vote: "defended
 * people accused of fraud", "defended the border", "defended his title" report no words in their favour.
 */
const DEFENDED_NOT_ARGUED: readonly string[] = [
  'people', 'clients', 'client', 'inmates', 'defendants', 'defendant', 'suspects', 'suspect', 'prisoners',
  'border', 'borders', 'territory', 'city', 'town', 'village', 'base', 'positions', 'homeland', 'coast',
  'title', 'titles', 'crown', 'championship', 'lead', 'seat', 'seats', 'goal', 'net',
];

/** Places and things one points at with a hand: "pointed to the door" is a gesture, not evidence cited. */
const POINTED_AT_THINGS: readonly string[] = [
  'door', 'doors', 'doorway', 'exit', 'exits', 'window', 'windows', 'sky', 'ceiling', 'floor', 'ground', 'horizon',
  'wall', 'walls', 'stage', 'podium', 'seat', 'seats', 'chair', 'street', 'hills', 'river', 'sea',
];

/**
 * Object verbs with a sense that reports nothing, known by the head of the object: "welcomed the guests"
 * (received them, not a stance on them), "backed the truck" (drove it), "embraced her son" (held him),
 * "requested anonymity" (a source's terms for talking, the writer's note on sourcing), "demonstrated her skill"
 * (a quality put on display, not a finding), "defended the border" (held it).
 */
export const UNREPORTED_OBJECT_HEADS: Readonly<Record<string, readonly string[]>> = {
  welcome: ['guest', 'guests', 'visitor', 'visitors', 'crowd', 'crowds', 'audience', 'delegates', 'delegation', 'newcomers', 'baby'],
  back: ['car', 'truck', 'van', 'vehicle', 'trailer'],
  embrace: ['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'child', 'children', 'friend', 'friends', 'family', 'baby'],
  request: ['anonymity'],
  demand: ['anonymity'],
  demonstrate: DISPLAYED_QUALITIES,
  show: DISPLAYED_QUALITIES,
  deny: GRANTED_THINGS,
  attack: ATTACKED_TARGETS,
  defend: DEFENDED_NOT_ARGUED,
  'point to': POINTED_AT_THINGS,
  resist: ['arrest', 'urge', 'temptation', 'pull', 'attackers', 'invaders', 'invasion', 'occupation'],
};

/**
 * Object verbs that report only when their object's head is one of their nouns: "drew a sharp contrast with
 * her rival", "delivered a stern message", "sounded the alarm", "issued a statement", "made a plea for calm",
 * "unleashed a string of posts", not "drew a crowd", "delivered the mail", "issued permits", "made the team"
 * or "unleashed a barrage of rockets". Official acts are among them, told by what they act on: "imposed new
 * sanctions", "lifted the curfew", "signed the bill", "blocked any vote on …", not "imposed himself",
 * "lifted the box", "signed autographs" or "blocked the road".
 */
export const REPORTING_OBJECT_HEADS: Readonly<Record<string, readonly string[]>> = {
  draw: ['contrast', 'contrasts', 'distinction', 'distinctions', 'comparison', 'comparisons', 'link', 'links', 'parallel', 'parallels', 'conclusion', 'conclusions', 'lesson', 'lessons'],
  deliver: ['message', 'messages', 'speech', 'speeches', 'remarks', 'address', 'warning', 'warnings', 'rebuke', 'ultimatum'],
  sound: ['alarm', 'warning', 'call'],
  issue: ['statement', 'statements'],
  release: ['statement', 'statements', 'letter', 'letters', 'plan', 'plans', 'ad', 'ads'],
  make: ['condemnation', 'plea'],
  impose: ['sanctions', 'penalty', 'penalties', 'fine', 'fines', 'tariff', 'tariffs', 'curfew', 'ban', 'restrictions', 'embargo', 'moratorium'],
  lift: ['sanctions', 'curfew', 'ban', 'restrictions', 'embargo', 'moratorium', 'tariffs'],
  sign: ['legislation', 'law', 'bill', 'agreement', 'treaty', 'accord', 'pact', 'order', 'decree'],
  block: ['discussion', 'debate', 'vote', 'nomination', 'bill', 'legislation', 'law', 'rule', 'deal', 'merger', 'plan', 'proposal', 'measure'],
  unleash: ['tweets', 'posts', 'messages', 'attack', 'attacks', 'tirade', 'tirades', 'broadside', 'broadsides', 'criticism', 'insults', 'invective'],
};

/**
 * Nouns of number before "of" that pass the head of an object on to the noun after them: "unleashed a string
 * of posts", "delivered a series of speeches".
 */
export const QUANTITY_HEADS: readonly string[] = ['flurry', 'series', 'barrage', 'torrent', 'volley', 'stream', 'string', 'salvo', 'spate', 'raft'];

/** Nouns of what is said, planned or argued, as the head of such an object. */
export const CONTENT_OBJECT_NOUNS: readonly string[] = [
  'plan', 'plans', 'proposal', 'proposals', 'vision', 'agenda', 'case', 'argument', 'arguments', 'strategy',
  'policy', 'policies', 'details', 'terms', 'reasons', 'priorities', 'steps', 'platform', 'program', 'programme',
  'idea', 'ideas', 'views', 'position', 'positions', 'goals', 'demands', 'conditions', 'rationale', 'principles',
  'approach', 'concerns', 'objections', 'options', 'stakes', 'choice', 'findings', 'evidence', 'allegations',
  'charges', 'claims', 'criteria', 'framework', 'timeline', 'roadmap', 'blueprint', 'proposition', 'thesis',
  'situation', 'problem', 'problems', 'debate', 'mood', 'feeling', 'sentiment', 'point', 'points', 'message',
];

/** Irregular past forms of cue verbs, with their verb: "found" → "find", for a past form wink tagged as a noun. */
export const IRREGULAR_PAST_FORMS: Readonly<Record<string, string>> = {
  found: 'find', shown: 'show', told: 'tell', said: 'say', wrote: 'write', written: 'write', thought: 'think', held: 'hold',
};

/**
 * Object verbs whose object is reported only when it is a clause without "that": "the study found most
 * voters were undecided", not "they found a path around the rule" (a thing come upon, not a finding).
 */
export const CLAUSE_OBJECT_VERBS: readonly string[] = ['find'];

/**
 * Verbs of speaking whose object must be a topic after a preposition: "spoke about …", not "spoke Friday";
 * "weighed in Friday about …", not "weighed in at 90 kilos".
 */
export const TOPIC_ONLY_VERBS: readonly string[] = ['speak', 'talk', 'comment', 'weigh in', 'press'];

/**
 * Verbs whose clause is their usual content but which also report a topic after a preposition
 * (`TOPIC_PREPOSITIONS` or `STANCE_PREPOSITIONS`): "complained about the noise", "warned against hasty cuts". Without the
 * preposition their object is a person or nothing reported ("warned voters", "asked the clerk").
 */
export const TOPIC_OBJECT_VERBS: readonly string[] = [
  'warn', 'caution', 'argue', 'complain', 'boast', 'brag', 'joke', 'testify', 'ask', 'speculate', 'protest', 'write',
  'tweet', 'inquire', 'enquire', 'muse', 'grumble', 'gripe', 'lecture', 'preach', 'advise', 'rule',
];

/** Words before a verb that put its act in the future: "will announce its decision" reports nothing yet. */
export const FUTURE_MARKERS: readonly string[] = ['will', 'would', 'shall', 'to', "'ll", '’ll'];

/**
 * The future markers of a condition, which leave a stance held: "38 percent would back the mayor", "she'd oppose
 * any cut" report a view now, as "will announce" reports no act yet.
 */
export const CONDITIONAL_MODALS: readonly string[] = ['would', "'d", '’d'];

/** Modals of mere possibility: "could offer", "might criticize", "may announce". */
export const POSSIBILITY_MODALS: readonly string[] = ['could', 'might', 'may'];

/** Prepositions that introduce the topic of a verb of speaking: "commented on", "spoke about". */
export const TOPIC_PREPOSITIONS: readonly string[] = ['on', 'about', 'of'];

/** The preposition between a title's speaker and topic before a colon: "Mayor Roe on Ferry Fares: …". */
export const HEADLINE_TOPIC_PREPOSITIONS: readonly string[] = ['on'];

/**
 * Nouns that make a phrase after "on" a setting or a manner of speaking, not its topic: "spoke on condition that
 * she not be named", "on behalf of the union", "on the phone", "on the record", "on national television", "on
 * the Senate floor".
 */
export const SPEAKING_SETTING_NOUNS: readonly string[] = [
  'condition', 'behalf', 'record', 'background', 'phone', 'telephone', 'camera', 'air', 'radio', 'television',
  'tv', 'stage', 'floor', 'podium', 'panel', 'call', 'video', 'line', 'sidelines', 'trail', 'program', 'show',
  'podcast', 'broadcast', 'livestream',
];

/** A preposition that names what is argued or warned against: "warned against hasty cuts". */
export const STANCE_PREPOSITIONS: readonly string[] = ['against'];

/**
 * Verbs of belief that report a view only of someone who can hold one: with a statement, a report or a
 * study as subject they say what the thing does or leaves out ("the claim ignores the costs").
 */
export const MINDED_BELIEF_VERBS: readonly string[] = [
  'ignore', 'fear', 'love', 'hate', 'despise', 'resent', 'detest', 'loathe', 'admire', 'dislike', 'regret',
  'appreciate', 'doubt', 'suspect', 'believe', 'distrust', 'mistrust', 'respect',
];

/** Nouns that report what their owner said, believes or found: "Trump’s claim that …", "her hope that …". */
export const CUE_NOUNS: Readonly<Record<CueVerbType, readonly string[]>> = {
  speech: [
    'claim', 'claims', 'assertion', 'statement', 'allegation', 'allegations', 'warning', 'charge', 'charges',
    'comment', 'comments', 'remark', 'remarks', 'announcement', 'admission', 'denial', 'insistence', 'argument',
    'contention', 'accusation', 'complaint', 'suggestion', 'message', 'promise', 'pledge', 'vow', 'threat',
    'acknowledgment', 'acknowledgement', 'emphasis', 'prediction', 'response', 'answer', 'explanation', 'testimony',
    'warnings', 'assertions', 'denials', 'accusations', 'complaints', 'suggestions', 'predictions', 'promises', 'pledges',
    'threats', 'assurance', 'assurances', 'pronouncement', 'pronouncements', 'declaration', 'proclamation',
  ],
  writing: ['report', 'reports', 'article', 'column', 'editorial', 'tweet', 'post'],
  belief: ['belief', 'view', 'hope', 'fear', 'concern', 'suspicion', 'theory', 'notion', 'position', 'conclusion', 'bet', 'assumption', 'expectation', 'conviction', 'views', 'fears', 'concerns', 'worry', 'worries', 'doubts'],
  evidence: ['finding', 'findings', 'estimate', 'analysis', 'assessment', 'data', 'study'],
  intention: ['plan', 'proposal', 'demand', 'intention', 'goal', 'aim', 'wish', 'call'],
};

/**
 * Verbs that hand their subject on to a cue after "to": "appeared to suggest", "went on to say". Others
 * ("declined to comment", "forced him to admit") do not make their subject the speaker.
 */
export const RAISING_VERBS: readonly string[] = ['appear', 'seem', 'go', 'continue', 'begin', 'start', 'try', 'proceed', 'tend', 'attempt', 'happen'];

/**
 * Verbs of habit that hand their subject on to a cue after "to" as raising verbs do ("“…,” he likes to say",
 * "she likes to tell voters that …"), and are no cue themselves (MODAL_ONLY_VERBS).
 */
export const HABIT_VERBS: readonly string[] = ['like'];

/**
 * Phrases that hand their subject on to the verb of saying right after them, by "to", "of" or a gerund:
 * "was quick to note that …", "took pains to stress …", "could not resist pointing out …", "made a point of
 * saying …". Each word is matched against a token's form or its dictionary form ("be" stands for "was").
 * Phrases of not saying are not among them (WITHHOLDING_CHAIN_OPENERS).
 */
export const CUE_CHAIN_OPENERS: readonly string[] = [
  'be quick to', 'be careful to', 'be at pains to', 'take pains to', 'take care to', 'be the first to',
  'be among the first to', 'make a point of', 'not resist', 'not hesitate to', 'hasten to', 'go so far as to',
  'make sure to',
];

/**
 * Phrases of holding back from a stance, which hand their subject on to the verb after them as
 * CUE_CHAIN_OPENERS do, and belong to its cue, so that the claim never reads as the stance taken: "avoids
 * condemning the veto", "stopped short of calling the vote rigged", "is steering clear of attacking the
 * mayor". ("declined to say" and "refused to say" are cues of their own, verbs of intention.)
 */
export const WITHHOLDING_CHAIN_OPENERS: readonly string[] = ['avoid', 'stop short of', 'steer clear of'];

/**
 * Verbs of going to a medium or a place whose subject does what the infinitive after it says: "took to
 * Twitter to say …", "went on television to announce …", "appeared before reporters to deny …".
 */
export const PURPOSE_MOTION_VERBS: readonly string[] = ['take', 'go', 'appear', 'turn', 'come', 'head', 'return'];

/** Adjectives that report a belief with a that-clause after "to be": "Democrats are afraid that …". */
export const CUE_ADJECTIVES: readonly string[] = [
  'afraid', 'concerned', 'confident', 'sure', 'certain', 'convinced', 'worried', 'hopeful', 'aware', 'optimistic',
  'pessimistic', 'adamant', 'insistent', 'doubtful', 'skeptical', 'sceptical', 'positive', 'frustrated', 'angry',
  'upset', 'glad', 'happy', 'pleased', 'disappointed', 'surprised', 'shocked', 'proud', 'clear', 'unanimous',
  'incensed', 'outraged', 'furious', 'livid', 'indignant', 'irritated', 'annoyed', 'dismayed', 'appalled', 'alarmed',
  'disturbed', 'troubled', 'saddened', 'relieved', 'thrilled', 'delighted', 'heartened', 'grateful', 'thankful', 'sorry',
  'astonished', 'amazed', 'stunned', 'embarrassed', 'ashamed', 'satisfied', 'anxious', 'nervous', 'fearful', 'unconvinced',
];

/**
 * Adjectives of belief whose that-clause stays what is believed after "so" or "too": "was so sure that the bill
 * would pass". After the other adjectives of CUE_ADJECTIVES, feelings, "so … that" opens a clause of result:
 * "was so angry that he left the room" reports no view.
 */
export const DEGREE_BELIEF_ADJECTIVES: readonly string[] = [
  'sure', 'certain', 'convinced', 'confident', 'positive', 'aware', 'doubtful', 'hopeful', 'optimistic', 'pessimistic',
  'skeptical', 'sceptical', 'unconvinced', 'adamant', 'insistent',
];

/** Words of degree that make a that-clause after an adjective one of result: "so angry that …", "such … that …". */
export const RESULT_DEGREE_WORDS: readonly string[] = ['so', 'such', 'too'];

/**
 * Verbs that link a subject to an adjective as "to be" does: "remained confident that …", "grew wary of …".
 * Not "seem", "appear" or "sound": "seems confident that …" is the writer's impression, not a stance reported.
 */
export const LINKING_VERBS: readonly string[] = ['remain', 'become', 'grow', 'stay', 'feel', 'come'];

/**
 * Adjectives of belief that take a clause without "that" after "to be": "she was sure the bill would pass",
 * "we are convinced it will work".
 */
export const CLAUSE_CUE_ADJECTIVES: readonly string[] = ['sure', 'certain', 'convinced', 'confident', 'afraid', 'hopeful'];

/** Adjectives that report an intention with "to" and a verb, after "to be": "is determined to win", "were willing to wait". */
export const INTENTION_CUE_ADJECTIVES: readonly string[] = ['determined', 'willing', 'unwilling', 'eager', 'keen', 'reluctant', 'loath', 'resolved', 'intent'];

/**
 * Adjectives that report a stance on what follows their preposition, after "to be" or a verb like it:
 * "was critical of the plan", "is opposed to the merger", "remains coy about whether she will run". Each with
 * the prepositions it reports with ("critical to the plan" reports nothing).
 */
export const PREPOSITION_CUE_ADJECTIVES: Readonly<Record<string, readonly string[]>> = {
  critical: ['of'], supportive: ['of'], dismissive: ['of'], skeptical: ['of', 'about'], sceptical: ['of', 'about'],
  wary: ['of'], suspicious: ['of'], contemptuous: ['of'], scornful: ['of'], appreciative: ['of'], proud: ['of'],
  opposed: ['to'], concerned: ['about'], worried: ['about'], anxious: ['about'], nervous: ['about'],
  coy: ['about'], cagey: ['about'], passionate: ['about'], enthusiastic: ['about'], optimistic: ['about'],
  pessimistic: ['about'], confident: ['about', 'of'], hopeful: ['about', 'of'], doubtful: ['about', 'of'],
  adamant: ['about'], vocal: ['about'], outspoken: ['about', 'on'], candid: ['about'], upbeat: ['about'],
  bullish: ['on', 'about'], bearish: ['on', 'about'], silent: ['on', 'about'], unsure: ['about', 'of'],
  uncertain: ['about'], sure: ['of', 'about'], certain: ['of', 'about'], convinced: ['of'], angry: ['about'],
  upset: ['about'], furious: ['about'], unhappy: ['about', 'with'], disappointed: ['with', 'in'], vague: ['about', 'on'], evasive: ['about', 'on'],
  interested: ['in'], dedicated: ['to'], committed: ['to'], hostile: ['to', 'toward', 'towards'], sympathetic: ['to', 'toward', 'towards'],
  receptive: ['to'], resistant: ['to'], fond: ['of'], leery: ['of'], enamored: ['of', 'with'], obsessed: ['with'],
  happy: ['with', 'about'], pleased: ['with', 'about'], satisfied: ['with'], comfortable: ['with'], uncomfortable: ['with'],
  excited: ['about'], thrilled: ['with', 'about'], ambivalent: ['about'], cautious: ['about'], frustrated: ['with', 'about'],
  // A feeling caused by what "by" names: "was dismayed by the ruling".
  unsettled: ['by'], alarmed: ['by'], dismayed: ['by'], heartened: ['by'], offended: ['by'], angered: ['by'],
  outraged: ['by'], appalled: ['by'], incensed: ['by'], impressed: ['by', 'with'],
};

/**
 * Phrases headed by a preposition that report a stance after "to be", their last word taking the topic: "is
 * against the levy", "was never on board with the merger", "are up in arms over the fares". ("up against" is
 * facing, not opposing: the cue finder leaves "against" after "up".)
 */
export const PREPOSITION_STANCE_PHRASES: readonly string[] = [
  'against', 'in favor of', 'in favour of', 'on board with', 'in despair over', 'in despair about', 'up in arms over',
  'up in arms about',
];

/**
 * Heads of a topic after "against" that make the phrase a rule or a place, not a stance: "is against the law",
 * "was against the wall", "is against the clock".
 */
export const AGAINST_NON_TOPIC_HEADS: readonly string[] = ['law', 'laws', 'rules', 'rule', 'policy', 'regulations', 'wall', 'clock', 'grain', 'odds'];

/**
 * Of those adjectives, the ones that report a stance only on a deed, a gerund after the preposition: "is dedicated
 * to helping veterans", not "is dedicated to her late father" (a book or a building named for someone).
 */
export const GERUND_TOPIC_ADJECTIVES: readonly string[] = ['dedicated'];

/** Verbs of saying that report a commitment with "to" and a verb: "agreed to pay", "promised to lift". */
export const TO_INFINITIVE_VERBS: readonly string[] = ['agree', 'promise', 'pledge', 'vow', 'threaten', 'offer', 'refuse', 'urge', 'ask'];

/**
 * Verbs that report a request or advice with an object and "to": "urged supporters to vote", "asked them to
 * wait". The object is part of what is reported.
 */
export const OBJECT_TO_INFINITIVE_VERBS: readonly string[] = [
  'urge', 'ask', 'encourage', 'tell', 'warn', 'advise', 'implore', 'exhort', 'beg', 'beseech', 'entreat', 'remind',
  'counsel', 'caution',
];

/**
 * Verbs that name or judge their object something ("called the claims baseless", "considers the levy a
 * tax on work"): the object alone ("called the police", "considered the matter") reports nothing, so they
 * need a complement after it.
 */
export const NAMING_VERBS: readonly string[] = ['call', 'dub', 'label', 'brand', 'term', 'deem', 'judge', 'consider'];

/**
 * Nouns that take a plural verb without ending in "s": "most people support", "40 percent support", "police
 * say". A verb of saying after one of them is a verb even when read as a noun.
 */
export const PLURAL_SUBJECT_NOUNS: readonly string[] = [
  'people', 'percent', 'police', 'majority', 'minority', 'half', 'children', 'men', 'women', 'data', 'media',
];

/**
 * Verbs that report words only when a quotation is their content: "“…,” the letter reads", not "she read the
 * report"; "scolded him: “…”", not "scolded him for the delay"; verbs of the manner of speaking, "“Not now,” she
 * growled", not "the dog growled" or "the crowd gasped".
 */
export const QUOTE_ONLY_VERBS: readonly string[] = [
  'read', 'chide', 'scold', 'admonish', 'rebuke',
  'growl', 'thunder', 'hiss', 'bellow', 'snarl', 'sniff', 'huff', 'gasp', 'blurt', 'interject', 'stammer',
];

/**
 * Verbs of perceiving, which in the passive name what was perceived, not what the agent said: "the appeal
 * will be heard by five judges", "the move was seen by rivals as a retreat". Negated, they report no view:
 * "have never seen the council move so fast".
 */
export const PERCEPTION_VERBS: readonly string[] = ['see', 'hear', 'watch', 'notice'];

/**
 * Phrases that stand for words reported elsewhere, as the object of a verb of saying: "said as much", "has
 * said the same thing", "said the same of her rival".
 */
export const SAYING_PROFORMS: readonly string[] = ['as much', 'the same'];

/**
 * Verbs by which a writer or an outlet hands on someone's words: "quoted the minister as saying …",
 * "the minister was quoted as saying …". The words' speaker is the one quoted.
 */
export const QUOTING_VERBS: readonly string[] = ['quote', 'cite'];

/**
 * Verbs that give an estimate as an object and "at" a figure: "puts the cost at $2 million", "pegged the
 * crowd at 5,000".
 */
export const ESTIMATE_AT_VERBS: readonly string[] = ['put', 'peg'];

/** Words that may stand between "at" and the figure of an estimate: "at about $2 million", "at more than 300". */
export const FIGURE_APPROXIMATORS: readonly string[] = ['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'more', 'less', 'fewer', 'than', 'over', 'under', 'just', 'least'];

/** Verbs of putting a question whose fronted participle may name the asker after "by": "Asked by reporters whether …, she said …". */
export const FRONTED_QUESTION_VERBS: readonly string[] = ['ask', 'press', 'question'];

/**
 * Object verbs that report their object only when it states a figure: "projects savings of $410,000 a year",
 * "projected a 3 percent rise", not "is projecting confidence" or "projecting big profits".
 */
export const FIGURE_OBJECT_VERBS: readonly string[] = ['project'];

/**
 * Object verbs that report a stance only on a person, with what the person is held to account for after "for":
 * "grilled the chief for his role in the scheme", "thanked the union's leader for backing her", not "grilled the
 * fish", "grilled the salmon for his guests" or "thanked the crowd".
 */
export const GROUND_OBJECT_VERBS: readonly string[] = ['grill', 'thank'];

/**
 * Verbs whose participle after a noun, with "by" and an agent, reports the noun as the agent's stance or
 * proposal: "a view echoed by economists", "the reforms promoted by the mayor", "the rates desired by the
 * board". Verbs whose object is mostly a group, an event or a thing are left out: "a coalition backed by the
 * West", "a forum sponsored by a network", "a website maintained by the city", "a report published by the
 * agency".
 */
export const REDUCED_PASSIVE_CUE_VERBS: readonly string[] = [
  'echo', 'desire', 'promote', 'propose', 'recommend', 'advocate', 'favor', 'favour', 'demand', 'request',
  'impose', 'urge', 'tout', 'dispute', 'criticize', 'criticise', 'condemn',
];
