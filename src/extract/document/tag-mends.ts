/**
 * Where wink's part-of-speech tag cannot be right in its place, mended before later stages read it. A word
 * owned by a possessive and followed by a noun is the first word of a compound, never a verb: wink reads
 * "works" in "the firm's works council" or "its works manager" as a verb, which leaves the sentence with no
 * subject before its real verb. A plain word after a relative "that" and a plural noun, before a preposition,
 * is the relative clause's verb: wink reads "point" in "the parks that residents point to are …" as a noun,
 * which leaves the clause with no verb. A plain word after a year and its preposition, before a determiner or a
 * pronoun, is the verb of the subject before the year: wink reads "sent" in "Growers in 2012 sent the minister
 * a petition" as a noun, which leaves the sentence with no verb. A given name right after a colon and before a
 * name opens the clause after the colon like a sentence: wink reads "Ted" in "At last: Ted Lowe backs Roe" as a
 * verb, which leaves the clause with no subject; a word that is no given name keeps its tag ("Her advice: Ask
 * Ted Lowe"). So is a word with a capital inside a sentence before a name: wink reads "Hope" in "spokeswoman Hope
 * Hicks said" as a verb, which makes it the cue and "Hicks said …" the content. In an article's title, which
 * writes the present tense and drops determiners, a verb of reporting in -s after a bare noun and before a
 * preposition or a determiner is a verb: wink reads "court rules against" as a compound. The plain form of a verb of reporting right after a modal, before its object, is a verb: wink
 * reads "back" in "would back the mayor" as an adverb.
 */
import type { PartOfSpeech } from './types.js';
import { POSSESSIVE_PRONOUNS } from '../../vocabulary/pronouns.js';
import { YEAR_NUMBER, YEAR_PREPOSITIONS } from '../../vocabulary/dates.js';
import { IRREGULAR_PAST_FORMS, MODAL_VERBS } from '../../vocabulary/cue-verbs.js';
import { isLexiconGivenName } from '../util/compromise-lexicon.js';
import { REPORTING_VERBS } from './reporting-verbs.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A lower-case word ending in "s". */
const LOWER_CASE_S_WORD = /^\p{Ll}+s$/u;
/** Lower-case letters only. */
const LOWER_CASE_WORD = /^\p{Ll}+$/u;
/** A word in -s, capitalised or not: "rules", "Rules". */
const S_WORD = /^\p{L}\p{Ll}*s$/u;

/** The part of speech and text of a token, all this step reads. */
interface Tagged {
  readonly text: string;
  readonly pos: PartOfSpeech;
  /** The dictionary form, where the tagger gives one. */
  readonly lemma?: string;
}

/** A word written with a capital and then lower-case letters: "Ted", "Lowe". */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const POSSESSIVE_MARKS = new Set(["'s", '\u2019s']);
const POSSESSIVE_PRONOUN_SET = new Set(POSSESSIVE_PRONOUNS);

/** True for a possessive: "'s" read as a particle, or a possessive pronoun. */
function owns(token: Tagged | undefined): boolean {
  if (token === undefined) return false;
  if (POSSESSIVE_MARKS.has(token.text.toLowerCase())) return token.pos === 'PART';
  return POSSESSIVE_PRONOUN_SET.has(token.text.toLowerCase());
}

/** The relative words after which a plural noun can open a relative clause: "the cases that critics …". */
const RELATIVE_OBJECT_OPENERS = new Set(['that', 'which']);

/**
 * The tag of `token` after `before` and `previous` and before `next`: NOUN for a lower-case verb form in -s
 * after a possessive and before a noun ("Kestrel's works council said"); VERB for a lower-case word without
 * -s tagged as a noun after a relative word and a plural noun and before a preposition or "to" ("the cases
 * that residents point to"); else wink's own tag.
 */
export function mendedPos(before: Tagged | undefined, previous: Tagged | undefined, token: Tagged, next: Tagged | undefined, title = false): PartOfSpeech {
  if (isNameAfterColon(previous, token, next) || (!title && isNameWordInSentence(previous, token, next))) return 'PROPN';
  if (isReportingVerbAfterModal(previous, token, next)) return 'VERB';
  if (token.pos === 'NOUN') {
    const verb = isStrandingVerb(before, previous, token, next) || isVerbAfterYear(before, previous, token, next) ||
      (title && isHeadlineVerb(before, previous, token, next));
    return verb ? 'VERB' : token.pos;
  }
  if (token.pos !== 'VERB' || !LOWER_CASE_S_WORD.test(token.text)) return token.pos;
  return owns(previous) && next?.pos === 'NOUN' ? 'NOUN' : token.pos;
}

const MODALS = new Set(MODAL_VERBS);

