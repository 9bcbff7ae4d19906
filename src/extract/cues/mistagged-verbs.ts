/**
 * Verbs of saying that wink tags as nouns or adjectives ("The Post reports that …", "Japan branded the regime …",
 * ", warning that …", "has also detailed the price …"), known by the words around them.
 */
import type { Token } from '../document/types.js';
import { BE_FORMS, FRAMING_VERBS, IRREGULAR_PAST_FORMS } from '../../vocabulary/cue-verbs.js';
import { isPluralNounForm, singular } from '../util/plural.js';
import { YEAR_NUMBER, YEAR_PREPOSITIONS } from '../../vocabulary/dates.js';
import { PARENTHETICAL_ADVERBS, PREDICATE_CONJUNCTIONS } from '../../vocabulary/speaker-words.js';
import { VERB_TYPES } from './verb-types.js';
import { OBJECT_PRONOUNS, POSSESSIVE_PRONOUNS } from '../../vocabulary/pronouns.js';
import { STATE_CAUSING_VERBS } from '../../vocabulary/construction-verbs.js';
import { standsForMessage } from '../util/message-one.js';
import { CLAUSE_SUBJECT_PRONOUNS, PERFECT_AUXILIARIES, PLURAL_VERB_OBJECT_OPENERS, PLURAL_VERB_TOPIC_PREPOSITIONS, PLURAL_VERB_SUBJECTS, RELATIVE_OBJECT_WORDS, SINGULAR_SUBJECT_WORDS, VERB_OBJECT_OPENERS } from '../../vocabulary/function-words.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** An article. */
const ARTICLE = /^(?:the|a|an)$/;
/** A capital and a lower-case letter first. */
const CAPITALISED_START = /^\p{Lu}\p{Ll}/u;
/** An "s" last. */
const S_END = /s$/;
/** The tags ADP, PUNCT. */
const TAGS_ADP_PUNCT = /^(?:ADP|PUNCT)$/;
/** The tags ADP, SCONJ, ADV. */
const TAGS_ADP_SCONJ_ADV = /^(?:ADP|SCONJ|ADV)$/;
/** The tags AUX, VERB. */
const TAGS_AUX_VERB = /^(?:AUX|VERB)$/;
/** The tags DET, ADJ, NOUN. */
const TAGS_DET_ADJ_NOUN = /^(?:DET|ADJ|NOUN)$/;
/** The tags DET, ADJ, NOUN, PROPN, NUM. */
const TAGS_DET_ADJ_NOUN_PROPN_NUM = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;
/** The tags DET, ADJ, NOUN, PROPN, NUM, PART. */
const TAGS_DET_ADJ_NOUN_PROPN_NUM_PART = /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/;
/** The tags DET, ADJ, NOUN, PROPN, PRON, NUM. */
const TAGS_DET_ADJ_NOUN_PROPN_PRON_NUM = /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/;
/** The tags DET, PRON, NUM, NOUN, PROPN. */
const TAGS_DET_PRON_NUM_NOUN_PROPN = /^(?:DET|PRON|NUM|NOUN|PROPN)$/;
/** The tags DET, PRON, PROPN. */
const TAGS_DET_PRON_PROPN = /^(?:DET|PRON|PROPN)$/;
/** The tags DET, PROPN, PRON. */
const TAGS_DET_PROPN_PRON = /^(?:DET|PROPN|PRON)$/;
/** The tags NOUN, PROPN, NUM. */
const TAGS_NOUN_PROPN_NUM = /^(?:NOUN|PROPN|NUM)$/;
/** The tags PROPN, NOUN. */
const TAGS_PROPN_NOUN = /^(?:PROPN|NOUN)$/;
/** The tags PROPN, PRON, NOUN. */
const TAGS_PROPN_PRON_NOUN = /^(?:PROPN|PRON|NOUN)$/;
/** The tags VERB, AUX. */
const TAGS_VERB_AUX = /^(?:VERB|AUX)$/;

const FRAMING = new Set(FRAMING_VERBS);
const BE = new Set(BE_FORMS);
const PARENTHETICAL = new Set(PARENTHETICAL_ADVERBS);
const SECOND_PREDICATE_JOINERS = new Set(PREDICATE_CONJUNCTIONS);

/**
 * "The Post reports that …", "Trump claims that …": a third-person verb that wink read as a plural noun,
 * known by its subject before it and "that" after it.
 */
