/** Words that shape the phrases around a cue. */

/** Prepositions that may join two parts of one noun phrase: "a spokesman for the ministry". */
export const NOUN_PHRASE_LINKS: readonly string[] = ['of', 'for', 'at', 'from', 'in', '&'];

/** Capitalised words that open a sentence without being part of the speaker's name. */
export const NOT_NAME_WORDS: readonly string[] = [
  'yesterday', 'today', 'tonight', 'tomorrow', 'meanwhile', 'earlier', 'later', 'now', 'then', 'instead',
  'separately', 'elsewhere', 'still', 'yet', 'but', 'and', 'so', 'however', 'also', 'additionally',
  'reportedly', 'previously', 'finally', 'last', 'next', 'this', 'that', 'these', 'those',
  'after', 'before', 'when', 'while', 'although', 'though', 'if', 'because', 'since', 'having', 'once', 'unless',
  'as', 'whereas', 'despite',
];

/** Adverbs that make a count approximate and belong to it: "nearly half", "about 40 percent", "almost all". */
export const APPROXIMATORS: readonly string[] = ['nearly', 'almost', 'about', 'roughly', 'around', 'approximately'];

/** Adverbs that strengthen a comparative count and belong to it: "far fewer papers", "far more voters". */
export const COUNT_INTENSIFIERS: readonly string[] = ['far'];

/** Comparative counts such an adverb strengthens. */
export const COMPARATIVE_COUNTS: readonly string[] = ['fewer', 'more', 'less'];

/** Negations that turn a cue into a report of not saying. */
export const NEGATIONS: readonly string[] = ['not', "n't", 'n\u2019t', 'never', 'no', 'neither', 'nor'];

/** Words that open a clause-final adjunct, not the reported content: "said in a statement". */
export const ADJUNCT_PREPOSITIONS: readonly string[] = [
  'in', 'on', 'at', 'during', 'to', 'with', 'after', 'before', 'from', 'via', 'over', 'through', 'under',
  'by', 'while', 'when', 'as', 'late', 'early', 'earlier', 'later', 'last', 'this', 'on', 'today', 'yesterday',
  'privately', 'publicly', 'repeatedly', 'again', 'also', 'recently', 'previously', 'separately',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tonight', 'earlier',
];

/** Heads of descriptions that stand for the last speaker: "the speaker continued". */
export const LAST_SPEAKER_NOUNS: readonly string[] = ['speaker'];

/** Verbs of a record coming to light, whose subject a participle after them describes: "a video emerged showing …". */
export const EMERGING_VERBS: readonly string[] = ['surface', 'emerge', 'circulate'];

/** Adverbs that sharpen a reported question: "shows just how …", "revealed exactly what …". */
export const QUESTION_FOCUS_ADVERBS: readonly string[] = ['just', 'exactly', 'precisely'];

/** Nouns of manner that, after "the same" or "this", say how one answered: "responded the same way: …". */
export const MANNER_NOUNS: readonly string[] = ['way', 'manner', 'fashion'];

/** Words before a noun of manner that point to a manner told elsewhere: "the same way", "this way". */
export const MANNER_POINTERS: readonly string[] = ['same', 'this', 'similar'];

/** Nouns for sources that are evidence rather than speakers: "according to polls", "the data show". */
export const EVIDENCE_NOUNS: readonly string[] = [
  'poll', 'polls', 'polling', 'survey', 'surveys', 'data', 'report', 'reports', 'study', 'studies', 'figures',
  'records', 'documents', 'estimates', 'analysis', 'research', 'statistics', 'filing', 'filings', 'census',
  'results', 'numbers', 'review', 'audit', 'investigation', 'findings', 'tally', 'count', 'forecast', 'forecasts',
  'projections', 'models', 'evidence', 'tests', 'records', 'transcript', 'documents', 'paper', 'papers',
  'video', 'videos', 'footage', 'tape', 'tapes', 'recording', 'recordings', 'photos', 'images',
];

/** What a court or panel gives when it rules, standing for it as a speaker: "the judgment says". */
export const RULING_NOUNS: readonly string[] = ['judgment', 'judgement', 'ruling', 'verdict'];

/** Verbs of giving a ruling, by lemma: "the court ruled that …". */
export const RULING_VERBS: readonly string[] = ['rule'];

/** Prepositions that name who made a piece of evidence: "a report by the ministry", "data from the census bureau". */
export const AUTHOR_PREPOSITIONS: readonly string[] = ['by', 'from'];

