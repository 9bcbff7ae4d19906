/**
 * Nouns that report what their owner said, believed or meant to do, by the complement they take. (Nouns
 * with a that-clause are `CUE_NOUNS` in cue-verbs.ts.)
 */
import type { CueVerbType } from './cue-verbs.js';

/**
 * Nouns whose owner reports an intention or a commitment with "to" and a verb: "her decision to run". Nouns
 * of trying ("effort", "attempt", "bid", "push") are left out: "their effort to reopen the mine" reports what
 * the owner does, not what the owner said or meant, as "tried to" is no cue either.
 */
export const INFINITIVE_CUE_NOUNS: Readonly<Record<CueVerbType, readonly string[]>> = {
  speech: ['promise', 'promises', 'pledge', 'vow', 'threat', 'call', 'calls', 'refusal', 'offer', 'demand'],
  writing: [],
  belief: [],
  evidence: [],
  intention: [
    'decision', 'determination', 'eagerness', 'plan', 'plans', 'intention', 'proposal', 'commitment', 'desire',
    'willingness', 'reluctance', 'readiness', 'resolve', 'goal', 'aim', 'wish',
  ],
};

/**
 * Nouns whose owner reports a stance on a topic named after a preposition: "his theory of …", "her
 * remarks on …", "their disdain for …". ("support" is left out: "the voters’ support for the mayor" is
 * backing counted in votes or money as often as a stance anyone stated.)
 */
export const TOPIC_CUE_NOUNS: Readonly<Record<CueVerbType, readonly string[]>> = {
  speech: [
    'comment', 'comments', 'remark', 'remarks', 'criticism', 'criticisms', 'praise', 'message', 'statement',
    'warning', 'warnings', 'claim', 'claims', 'denunciation', 'condemnation', 'defense', 'defence', 'attack', 'attacks',
    'rhetoric', 'call', 'calls', 'demand', 'demands', 'announcement', 'announcements',
  ],
  writing: ['missive', 'tweet', 'tweets', 'column', 'op-ed'],
  belief: [
    'theory', 'view', 'views', 'idea', 'ideas', 'obsession', 'adulation', 'admiration', 'disdain', 'contempt',
    'opposition', 'skepticism', 'scepticism', 'distrust', 'mistrust', 'suspicion', 'fear', 'fears', 'concern', 'concerns',
    'abandonment', 'embrace', 'hostility', 'affinity', 'enthusiasm',
  ],
  evidence: ['estimate', 'estimates', 'analysis', 'assessment', 'forecast', 'forecasts', 'projection', 'projections'],
  intention: ['plan', 'plans', 'proposal', 'proposals'],
};

/**
 * Nouns of a stance or an offer that, as the object of a verb, carry the report on to what follows them:
 * "expressed concern about the levy", "voiced outrage over the vote", "offered insights into the deal",
 * "unveiled a proposal for a new port", "made a firm condemnation of the raid". What is reported is the phrase
 * after the preposition (or the clause).
 */
export const STANCE_OBJECT_NOUNS: readonly string[] = [
  'concern', 'concerns', 'outrage', 'fear', 'fears', 'doubt', 'doubts', 'insight', 'insights', 'alarm', 'anger',
  'frustration', 'worry', 'worries', 'skepticism', 'scepticism', 'dismay', 'support', 'opposition', 'proposal', 'sympathy',
  'misgivings', 'reservations', 'qualms', 'condemnation', 'plea',
];

/**
 * Nouns of an agreement whose parties commit to what "to" and a verb after it say, when a verb of
 * concluding (`AGREEMENT_VERBS`) has it as object: "the two cities have signed a pact to share a port".
 */
export const AGREEMENT_NOUNS: readonly string[] = ['agreement', 'accord', 'pact'];

/**
 * Verbs whose subject concludes such an agreement and so is a party to it. Not "broker" or "mediate": the
 * one who brokers a deal is no party to it; not "propose" or "back": the agreement is not made yet.
 */
export const AGREEMENT_VERBS: readonly string[] = ['sign', 'reach', 'strike', 'extract', 'seal', 'conclude', 'forge', 'negotiate', 'clinch'];

/**
 * Nouns for one who holds a stance, which report it with "of" after "to be": "is a firm opponent of the
 * levy", "has long been an outspoken supporter of the alliance". What follows "of" is what the stance is on.
 */
export const STANCE_HOLDER_NOUNS: readonly string[] = [
  'supporter', 'supporters', 'opponent', 'opponents', 'defender', 'defenders', 'advocate', 'advocates', 'proponent',
  'proponents', 'champion', 'champions', 'critic', 'critics', 'backer', 'backers', 'admirer', 'admirers', 'foe', 'foes',
];

/**
 * Nouns of a stance that "have" reports with the topic after a preposition: "has serious reservations about the
 * deal", "had no illusions about the risk", "has questions about the audit". Not "interest" ("has an interest
 * in the firm" is a stake) nor "views" ("has views of the river").
 */