export function isVerbTaggedNoun(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (token.pos !== 'NOUN' || before === undefined) return false;
  if (!token.lower.endsWith('s')) return isPluralVerbTaggedNoun(tokens, index);
  // "Census figures show the town grew": the plural noun is the subject of the verb after it.
  if (tokens[index + 1] !== undefined && isPluralVerbTaggedNoun(tokens, index + 1)) return false;
  const toVerb = after?.lower === 'to' && tokens[index + 2]?.pos === 'VERB';
  // "…, and plans to …", "…, but wants to …": after a comma and a conjunction, the subject's second verb.
  // ("…, and plans to build two schools were shelved": a verb after the infinitive's object makes "plans" its subject.)
  const secondPredicate = toVerb && SECOND_PREDICATE_JOINERS.has(before.lower) && tokens[index - 2]?.text === ',';
  if (secondPredicate) return !verbAfterObject(tokens, index + 3) && VERB_TYPES.has(singular(token.lower));
  // "The mayor’s deputy, Ana Ruiz, plans to …", "The institute, a research group, estimates the plan …": after a
  // phrase set off by commas, "to", "that" or the article of a clause's subject.
  if ((toVerb || after?.lower === 'that' || after?.pos === 'DET') && closesAppositive(tokens, index - 1)) return VERB_TYPES.has(singular(token.lower));
  // "…, the Harbour Gazette reports.": a name, the verb, the sentence's end.
  const closing = (after === undefined || after.text === '.') && before.pos === 'PROPN';
  // "Hale notes they were …", "…, which documents how …": after a name or a subject pronoun, what opens a clause or an object.
  // "Hale also notes how …": an adverb may stand between the subject and the verb.
  const subject = before.pos === 'ADV' || before.lower === 'both' ? index - 2 : index - 1;
  const opensClause = after !== undefined && CLAUSE_OPENERS.has(after.lower) && (isSubject(tokens, subject) || afterDeterminedNoun(tokens, subject + 1));
  // "The leaflet then references police records", "Hale demands a recount": a name, a determined noun or a subject pronoun,
  // then an object; a name with a verb after it ("The US claims Russia may …") reads as a headline's noun phrase too often.
  const nameClause = after?.pos === 'PROPN' && TAGS_AUX_VERB.test(tokens[index + 2]?.pos ?? '');
  // "The film references three studies": a number opens the object too, after a subject that is no sentence's first word
  // ("Jobless claims 2,000 …" is a noun phrase).
  const opensObject = after !== undefined && (OBJECT_START.has(after.pos) || (after.pos === 'NUM' && !isSentenceFirst(tokens, subject)));
  const object = opensObject && !nameClause && (isSubject(tokens, subject) || afterDeterminedNoun(tokens, subject + 1));
  // "The finance office projects savings of …": a plural noun closed by a preposition or a comma after the
  // third-person form of a noun is its object; nouns do not run on as "office projects savings".
  const pluralObject = before.pos === 'NOUN' && isPluralNoun(after) && TAGS_ADP_PUNCT.test(tokens[index + 2]?.pos ?? '');
  if (after?.lower !== 'that' && after?.text !== ':' && !toVerb && !closing && !opensClause && !object && !pluralObject) return false;
  if (!(before.pos === 'PROPN' || before.pos === 'NOUN' || before.pos === 'PRON' || opensClause || object || isSubject(tokens, index - 1))) return false;
  return VERB_TYPES.has(singular(token.lower));
}

/** Most words of an infinitive's object read before the verb that would show it to be a subject. */
const MAX_OBJECT_WORDS = 5;

/** A short noun phrase from token `start` and a verb after it: "[two schools] were". */
function verbAfterObject(tokens: readonly Token[], start: number): boolean {
  let i = start;
  while (i < start + MAX_OBJECT_WORDS && PHRASE_WORDS.has(tokens[i]?.pos ?? '')) i += 1;
  return i > start && TAGS_AUX_VERB.test(tokens[i]?.pos ?? '');
}

/**
 * The comma at `comma` closes a name or a description set off after the subject: "The mayor’s deputy, Ana
 * Ruiz,", "The institute, a research group,". Another comma opens it, and the sentence does not open with a
 * phrase of its own ("In Dover, …").
 */