/** Labels that open a paragraph with a colon without naming a speaker: "Note:", "UPDATE:". */
export const NOT_SPEAKER_LABELS: readonly string[] = [
  'note', 'update', 'updated', 'correction', 'clarification', 'related', 'source', 'sources', 'photo', 'video',
  'watch', 'listen', 'read', 'warning', 'editor', 'disclosure', 'background', 'context', 'summary', 'abstract',
  'q', 'a', 'question', 'answer', 'analysis', 'opinion', 'breaking', 'exclusive', 'live', 'latest',
];

/** Heads of phrases of time, which stand before a verb without being its subject: "Wells Fargo last month said". */
export const TIME_HEADS: readonly string[] = [
  'today', 'yesterday', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'day', 'week', 'weekend',
  'month', 'year', 'decade', 'spring', 'summer', 'autumn', 'fall', 'winter', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'earlier', 'later', 'time',
];

/** Words that head a phrase of part and whole: "one of the attorneys", "some of the senators". */
export const PART_HEADS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'some', 'many', 'most', 'several', 'few', 'each', 'all', 'none', 'both', 'any', 'half',
];

/** Relative pronouns that open a clause about the phrase before them: "the judge who said", "a study that found". */
export const RELATIVE_PRONOUNS: readonly string[] = ['who', 'which', 'that'];

/** Relative pronouns that, right after a noun, open a clause describing it ("that" opens reported words as often). */
export const NOUN_RELATIVE_PRONOUNS: readonly string[] = ['who', 'whom', 'which'];

/**
 * Words that stand for the whole of what was said when the speaker and cue follow them: "everything the
 * mayor says is spin", "nothing she said was new". ("what" is read only after "to be": "that is what he said".)
 */
export const FREE_RELATIVE_OBJECTS: readonly string[] = ['everything', 'anything', 'nothing', 'whatever'];

/**
 * Plural nouns of messages and records that "one" or "another" may stand for before a participle of saying:
 * "a batch of emails that contained one asking …", "dozens of letters, one urging …".
 */
export const MESSAGE_PLURALS: readonly string[] = [
  'posts', 'postings', 'tweets', 'messages', 'letters', 'emails', 'texts', 'memos', 'notes', 'statements', 'comments',
  'ads', 'advertisements', 'videos', 'signs', 'banners', 'placards', 'petitions', 'reports', 'studies', 'polls', 'surveys',
];

/**
 * Nouns naming where or how words were given: "called for more funding in a statement", "attacked her in
 * early-morning tweets". A phrase with one of them closes a reported object rather than belonging to it.
 */
export const SAYING_SETTINGS: readonly string[] = [
  'statement', 'statements', 'interview', 'interviews', 'tweet', 'tweets', 'post', 'posts', 'speech', 'speeches',
  'letter', 'letters', 'rally', 'debate', 'hearing', 'conference', 'briefing', 'op-ed', 'appearance', 'video',
  'email', 'emails', 'memo', 'broadcast', 'podcast', 'testimony', 'remarks', 'address', 'hall', 'event',
  'stop', 'talks', 'summit', 'filing', 'call', 'session', 'meeting', 'show', 'program', 'programme', 'column',
  'editorial', 'essay', 'message', 'messages', 'announcement', 'release', 'forum', 'convention', 'ruling', 'diatribe',
  'tirade', 'rant', 'report',
  'twitter', 'facebook', 'instagram', 'television', 'radio',
];

/** Prepositions that open a phrase of setting or time after a reported object: "in a statement", "on Friday". */
export const SETTING_PREPOSITIONS: readonly string[] = ['in', 'at', 'during', 'on', 'via', 'through', 'over', 'while'];

/**
 * Adjectives and participles that follow the noun they describe, with a preposition: "people close to the
 * talks", "sources familiar with the matter", "officials involved in the case".
 */
export const POSTMODIFIERS: readonly string[] = [
  'close', 'familiar', 'loyal', 'opposed', 'allied', 'sympathetic', 'critical', 'friendly', 'aligned',
  'connected', 'related', 'involved', 'knowledgeable', 'briefed', 'near', 'linked', 'tied', 'affiliated',
];

/** Pronouns that open a clause inside a subject with no relative pronoun: "the farmers we met said". */
export const CONTACT_CLAUSE_SUBJECTS: readonly string[] = ['i', 'we', 'he', 'she', 'they', 'you'];

/**
 * Connectives that open a sentence before a comma and link it to the one before: the writer's, not part of
 * words reported after them ("However, the plan will fail, she said.").
 */
