/**
 * Function words that open or join clauses: subordinators, question and relative words, words before a
 * clause's start, determiners and quantifiers, and the time words read around a cue. Each list serves one
 * reader and keeps that reader's members; where two lists look alike, their comments say how they differ.
 * The conjunctions shared by many readers are in cue-verbs.ts (SUBORDINATING_CONJUNCTIONS) and
 * speaker-words.ts (COORDINATING_CONJUNCTIONS, RELATIVE_PRONOUNS).
 */
import { RELATIVE_PRONOUNS } from './speaker-words.js';

// Subordinators: words that open an adverbial clause.

/**
 * Prepositions that open a clause rather than take an object, before a speaker phrase: "shortly after Trump
 * said …". SUBORDINATING_CONJUNCTIONS without "if", "when" and "whereas", with "until".
 */
export const SPEAKER_CLAUSE_OPENERS: readonly string[] = [
  'after', 'before', 'since', 'as', 'because', 'although', 'though', 'while', 'until', 'once', 'unless',
];

/**
 * Conjunctions that open a clause of time, reason or contrast after a verb's object, and so end it. "as",
 * "after", "before" and "since" are prepositions too often; OBJECT_TIME_SUBORDINATORS has them.
 */
export const OBJECT_CLAUSE_SUBORDINATORS: readonly string[] = ['when', 'while', 'because', 'although', 'though', 'whereas', 'until', 'unless'];

/** Words that open a clause of time after a verb's object, or a preposition: "as", "after", "before", "since". */
export const OBJECT_TIME_SUBORDINATORS: readonly string[] = ['as', 'after', 'before', 'since'];

/**
 * Subordinators that, like "and" and "but", carry the reported words on past an attribution between commas:
 * "he said, because …".
 */
export const CONTINUING_SUBORDINATORS: readonly string[] = ['because', 'since', 'until', 'unless', 'although', 'though'];

/** Phrases that stand for an adverb before a participle: ", in effect forcing the board to …", ", in turn prompting …". */
export const ADVERB_PHRASES: readonly string[] = ['in effect', 'in turn', 'in essence', 'in the process', 'at the same time', 'at once'];

/** Openers of a clause of concession after a comma: ", although …", ", even as …", ", despite the fact that …". */
export const CONCESSIVE_OPENERS: readonly string[] = ['although', 'though', 'even as', 'despite the fact'];

/** Measures of how far a reason explains, before "because": ", in large part because …", ", partly because …". */
export const REASON_QUALIFIERS: readonly string[] = ['in part', 'in large part', 'in great part', 'partly', 'largely', 'mainly', 'mostly', 'primarily', 'chiefly'];

/** Words after which a clause, and so its subject, begins: "where", "when", "as". */
export const SUBJECT_CLAUSE_OPENERS: readonly string[] = ['where', 'when', 'while', 'as', 'because', 'although', 'though', 'if', 'since'];

/**
 * Forms of an auxiliary that are finite only, never a bare verb after "to": after an infinitive, "and" or
 * "but" and one of these opens a second predicate of the subject ("wanted to stay, but was sent home"),
 * where "to stay and be heard" goes on with the infinitive.
 */
export const FINITE_AUXILIARIES: readonly string[] = [
  'is', 'are', 'was', 'were', 'has', 'had', 'does', 'did', 'would', 'will', 'could', 'can', 'should', 'might', 'may', 'must',
];

/**
 * Words that open a subordinate clause the attribution may end with: "… she said as the trial opened." Unlike
 * SUBJECT_CLAUSE_OPENERS it has "after", "before" and "until" and not "if".
 */
export const TRAILING_CLAUSE_SUBORDINATORS: readonly string[] = [
  'as', 'when', 'while', 'after', 'before', 'because', 'since', 'although', 'though', 'where', 'until',
];

/** Words that open a clause of time or cause after the cue of a free relative: "what he said when he left". */
export const TIME_OR_CAUSE_OPENERS: readonly string[] = ['when', 'while', 'after', 'before', 'as', 'because', 'since'];

/**
 * Conjunctions after which a past participle opens a clause without its subject: "when asked", "if pressed".
 * SUBJECTLESS_TIME_OPENERS is a narrower list of the same kind.
 */
export const PARTICIPLE_CLAUSE_CONJUNCTIONS: readonly string[] = ['when', 'whenever', 'if', 'once', 'unless', 'until', 'though', 'although', 'while'];

/**
 * Words opening a clause of time that may go without a subject: "when asked", "while looking". PARTICIPLE_CLAUSE_CONJUNCTIONS
 * without "if", "unless", "until", "though" and "although".
 */
export const SUBJECTLESS_TIME_OPENERS: readonly string[] = ['when', 'while', 'whenever', 'once'];