function closesAppositive(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',' || !TAGS_PROPN_NOUN.test(tokens[comma - 1]?.pos ?? '')) return false;
  const sentence = (tokens[comma] as Token).sentence;
  let opening = comma - 2;
  while (opening > 0 && tokens[opening]?.sentence === sentence && tokens[opening]?.text !== ',') opening -= 1;
  let first = opening;
  while (first > 0 && tokens[first - 1]?.sentence === sentence) first -= 1;
  const firstToken = tokens[first];
  return tokens[opening]?.text === ',' && opening > first && firstToken !== undefined && !TAGS_ADP_SCONJ_ADV.test(firstToken.pos);
}

/** Parts of speech that open a verb's object: "demands accountability", "references FBI criticism", "urges the". */
const OBJECT_START = new Set(['DET', 'PROPN', 'NOUN']);
const SINGULAR_SUBJECT_PRONOUNS = new Set(SINGULAR_SUBJECT_WORDS);
const CLAUSE_OPENERS = new Set(VERB_OBJECT_OPENERS);

/** The token at `index` is the very first of its sentence. */
function isSentenceFirst(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && tokens[index - 1]?.sentence !== token.sentence;
}

/** "The woman disputes …": a noun after "the" or "a", itself at the start of its sentence or after a comma. */
function afterDeterminedNoun(tokens: readonly Token[], index: number): boolean {
  const noun = tokens[index - 1] as Token;
  const determiner = tokens[index - 2];
  if (noun.pos !== 'NOUN' || determiner === undefined || !ARTICLE.test(determiner.lower)) return false;
  const opener = tokens[index - 3];
  return opener === undefined || opener.sentence !== noun.sentence || opener.text === ',';
}

/** A name (wink sometimes tags a surname as a verb: a capitalised word inside the sentence) or a subject pronoun. */
function isSubject(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  if (SINGULAR_SUBJECT_PRONOUNS.has(token.lower)) return token.pos === 'PRON' || token.pos === 'DET';
  if (token.pos === 'PROPN') return true;
  const inside = tokens[index - 1]?.sentence === token.sentence;
  return inside && token.pos !== 'DET' && CAPITALISED_START.test(token.text);
}

/** "Tenants, however, question …": the index past the subject before a verb at `index`, over an adverb set off by commas. */
function subjectEnd(tokens: readonly Token[], index: number): number {
  const aside = tokens[index - 1]?.text === ',' && PARENTHETICAL.has(tokens[index - 2]?.lower ?? '') && tokens[index - 3]?.text === ',';
  return aside && index - 3 > 0 ? index - 3 : index;
}

const PLURAL_SUBJECT_PRONOUNS = new Set(PLURAL_VERB_SUBJECTS);
const OBJECT_OPENERS = new Set(PLURAL_VERB_OBJECT_OPENERS);
const TOPIC_OPENERS = new Set(PLURAL_VERB_TOPIC_PREPOSITIONS);

/**
 * "Ruiz and Haddad call them …", "Polls show a …": a cue verb's plain form read as a noun, after a name,
 * a plural noun or a subject pronoun and before what opens an object.
 */
function isPluralVerbTaggedNoun(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const before = tokens[subjectEnd(tokens, index) - 1] as Token;
  const after = tokens[index + 1];
  if (after === undefined || !VERB_TYPES.has(token.lower)) return false;
  const pluralNoun = isPluralNoun(before);
  // "Records from the audit show they paid …": a plural noun and its preposition's phrase, then a clause.
  // "the toys from the big show that opened …": the phrase ends in a noun, and "that" opens no relative clause.
  const clause = SUBJECT_PRONOUNS.has(after.lower) || (after.lower === 'that' && !TAGS_VERB_AUX.test(tokens[index + 2]?.pos ?? ''));
  if (clause && TAGS_NOUN_PROPN_NUM.test(before.pos) && pluralHeadBeforePhrase(tokens, index)) return true;
  // "the levy, which critics say is unfair": a relative word, a plural noun, then the relative's own verb.
  const relative = RELATIVE_OPENERS.has(tokens[index - 2]?.lower ?? '') && pluralNoun && subjectEnd(tokens, index) === index;
  if (relative && TAGS_AUX_VERB.test(after.pos)) return true;
  if (isClosingAside(tokens, index)) return true;
  // "Surveys show Okafor ahead in the north", "Data show 412 crimes were reported": after a plural noun, a
  // name or a number can open the object too.
  // "Economists caution against …", "Residents complain about …", "Critics point to …": a preposition of the
  // verb's topic, or the particle of a phrasal cue verb.
  // A name before such a noun modifies it ("the Trump talk about taxes") unless it opens the subject.
  const subjectBefore = pluralNoun || (before.pos === 'PROPN' && tokens[subjectEnd(tokens, index) - 2]?.pos !== 'DET');
  const topicWord = TOPIC_OPENERS.has(after.lower) || VERB_TYPES.has(`${token.lower} ${after.lower}`);
  const topic = topicWord && tokens[index + 2]?.pos !== 'PUNCT' && subjectBefore;
  // "Federal data show steady growth of …": so can an adjective and its noun.
  const describedObject = after.pos === 'ADJ' && tokens[index + 2]?.pos === 'NOUN';
  if (!OBJECT_OPENERS.has(after.lower) && !topic && !(pluralNoun && (after.pos === 'PROPN' || after.pos === 'NUM' || describedObject))) return false;
  return before.pos === 'PROPN' || pluralNoun || PLURAL_SUBJECT_PRONOUNS.has(before.lower);
}