export const SENTENCE_CONNECTIVES: readonly string[] = [
  'however', 'meanwhile', 'still', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'instead', 'indeed',
  'additionally', 'besides', 'likewise', 'similarly', 'also', 'in addition', 'in fact', 'of course', 'in short',
  'on the other hand', 'by contrast', 'in contrast', 'at the same time', 'after all', 'as it stands', 'for instance',
  'for example', 'in other words', 'as a result', 'in the end', 'to be sure', 'in any case',
];

/** Words that, after a comma and before a participle, share the act out among the subject: "…, each saying …". */
export const DISTRIBUTIVE_WORDS: readonly string[] = ['each', 'both'];

/** Adverbs set off by commas between a subject and its verb: "Many economists, however, say …". */
export const PARENTHETICAL_ADVERBS: readonly string[] = [
  'however', 'too', 'meanwhile', 'though', 'instead', 'nonetheless', 'nevertheless', 'moreover', 'separately',
  'also', 'likewise', 'similarly', 'meantime', 'therefore', 'indeed', 'still', 'again',
];

/** Adverbs of place after a subject, which the tagger may read as pronouns: "Officials there said", "residents here say". */
export const PLACE_ADVERBS: readonly string[] = ['there', 'here'];

/**
 * Written messages whose stance a participle after them states: "a letter to the council opposing the levy",
 * "a memo to staff supporting the merger". A rally or a hearing "supporting" something tells no one's view.
 */
export const WRITTEN_MESSAGE_NOUNS: readonly string[] = ['letter', 'letters', 'memo', 'memos', 'email', 'emails', 'petition'];

/**
 * Verbs whose subject gives the words of a letter or statement it takes as object: "sent a letter to the board
 * urging …", "signed a petition calling for …" ("received a letter urging …" is someone else's).
 */
export const SENDING_VERBS: readonly string[] = [
  'send', 'write', 'sign', 'issue', 'release', 'file', 'submit', 'post', 'publish', 'pen', 'draft', 'mail', 'circulate', 'deliver',
];

/** Prepositions before a gerund whose doer is the main clause's subject: "began by saying", "was criticized for saying". */
export const GERUND_PREPOSITIONS: readonly string[] = ['by', 'for'];

/**
 * Prepositions whose object may carry a participle of its own: "despite early backers of the bill, such as
 * Jane Roe, now saying …", "with rivals, among them Ana Ruiz, calling for …".
 */
export const ABSOLUTE_PREPOSITIONS: readonly string[] = ['with', 'despite'];

/**
 * Of those, the ones whose gerund belongs to the object when one stands before them: "thanked the mayor for
 * backing …" (the mayor backed it), but "was criticized for saying …" and "ended the speech by saying …".
 */
export const OBJECT_GERUND_PREPOSITIONS: readonly string[] = ['for'];

/**
 * Nouns of a reaction that the subject drew, after which "for" and a gerund stay the subject's: "drew criticism
 * for saying …", "came under fire for claiming …", "won praise for noting …". Not "credit" or "blame", which the
 * subject may give ("gave her credit for saying …").
 */
export const DRAWN_REACTION_NOUNS: readonly string[] = [
  'criticism', 'fire', 'backlash', 'flak', 'heat', 'ridicule', 'scorn', 'praise', 'condemnation', 'outrage', 'rebuke',
  'rebukes', 'derision', 'mockery', 'complaints', 'applause', 'plaudits',
];

/** Conjunctions that, after a comma, open a clause of the writer's own rather than more of a reported object. */
export const OBJECT_CLAUSE_OPENERS: readonly string[] = ['though', 'although', 'because', 'while', 'whereas', 'as', 'even', 'but', 'with', 'despite'];

/** Words that open a phrase of time after a reported object: "published the video [this week]". */
export const PERIOD_OPENERS: readonly string[] = ['last', 'this', 'earlier', 'later', 'next'];

/** Nouns of such a phrase of time. */
export const PERIOD_NOUNS: readonly string[] = ['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night'];

/** Plural nouns of time that, after "in the", count from an event: "in the days since …", "in the weeks before …". */
export const SPAN_NOUNS: readonly string[] = ['hours', 'days', 'weeks', 'months', 'years'];

/** Words after such a noun that name the event it counts from: "since", "before", "leading up to". */
export const SPAN_LINKS: readonly string[] = ['since', 'before', 'after', 'leading', 'following', 'ahead'];