/** Prepositions of time that take a participle clause: "before asking her, “…”". */
export const PARTICIPLE_TIME_PREPOSITIONS: readonly string[] = ['before', 'after', 'while', 'when', 'since', 'upon'];

// Question words: words that open a reported question, or an embedded clause.

/**
 * Words that open a reported question: "asked whether …". ("when" and "where" more often open a clause of time
 * or place.)
 */
export const REPORTED_QUESTION_WORDS: readonly string[] = ['if', 'whether', 'how', 'what', 'why', 'who', 'which'];

/** Words that open a reported question after a preposition: "about whether …", "about how …". Not "if". */
export const PREPOSITION_QUESTION_WORDS: readonly string[] = ['whether', 'how', 'why', 'what', 'who', 'where', 'when'];

/** Words that open a reported question right after a cue: "did not say whether …". */
export const CUE_QUESTION_OPENERS: readonly string[] = ['whether', 'if', 'when', 'how', 'why', 'what', 'where', 'who'];

/**
 * Words before a speaker that make the whole an embedded question, not an attribution: "what the US thought".
 * Unlike REPORTED_QUESTION_WORDS it has "where" and "when", and not "who".
 */
export const EMBEDDING_WORDS: readonly string[] = ['what', 'how', 'why', 'whether', 'if', 'where', 'when', 'which'];

/**
 * Words that open a clause of their own inside a subject's modifier: the cue may then be that clause's verb
 * ("Trump accused the media of ignoring what Clinton said").
 */
export const MODIFIER_CLAUSE_OPENERS: readonly string[] = [
  'that', 'what', 'how', 'why', 'whether', 'if', 'which', 'who', 'whom', 'whose', 'when', 'where', 'because',
];

/**
 * Words between a subject and a gerund's preposition that open a clause of its own ("said that …"); "to" does
 * before a verb ("expects Holt to …").
 */
export const GERUND_CLAUSE_WORDS: readonly string[] = ['that', 'who', 'which', 'when', 'where', 'if', 'whether', 'because'];

/** Question, relative and time words that, after an attribution's comma, open no more reported words. */
export const QUESTION_OR_RELATIVE_OPENERS: readonly string[] = [
  'where', 'whose', 'whom', 'what', 'why', 'how', 'after', 'before', 'during', 'since', 'because', 'until',
];

/** Participles that open a list of what the words before name: "…, including the mayor". */
export const LIST_PARTICIPLES: readonly string[] = ['including', 'excluding'];

/** Words after an attribution's comma that start a comment on the speaking, not more content. */
export const NOT_CONTENT_OPENERS: readonly string[] = [
  'according', 'as', 'who', 'which', 'while', 'when', 'adding', 'referring', 'speaking', 'citing', 'noting',
];

// Relative words.

/** Relative words, which an adverb-tagged word before a cue can be: "the senator, whom …". */
export const RELATIVE_WORDS: readonly string[] = ['who', 'whose', 'which', 'whom'];

/** Relative words that may follow a subject's head: RELATIVE_PRONOUNS with "whom" and "whose". */
export const SUBJECT_RELATIVE_WORDS: readonly string[] = [...RELATIVE_PRONOUNS, 'whom', 'whose'];

/** Relative words that open a clause after a verb's object, and so end it: "which", "who", "whose", "where". */
export const OBJECT_RELATIVE_OPENERS: readonly string[] = ['which', 'who', 'whose', 'where'];

/** "…, according to Jane Roe, whose figures …": a relative clause after the phrase describes the speaker. */
export const SOURCE_RELATIVES: readonly string[] = ['who', 'whose', 'which'];

/** Relative words that open the writer's aside after a comma: ", which makes him …", ", where 18 votes are …". */
export const RELATIVE_ASIDE_OPENERS: readonly string[] = ['which', 'who', 'where'];

/**
 * Words after a comma and "not" that open the writer's correction of reported words, a clause of its own: "…, not that
 * he wants one named now", "…, not because the fee is too high". ("…, not just the old port" goes on with the words.)
 */
export const CORRECTION_OPENERS: readonly string[] = ['that', 'because'];

/** Words before a cue that stand for the subject of the predicate after it: "which, he said, is …". */
export const RELATIVE_SUBJECT_WORDS: readonly string[] = ['which', 'that', 'what', 'who'];

/** Words before a cue that stand for the object of a clause after it: "what he says the plan would do". */
export const RELATIVE_OBJECT_WORDS: readonly string[] = ['which', 'what', 'how'];

/** Determiners that open a free relative ("what several auditors called …"): never part of the noun phrase after them. */
export const FREE_RELATIVE_DETERMINERS: readonly string[] = ['what', 'whatever'];

/** Subjects of "is why" that point back to what was said: "That is why", "which is why". */
export const IS_WHY_SUBJECTS: readonly string[] = ['that', 'this', 'which', 'it'];