/**
 * "…, the county's researchers estimate, mostly …", "…, analysts estimate.": a phrase set off by a comma,
 * ending in a regular plural noun, then the verb and a comma or the sentence's end.
 */
function isClosingAside(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (!isPluralNoun(before) || !S_END.test(before?.lower ?? '') || (after?.text !== ',' && after?.text !== '.')) return false;
  let i = index - 2;
  while (i >= index - 1 - MAX_PHRASE_WORDS && PHRASE_WORDS.has(tokens[i]?.pos ?? '') && tokens[i]?.sentence === before?.sentence) i -= 1;
  return tokens[i]?.text === ',';
}

/** "documents", "voters", "police": a noun read as plural. */
function isPluralNoun(token: Token | undefined): boolean {
  return token?.pos === 'NOUN' && isPluralNounForm(token.lower);
}

const SUBJECT_PRONOUNS = new Set(CLAUSE_SUBJECT_PRONOUNS);
/** Relative words before a subject and its verb: "which critics say …", "what critics say is …". */
const RELATIVE_OPENERS = new Set(RELATIVE_OBJECT_WORDS);
/** Words of a preposition's phrase after a subject's head: "from his 1995 tax return". */
const PHRASE_WORDS = new Set(['DET', 'PRON', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
/** Most words of that phrase. */
const MAX_PHRASE_WORDS = 6;

/** A plural noun, a preposition and its phrase stand right before token `index`: "documents from his tax return". */
function pluralHeadBeforePhrase(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= 1 && i >= index - 1 - MAX_PHRASE_WORDS; i -= 1) {
    const token = tokens[i] as Token;
    if (token.pos === 'ADP' && i < index - 1) return isPluralNoun(tokens[i - 1]);
    if (!PHRASE_WORDS.has(token.pos) || token.sentence !== (tokens[index] as Token).sentence) return false;
  }
  return false;
}

/**
 * "Japan branded the regime …": a past form of a framing verb read as an adjective, between a name, a noun or a
 * pronoun and the opening of an object; its verb, or null.
 */
export function framingTaggedAdjective(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index] as Token;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (token.pos !== 'ADJ' || !token.lower.endsWith('ed') || before === undefined || after === undefined) return null;
  if (!(before.pos === 'PROPN' || before.pos === 'PRON' || before.pos === 'NOUN') || !(after.pos === 'DET' || after.pos === 'PROPN' || OBJECT_OPENERS.has(after.lower))) return null;
  return verbOfForm(token.lower, 'ed', FRAMING);
}

/**
 * The verb among `verbs` that `word`, ending in `suffix`, is a form of: "praised" → "praise", "branded" →
 * "brand", "dubbed" → "dub", "promising" → "promise"; null when none is.
 */
function verbOfForm(word: string, suffix: 'ed' | 'ing', verbs: { has(verb: string): boolean }): string | null {
  const base = word.slice(0, -suffix.length);
  // "dubbed" → "dub", but "planted" is not "plan": a letter is dropped only where it was doubled.
  const stems = [`${base}e`, base, ...(base.at(-1) === base.at(-2) ? [base.slice(0, -1)] : [])];
  return stems.find((stem) => verbs.has(stem)) ?? null;
}

/**
 * ", promising to lift …", "is promising cheaper fares": a participle after a comma, or after "to be" and
 * before an object, that wink read as an adjective; its verb, or null.
 */