/**
 * "38 percent would [back] the mayor": the plain form of a verb of reporting read as an adverb or a noun right after
 * a modal, before the name, determiner or pronoun that opens its object, is the modal's verb.
 */
function isReportingVerbAfterModal(previous: Tagged | undefined, token: Tagged, next: Tagged | undefined): boolean {
  if ((token.pos !== 'ADV' && token.pos !== 'NOUN') || previous === undefined || !MODALS.has(previous.text.toLowerCase())) return false;
  if (next === undefined || !(next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'PRON')) return false;
  return LOWER_CASE_WORD.test(token.text) && REPORTING_VERBS.has(token.text);
}

/** "At last: [Ted] Lowe backs Roe": a given name read as a verb between a colon and a name. */
function isNameAfterColon(previous: Tagged | undefined, token: Tagged, next: Tagged | undefined): boolean {
  if (token.pos !== 'VERB' || previous?.text !== ':' || next?.pos !== 'PROPN') return false;
  return CAPITALISED_WORD.test(token.text) && CAPITALISED_WORD.test(next.text) && isLexiconGivenName(token.text);
}

/** A word that starts in lower case, or a comma: what stands before a word inside a sentence. */
const IN_SENTENCE_WORD = /^(?:\p{Ll}|,$)/u;

/**
 * "spokeswoman [Hope] Hicks said", "aides to [Will] Parker": a word with a capital read as a verb inside a
 * sentence, after a lower-case word or a comma and before a name. Outside a Title Case title, a verb written
 * with a capital inside a sentence is a word of a name; at the start of a sentence it may be a verb ("Mark
 * Tuesday …"), so it keeps its tag there.
 */
function isNameWordInSentence(previous: Tagged | undefined, token: Tagged, next: Tagged | undefined): boolean {
  if (token.pos !== 'VERB' || next?.pos !== 'PROPN' || previous === undefined || !IN_SENTENCE_WORD.test(previous.text)) return false;
  return CAPITALISED_WORD.test(token.text) && CAPITALISED_WORD.test(next.text);
}

/**
 * "Federal court [rules] against …", "Roe [sums] up …": a verb of reporting in -s after a noun with no
 * determiner, before a preposition or a determiner, as titles write the present tense.
 */
function isHeadlineVerb(before: Tagged | undefined, previous: Tagged | undefined, token: Tagged, next: Tagged | undefined): boolean {
  if (next === undefined || !(next.pos === 'ADP' || next.pos === 'DET')) return false;
  if (previous === undefined || !(previous.pos === 'NOUN' || previous.pos === 'PROPN') || before?.pos === 'DET' || owns(before)) return false;
  return S_WORD.test(token.text) && REPORTING_VERBS.has(token.lemma ?? '');
}

/** "that critics [point] to": a plain word between a relative word and its plural subject, and a preposition. */
function isStrandingVerb(before: Tagged | undefined, previous: Tagged | undefined, token: Tagged, next: Tagged | undefined): boolean {
  // Asked of every noun: the tags around it, which rule most out, are read before its letters.
  if (next === undefined || !(next.pos === 'ADP' || next.text.toLowerCase() === 'to')) return false;
  if (previous === undefined || previous.pos !== 'NOUN') return false;
  if (!LOWER_CASE_WORD.test(token.text) || token.text.endsWith('s')) return false;
  const plural = previous !== undefined && previous.pos === 'NOUN' && LOWER_CASE_S_WORD.test(previous.text);
  return plural && before !== undefined && RELATIVE_OBJECT_OPENERS.has(before.text.toLowerCase());
}

const YEAR_PREPOSITION_SET = new Set(YEAR_PREPOSITIONS);
/** Past forms of cue verbs, which the cue finder reads as verbs with their own verb even when tagged as nouns. */
const CUE_PAST_FORMS = new Set(Object.keys(IRREGULAR_PAST_FORMS));

/**
 * "Growers in 2012 [sent] the minister a petition": a plain word after a preposition and a year, before a
 * determiner or a pronoun (not a cue verb's past form: its noun tag keeps the verb the cue finder gives it).
 */
function isVerbAfterYear(before: Tagged | undefined, previous: Tagged | undefined, token: Tagged, next: Tagged | undefined): boolean {
  if (next === undefined || !(next.pos === 'DET' || next.pos === 'PRON')) return false;
  if (previous === undefined || !YEAR_NUMBER.test(previous.text) || before === undefined || !YEAR_PREPOSITION_SET.has(before.text.toLowerCase())) return false;
  return LOWER_CASE_WORD.test(token.text) && !token.text.endsWith('s') && !CUE_PAST_FORMS.has(token.text);
}