/**
 * Words after a dash that carry the reported words on rather than open the writer's aside: "the problems he
 * has — and why he thinks …", "so many things — from taxes to trade", "three towns — including ours".
 */
export const DASH_CONTINUATIONS: readonly string[] = ['and', 'or', 'from', 'including'];

/** Conjunctions that join a second predicate or clause: "… and warned that …", "…, but stopped short of …". */
export const COORDINATING_CONJUNCTIONS: readonly string[] = ['and', 'but'];

/** Conjunctions that join speakers into one subject: "Jane Roe and Tom Lee", "Smith & Wesson". */
export const SUBJECT_JOINERS: readonly string[] = ['and', '&'];

/**
 * Words after which a clause, and so a subject joined by "and", may begin, besides the subordinating
 * conjunctions: "officials noted that Ms. Roe and Mr. Lee said …", "in Leeds, where the mayor and …".
 */
export const SUBJECT_CLAUSE_WORDS: readonly string[] = ['that', 'where', 'until', 'so'];

/** Conjunctions that, after a comma, may join a second predicate to a subject: "demands answers, yet refuses …". */
export const PREDICATE_CONJUNCTIONS: readonly string[] = ['and', 'but', 'yet'];

/** Conjunctions of contrast, which may open a second attribution inside reported words: "…, though she noted …". */
export const CONTRASTING_CONJUNCTIONS: readonly string[] = ['though', 'although', 'while', 'whereas'];

/**
 * Stages of life that "as a …" names as a time, not as a view of the object: "she saw the film as a child",
 * "he read the book as a student".
 */
export const LIFE_STAGES: readonly string[] = [
  'child', 'children', 'kid', 'kids', 'boy', 'girl', 'teenager', 'teenagers', 'teen', 'youth', 'student',
  'students', 'baby', 'toddler', 'youngster', 'adult', 'adults',
];

/** Words opening a description of someone other than the one named before: "another source", "other officials". */
export const OTHER_REFERENT_WORDS: readonly string[] = ['another', 'other', 'others', 'different', 'separate'];

/**
 * Writings and occasions in which a finding is reported, besides the evidence nouns: "found in an
 * interview", "revealed in a memo".
 */
export const REPORTING_DOCUMENT_NOUNS: readonly string[] = [
  'interview', 'interviews', 'statement', 'statements', 'letter', 'letters', 'speech', 'memo', 'email', 'emails',
  'book', 'article', 'column', 'post', 'tweet', 'tweets', 'testimony', 'hearing', 'briefing', 'assessment',
  'commentary', 'editorial',
];

/**
 * Heads of things that cannot speak, find or show, for a "which" standing for them: illnesses, storms and
 * mishaps, and places one stands in ("after a stroke, which proved …" has no speaker; the verb tells
 * the writer's reading of an event).
 */
export const MUTE_RELATIVE_HEADS: readonly string[] = [
  'cancer', 'disease', 'illness', 'stroke', 'tumor', 'tumour', 'infection', 'flu', 'pneumonia', 'virus', 'fever',
  'storm', 'hurricane', 'earthquake', 'flood', 'flooding', 'drought', 'wildfire', 'fire', 'blaze', 'crash',
  'accident', 'explosion', 'blast', 'collapse', 'heatwave',
  'river', 'lake', 'mountain', 'valley', 'street', 'road', 'highway', 'bridge', 'park', 'square', 'room', 'hallway',
];

/**
 * Prepositions opening a phrase of circumstance between a verb of deciding and its infinitive: "decided after a
 * long review to …", "voted along party lines to …".
 */
export const INFINITIVE_GAP_PREPOSITIONS: readonly string[] = ['after', 'following', 'despite', 'along', 'without'];

/** Nouns of polities, which hold and state views as bodies do: "nations that oppose the treaty", "states that want to join". */
export const POLITY_NOUNS: readonly string[] = ['nation', 'country', 'state', 'city', 'county', 'town', 'province', 'region', 'municipality'];

/**
 * Nouns that, after "a" or "an", name anyone at all rather than someone in the story: "an individual's choice
 * to …", "a person's right to …". As owners of a cue noun they hold no view.
 */
export const GENERIC_PERSON_NOUNS: readonly string[] = [
  'individual', 'person', 'citizen', 'taxpayer', 'voter', 'consumer', 'employee', 'worker', 'patient', 'customer', 'resident',
];

/** Pronouns that name anyone at all: "someone's claim that …", "one's wish to …". */
export const GENERIC_PERSON_PRONOUNS: readonly string[] = ['someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'one'];