export function participleTaggedAdjective(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index] as Token;
  if (!token.lower.endsWith('ing')) return null;
  if (token.pos === 'NOUN') {
    // ", warning that …", ", offering broad new …": after a comma, wink may read the participle as a noun.
    // ", with critics offering advice …": so after the subject of a phrase opened by a comma and "with".
    // "left many voters feeling that …": so after the object of a verb that leaves it in a state of mind.
    // "letters, one saying that …": so after a "one" that stands for one of the messages named before it.
    const opened = tokens[index - 1]?.text === ',' || afterWithSubject(tokens, index) || afterStateObject(tokens, index) ||
      standsForMessage(tokens, index - 1);
    // ", warning residents to stay indoors": a noun with "to" and a verb after it is the request's object.
    const requestObject = tokens[index + 1]?.pos === 'NOUN' && tokens[index + 2]?.lower === 'to' && tokens[index + 3]?.pos === 'VERB';
    return opened && (opensParticipleObject(tokens[index + 1]) || requestObject) ? verbOfForm(token.lower, 'ing', VERB_TYPES) : null;
  }
  if (token.pos !== 'ADJ') return null;
  // "is promising to freeze fees": so does "to" and a verb after it ("is promising to investors" has none).
  const infinitive = tokens[index + 1]?.lower === 'to' && tokens[index + 2]?.pos === 'VERB';
  const progressive = BE.has(tokens[index - 1]?.lower ?? '') && (TAGS_DET_ADJ_NOUN.test(tokens[index + 1]?.pos ?? '') || infinitive);
  if (tokens[index - 1]?.text !== ',' && !progressive) return null;
  return verbOfForm(token.lower, 'ing', VERB_TYPES);
}

/** Most words of the subject between ", with" and its participle: ", with [the city's two largest unions] backing …". */
const MAX_WITH_SUBJECT_TOKENS = 5;

/** The token at `index` follows ", with" and a noun phrase: ", with critics offering …". */
function afterWithSubject(tokens: readonly Token[], index: number): boolean {
  let i = index - 1;
  while (i > index - 1 - MAX_WITH_SUBJECT_TOKENS && TAGS_DET_ADJ_NOUN_PROPN_NUM_PART.test(tokens[i]?.pos ?? '')) i -= 1;
  return i < index - 1 && tokens[i]?.lower === 'with' && tokens[i - 1]?.text === ',';
}

const STATE_CAUSING = new Set(STATE_CAUSING_VERBS);
const OBJECT_PRONOUN = new Set(OBJECT_PRONOUNS);

/**
 * The token at `index` follows the object of a verb that leaves it in a state of mind: "left [many voters]
 * feeling …", "had [them] feeling …". The object is a plural noun phrase, a name or an object pronoun ("her
 * feeling" may be a possessive's noun).
 */
function afterStateObject(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  if (before !== undefined && before.lower !== 'her' && OBJECT_PRONOUN.has(before.lower)) return isStateCausing(tokens[index - 2]);
  if (!isPluralNoun(before) && before?.pos !== 'PROPN') return false;
  let i = index - 1;
  while (i > index - 1 - MAX_WITH_SUBJECT_TOKENS && TAGS_DET_ADJ_NOUN_PROPN_NUM.test(tokens[i]?.pos ?? '')) i -= 1;
  return i < index - 1 && isStateCausing(tokens[i]);
}

function isStateCausing(token: Token | undefined): boolean {
  return token !== undefined && TAGS_VERB_AUX.test(token.pos) && STATE_CAUSING.has(token.lemma);
}

/** What opens a participle's clause or object and not a compound noun ("warning signs"): "that", a determiner, a pronoun, a name. */
function opensParticipleObject(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === 'that' || TAGS_DET_PRON_PROPN.test(token.pos));
}

const HAVE_FORMS = new Set(PERFECT_AUXILIARIES);

/**
 * "The agency has also detailed the price …", "The league has alleged that …": a past participle after a form of
 * "to have", perhaps with adverbs between, and before an object or "that", that wink read as an adjective; its verb, or null.
 */