// Words that lead a clause.

/**
 * Words that may come before a subordinating conjunction at a clause's start: "But when …", "Even though …".
 */
export const SUBORDINATOR_LEADING_WORDS: readonly string[] = ['but', 'and', 'so', 'yet', 'even', 'only', 'just'];

/** Words that may open the sentence before "as": "But as critics note, …". */
export const AS_LEADING_WORDS: readonly string[] = ['but', 'and', 'yet', 'so', 'still', 'indeed'];

/** Words that, with the sentence connectives, may stand before a phrase of view: "But in his view, …". */
export const VIEW_LEADING_WORDS: readonly string[] = ['but', 'and', 'yet', 'still'];

// Quantifiers.

/**
 * Determiners that open an object naming nothing given: "gave no evidence", "promised little in the way of
 * reform". Such an object tells what was not said or done, not what was ("backed nothing that would raise fees" still
 * names what was backed, so "nothing" is not among them).
 */
export const ABSENCE_OBJECT_OPENERS: readonly string[] = ['no', 'little'];

/** Words opening a subject that says no one spoke: "Neither candidate mentioned …", "None of the officials said …". */
export const NEGATIVE_SUBJECT_WORDS: readonly string[] = ['neither', 'none', 'no', 'nobody', 'nothing', 'nor'];

/** Degree words and quantifiers that may stand in a clause's subject: "too much is made of …", "they both share". */
export const SUBJECT_QUANTIFIERS: readonly string[] = ['too', 'so', 'much', 'many', 'more', 'most', 'few', 'both', 'all', 'each', 'some', 'several'];

// Pronouns and words read around a cue verb that the tagger took for a noun.

/** Pronouns that stand as the subject of a third-person verb: "she notes", "which shows", "that demands". */
export const SINGULAR_SUBJECT_WORDS: readonly string[] = ['he', 'she', 'it', 'which', 'who', 'that'];

/** Subjects a plural verb follows: "they call", "we question". */
export const PLURAL_VERB_SUBJECTS: readonly string[] = ['they', 'we', 'you', 'i'];

/** Pronouns that open a clause as its subject after a verb: "show he took …". SUBJECT_PRONOUNS without "it" and "you". */
export const CLAUSE_SUBJECT_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'we', 'i'];

/** Words that open a clause or an object after a third-person verb: "notes how", "documents the", "demands they". */
export const VERB_OBJECT_OPENERS: readonly string[] = [
  'how', 'why', 'what', 'whether', 'when', 'where', 'he', 'she', 'they', 'we', 'i', 'the', 'a', 'an', 'his', 'their', 'its',
];

/** Prepositions of a topic after a plural verb the tagger read as a noun: "caution against", "complain about". */
export const PLURAL_VERB_TOPIC_PREPOSITIONS: readonly string[] = ['against', 'about'];

/** Words that open a plural verb's object or clause, never a noun's: "call them", "show that", "support the". */
export const PLURAL_VERB_OBJECT_OPENERS: readonly string[] = [
  'them', 'him', 'her', 'us', 'it', 'that', 'the', 'a', 'an', 'whether', 'some', 'their', 'these', 'those', 'how', 'why',
];

/** Forms of "to have" that make a following past participle perfect ("has detailed", "had outlined"). */
export const PERFECT_AUXILIARIES: readonly string[] = ['has', 'have', 'had', 'having', "'ve", '’ve'];

// Time words read around a cue.

/** Words that open a phrase of time before a speaker: "last month", "early this week", "on Monday". */
export const TIME_PHRASE_OPENERS: readonly string[] = [
  'last', 'next', 'this', 'that', 'early', 'late', 'earlier', 'later', 'on', 'every', 'each', 'same', 'previous',
];

/** Words of time besides the weekdays that may stand between the cue and its speaker: "said today Senator Jane Roe". */
export const CUE_TIME_ADVERBS: readonly string[] = ['today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'afterward', 'afterwards'];

/** Words that answer a question whole, as the object of a verb of saying: "said yes", "voted no". */
export const ANSWER_WORDS: readonly string[] = ['yes', 'no'];

/** Prepositions of place after a participle that describes a noun: "chemicals found in paint", "flaws seen on the scan". */
export const PLACE_PREPOSITIONS: readonly string[] = ['in', 'on', 'at', 'inside', 'among', 'within', 'across', 'near'];

/** Short words a Title Case headline leaves in lower case. */
export const HEADLINE_SMALL_WORDS: readonly string[] = [
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'vs.',
];

/**
 * Adverbs of manner without "-ly" that may stand inside a phrasal verb: "was leaning hard toward a plan",
 * "pushed hard for a vote".
 */
export const MANNER_ADVERBS: readonly string[] = ['hard'];