export const HELD_STANCE_NOUNS: readonly string[] = [
  'concern', 'concerns', 'reservations', 'questions', 'doubts', 'misgivings', 'qualms', 'illusions', 'worries',
  'fears', 'reservation',
];

/** Prepositions after such a noun that name the topic: "reservations about …", "doubts over …". */
export const HELD_STANCE_PREPOSITIONS: readonly string[] = ['about', 'over', 'regarding', 'concerning'];

/** Prepositions after a stance noun that open what the stance is about: "concern about …", "outrage over …". */
export const STANCE_NOUN_PREPOSITIONS: readonly string[] = ['about', 'over', 'into', 'for', 'on', 'at', 'with', 'regarding', 'toward', 'towards', 'of'];

/** Prepositions that name the topic after such a noun. */
export const TOPIC_NOUN_PREPOSITIONS: readonly string[] = ['of', 'about', 'on', 'for', 'with', 'toward', 'towards'];

/**
 * Of those, the ones that name a topic after a noun of belief only: "her obsession with …", not "her
 * remarks with reporters" or "his plans with those of …".
 */
export const BELIEF_TOPIC_PREPOSITIONS: readonly string[] = ['with'];

/**
 * Nouns that take a clause with "that" as their content, when they are a verb's object: "found no proof
 * that …", "shares the belief that …" (the cue nouns of cue-verbs.ts count too).
 */
export const COMPLEMENT_NOUNS: readonly string[] = [
  'proof', 'evidence', 'sign', 'signs', 'indication', 'idea', 'fact', 'danger', 'risk', 'possibility', 'impression',
  'sense', 'representation', 'assurance', 'assurances', 'guarantee', 'feeling', 'perception', 'case',
];

/** Nouns for a piece of wording that a colon and a quotation may follow: "a new message: “…”". */
export const WORDING_NOUNS: readonly string[] = [
  'message', 'answer', 'headline', 'slogan', 'reply', 'response', 'motto', 'caption', 'retort', 'verdict',
];

/** Nouns for a set piece of wording that a quotation names right after them: "used the phrase “…”". */
export const TERM_NOUNS: readonly string[] = ['phrase', 'term', 'word', 'words', 'expression', 'label', 'epithet', 'nickname'];

/** Verbs whose subject speaks the term after them: "has used the phrase “…”", "coined the term “…”". */
export const TERM_USE_VERBS: readonly string[] = ['use', 'coin', 'utter', 'invoke', 'repeat'];

/** Verbs of saying or writing whose subject speaks the term set off after them: "added the words, “…”", "wrote the words: “…”". */
export const TERM_SAYING_VERBS: readonly string[] = ['add', 'say', 'speak', 'write', 'shout', 'sing', 'whisper'];

/**
 * Nouns of a response whose owner says what an infinitive of saying after "to be" reports: "his answer
 * was to say …", "her first reaction was to tell reporters …".
 */
export const RESPONSE_NOUNS: readonly string[] = ['response', 'answer', 'reply', 'reaction', 'retort', 'instinct'];

/** Verbs whose subject receives the wording rather than gives it: "got a message: “…”". */
export const WORDING_RECEIVERS: readonly string[] = ['get', 'receive', 'hear', 'read', 'see', 'find', 'ignore', 'reject', 'mock'];

/**
 * Nouns of a phrase that frames its sentence as someone's view or word, by the preposition before them:
 * "In her view, …", "By his own admission, …", "In the eyes of many voters, …".
 */
export const FRAMING_NOUNS: Readonly<Record<string, Readonly<Partial<Record<CueVerbType, readonly string[]>>>>> = {
  in: { belief: ['view', 'opinion', 'estimation', 'eyes', 'mind', 'judgment', 'judgement'], speech: ['words', 'telling'] },
  by: { speech: ['admission', 'account'] },
};

/** Nouns for a poll or study that a phrase opening its sentence names as the source: "In the latest poll, …". */
export const FRAMING_EVIDENCE_NOUNS: readonly string[] = ['poll', 'polls', 'survey', 'surveys', 'study'];

/**
 * Nouns for a poll, a study or an estimate that a phrase closing its sentence names as the source, by the
 * preposition before them: "Roe leads by four points in the latest poll.", "…, by one estimate."
 */
export const CLOSING_EVIDENCE_NOUNS: Readonly<Record<string, readonly string[]>> = {
  in: ['poll', 'polls', 'survey', 'surveys', 'study'],
  by: ['estimate', 'estimates', 'count', 'tally', 'calculation', 'calculations'],
};

/**
 * Nouns for a body that speaks as one, which may stand right before a noun of saying as its owner without
 * "’s": "media reports that …", "a police statement that …", "the government decision to …".
 */
export const COLLECTIVE_OWNER_NOUNS: readonly string[] = [
  'media', 'press', 'police', 'government', 'administration', 'campaign', 'military', 'army', 'intelligence', 'industry',
];

/** Nouns for sayings of which a quotation after "like" or "such as" is one: "says things like “…”". */
export const SAYING_EXAMPLE_NOUNS: readonly string[] = ['things', 'stuff'];