export function perfectTaggedAdjective(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index] as Token;
  const after = tokens[index + 1];
  // "The agency has alleged that …": "that" opens a clause as an object does.
  if (token.pos !== 'ADJ' || !token.lower.endsWith('ed') || !(TAGS_DET_ADJ_NOUN_PROPN_PRON_NUM.test(after?.pos ?? '') || after?.lower === 'that')) return null;
  let before = index - 1;
  while (tokens[before]?.pos === 'ADV' && before > index - 3) before -= 1;
  return HAVE_FORMS.has(tokens[before]?.lower ?? '') ? verbOfForm(token.lower, 'ed', VERB_TYPES) : null;
}

/**
 * "Ortiz fumed that …", "the auditor certified that …", "The memo also referenced the audit", "it referenced
 * “rising costs”", "Oslo alleged Haddad was …": a past form of a cue verb that wink read as an adjective, between
 * its subject (a name, a noun or a pronoun, perhaps with an adverb after it) and what opens its clause or
 * object ("that", an article, a name, a pronoun or a quotation); its verb, or null.
 */
export function pastTaggedAdjective(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index] as Token;
  if (token.pos !== 'ADJ' || !token.lower.endsWith('ed') || !opensPastComplement(tokens[index + 1])) return null;
  let before = index - 1;
  while (tokens[before]?.pos === 'ADV' && before > index - 3) before -= 1;
  const subject = tokens[before];
  if (subject === undefined || subject.sentence !== token.sentence || !TAGS_PROPN_PRON_NOUN.test(subject.pos) || POSSESSIVES.has(subject.lower)) return null;
  // "the store offered", "the growth expected this year": a noun with no clause after its verb must open the
  // sentence with at most an article, as a subject does; after it a reduced relative is as likely.
  if (subject.pos === 'NOUN' && tokens[index + 1]?.lower !== 'that' && !opensSentence(tokens, before)) return null;
  return verbOfForm(token.lower, 'ed', VERB_TYPES);
}

const POSSESSIVES = new Set(POSSESSIVE_PRONOUNS);
/** Quotation marks that open a quoted object: "referenced “rising costs”". */
const OPENING_MARKS = new Set(['“', '"']);

/** What opens the clause or object of a past verb: "that", an article, a name, a pronoun, an opening quotation mark. */
function opensPastComplement(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === 'that' || TAGS_DET_PROPN_PRON.test(token.pos) || OPENING_MARKS.has(token.text));
}

/** The noun at `index` opens its sentence, perhaps after an article: "The memo", "Officials". */
function opensSentence(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const first = ARTICLE.test(tokens[index - 1]?.lower ?? '') && tokens[index - 1]?.sentence === token.sentence ? index - 1 : index;
  return tokens[first - 1] === undefined || tokens[first - 1]?.sentence !== token.sentence;
}

/**
 * "she texted that …", "he griped that …": a regular form of a cue verb read as a verb whose dictionary form
 * wink did not find (it gives "texted", or "grip" for "griped"); its verb, or null.
 */
export function regularFormVerb(token: Token): string | null {
  if (token.pos !== 'VERB' || VERB_TYPES.has(token.lemma)) return null;
  if (token.lower.endsWith('ed')) return verbOfForm(token.lower, 'ed', VERB_TYPES);
  if (token.lower.endsWith('ing')) return verbOfForm(token.lower, 'ing', VERB_TYPES);
  const stem = singular(token.lower);
  return stem !== token.lower && VERB_TYPES.has(stem) ? stem : null;
}

const YEAR_OPENERS = new Set(YEAR_PREPOSITIONS);
const IRREGULAR_PAST = new Map(Object.entries(IRREGULAR_PAST_FORMS));

/**
 * "A tribunal in 1998 found the port …", "A review of clubs … since 2010 shows owners …": a cue verb that wink
 * read as a noun right after a year and its preposition, before what opens its object or clause; its verb, or null.
 */
export function verbTaggedNounAfterYear(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index] as Token;
  const year = tokens[index - 1];
  const after = tokens[index + 1];
  if (token.pos !== 'NOUN' || year === undefined || after === undefined || !YEAR_NUMBER.test(year.text)) return null;
  if (!YEAR_OPENERS.has(tokens[index - 2]?.lower ?? '') || after.sentence !== token.sentence) return null;
  if (!(after.lower === 'that' || TAGS_DET_PRON_NUM_NOUN_PROPN.test(after.pos))) return null;
  const verb = IRREGULAR_PAST.get(token.lower) ?? (token.lower.endsWith('ed') ? verbOfForm(token.lower, 'ed', VERB_TYPES) : singular(token.lower));
  return verb !== null && VERB_TYPES.has(verb) ? verb : null;
}
