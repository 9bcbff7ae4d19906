/** Where a reported noun phrase ends: before the setting of the report, a subordinate clause or a dash. */
import type { Sentence, Token } from '../../document/types.js';
import { MONTHS, WEEKDAYS } from '../../../vocabulary/dates.js';
import {
  COORDINATING_CONJUNCTIONS, DASH_CONTINUATIONS, OBJECT_CLAUSE_OPENERS, PERIOD_NOUNS, PERIOD_OPENERS, PREDICATE_CONJUNCTIONS,
  SAYING_SETTINGS, SETTING_PREPOSITIONS, SPAN_LINKS, SPAN_NOUNS,
} from '../../../vocabulary/speaker-words.js';
import { SUBJECT_PRONOUNS } from '../../../vocabulary/pronouns.js';
import type { RuleContext } from '../types.js';
import { isVerbTaggedNoun } from '../../cues/mistagged-verbs.js';
import { DASH_ASIDES, continuesRelativeClause, looksLikeClause } from './clause-shape.js';
import { sayingGerundAfter } from './aside-gerund.js';
import { groundAfterSetting } from './stance-ground.js';
import { isPastForm } from './coordinated-verb.js';
import { closingDash, inQuote, isJoiningHyphen, isNounPhraseWord, isQuoteMark, namesRole, opensInnerClause } from './tokens.js';
import {
  LIST_PARTICIPLES, OBJECT_CLAUSE_SUBORDINATORS, OBJECT_RELATIVE_OPENERS, OBJECT_TIME_SUBORDINATORS,
} from '../../../vocabulary/function-words.js';

const SETTINGS = new Set(SAYING_SETTINGS);
const SETTING_OPENERS = new Set(SETTING_PREPOSITIONS);
const CLAUSE_OPENERS = new Set(OBJECT_CLAUSE_OPENERS);
const DAY_WORDS = new Set([...WEEKDAYS, ...Object.keys(MONTHS).filter((month) => month.length > 3)]);
const PERIOD_STARTS = new Set(PERIOD_OPENERS);
const PERIODS = new Set(PERIOD_NOUNS);
const DASH_GOES_ON = new Set(DASH_CONTINUATIONS);
const POSSESSIVE_MARKS = new Set(["'s", '\u2019s']);
const RELATIVE_OPENERS = new Set(OBJECT_RELATIVE_OPENERS);
const CLAUSE_SUBORDINATORS = new Set(OBJECT_CLAUSE_SUBORDINATORS);
const TIME_SUBORDINATORS = new Set(OBJECT_TIME_SUBORDINATORS);
const PREDICATE_JOINERS = new Set(COORDINATING_CONJUNCTIONS);
/** Participles that open a list of what the object holds: "…, including the mayor". */
const LIST_OPENERS = new Set(LIST_PARTICIPLES);
const COMMA_JOINERS = new Set(PREDICATE_CONJUNCTIONS);
const SUBJECTS = new Set(SUBJECT_PRONOUNS);
/** Words after a period that carry the object on: "plans this week [to] give …". */
const COMPLEMENT_OPENERS = new Set(['to', 'that']);
/** Words that open a clause inside an infinitive's words: "to know [who] …". */
/** "in [a lengthy written] statement": the longest phrase read before its setting noun. */
const MAX_SETTING_TOKENS = 6;

/**
 * Where a reported noun phrase gives way to the setting of its report, outside quotations: "called for more
 * funding [in a letter on Monday]", "mocked him [in late-night posts]", "published the video
 * [Friday afternoon]", or to a subordinate clause after a comma ("[, though records show …]"). `end` when
 * nothing of the kind follows. `naming`: the phrase is an object and what it is called ("called the tax a
 * burden on farmers during a drought"), whose phrases of time and place tell of what it is called, not of the
 * report; only a clause, an aside or a day ends it.
 */
export function objectSettingStart(context: RuleContext, start: number, end: number, naming = false): number {
  const tokens = context.doc.tokens;
  for (let i = start + 1; i < end; i += 1) {
    const token = tokens[i] as Token;
    if (inQuote(context, token)) continue;
    // "offered a cheaper way to save: open an account early while rates are high, …": what follows a colon spells the
    // object out, to its end.
    if (token.text === ':') return end;
    // "accused Perrin of owning the firm, though filings show …": a subordinate clause after a comma.
    if (token.text === ',' && CLAUSE_OPENERS.has(tokens[i + 1]?.lower ?? '') && !continuesRelativeClause(tokens, i)) return i;
    // "called for answers, pacing the hall": a participle after a comma tells what the subject did.
    if (token.text === ',' && isAsideParticiple(tokens, i + 1)) return i;
    // "praises her as a “steady hand,” likening her …": the comma may close the quotation before it.
    if (isQuoteMark(tokens[i - 1]) && tokens[i - 2]?.text === ',' && isAsideParticiple(tokens, i)) return i;
    if (otherClauseStart(tokens, i, end, start)) return i;
    // "published the results [by announcing that …]": the gerund of saying is a report of its own.
    if (sayingGerundAt(context, i)) return i;
    // "shows a closer contest [as the rival gains votes]": a clause of time after the object.
    if (timeClauseAt(context, i) && !naming) return i;
    // "described him as a “fraud” after he criticized …": a clause of time with a subject pronoun of its own is
    // the writer's account of when, even after what the object is called.
    if (pronounTimeClauseAt(tokens, i)) return i;
    // "compared the levy to “robbing the harbour” - a claim that …": a dash opens the writer's aside.
    // "the problems he has — and why …": a dash before a conjunction or a range carries the object on.
    // "…, and - after the attacks - to urge …": the conjunction before such a dash goes with what follows.
    if (isDash(token, tokens[i - 1], tokens[i + 1]) && !DASH_GOES_ON.has(tokens[i + 1]?.lower ?? '')) return beforeConjunction(tokens, start, i);
    // "how the fight went on -- and was at times held back by -- the rulings": a conjunction after a dash that
    // another closes is an aside inside the object, passed over with its closing dash.
    const closing = isDash(token, tokens[i - 1], tokens[i + 1]) ? closingDash(tokens, i, end) : -1;
    if (closing > i) i = closing;
    // "Monday's debate", "Monday night's debate" name a thing; "plans this week to give …" goes on after the time.
    const period = PERIOD_STARTS.has(token.lower) && PERIODS.has(tokens[i + 1]?.lower ?? '') && !COMPLEMENT_OPENERS.has(tokens[i + 2]?.lower ?? '');
    const dayOwns = POSSESSIVE_MARKS.has(tokens[i + 1]?.text ?? '') || (PERIODS.has(tokens[i + 1]?.lower ?? '') && POSSESSIVE_MARKS.has(tokens[i + 2]?.text ?? ''));
    // "quoted the survey [at last month's hearing]": the preposition before the time goes with it.
    // "criticized the board for not telling them Tuesday that …": a day before "that" or "to" is inside the object's own clause.
    const dayInClause = COMPLEMENT_OPENERS.has(tokens[i + 1]?.lower ?? '');
    // "grilled the chief on Monday for her part in …": the ground after the day is still the object's.
    const grounded = groundAfterSetting(tokens, i, end);
    if (((isDayWord(token) && !dayOwns && !dayInClause) || period) && !grounded) return tokens[i - 1]?.pos === 'ADP' && i - 1 > start ? i - 1 : i;
    if (naming) continue;
    // "delivered a message [in the days since the debate]": a span of time counted from an event.
    if (spanOfTimeAt(tokens, i)) return i;
    // "supported Democrats [during his time at the network]": a phrase of time, whatever its noun (a gerund
    // keeps its own: "against fact-checking him during the forum").
    if (token.lower === 'during' && !tokens.slice(start, i).some((t) => (t.pos === 'VERB' || t.pos === 'NOUN') && t.lower.endsWith('ing'))) return i;
    // "quoted the survey [in a letter]": the setting of the report.
    if (settingAt(tokens, i, end) && !grounded) return i;
  }
  return end;
}

/**
 * Where an infinitive's words give way to the setting in which the subject acted, outside quotations: "refused
 * to back the plan [during a speech at the convention]", "vowed to cut fees [at a rally in May]". Only a phrase
 * naming an occasion or a day does, before any clause of the words' own.
 */
export function infinitiveSettingStart(context: RuleContext, start: number, end: number): number {
  const tokens = context.doc.tokens;
  for (let i = start + 1; i < end; i += 1) {
    const token = tokens[i] as Token;
    if (inQuote(context, token)) continue;
    // "wanted to know who signed the deal at the hearing": a clause inside the words keeps its own setting.
    if (opensInnerClause(token)) return end;
    if (settingAt(tokens, i, end) && !groundAfterSetting(tokens, i, end)) return i;
  }
  return end;
}

/**
 * Token `i` is "by" before a gerund of saying or writing whose words follow as a clause: "published the
 * results by announcing that …", "answered the letter by writing that …".
 */
function sayingGerundAt(context: RuleContext, i: number): boolean {
  const by = context.doc.tokens[i] as Token;
  const cue = by.lower === 'by' ? sayingGerundAfter(context, i) : undefined;
  if (cue === undefined) return false;
  return context.doc.tokens[cue.endToken]?.lower === 'that' || looksLikeClause(context, cue.endToken, context.doc.sentences[by.sentence] as Sentence);
}

/** Token `i` opens the setting of a report: a preposition and a phrase with a setting noun or a day ("in a letter", "at a rally"). */
function settingAt(tokens: readonly Token[], i: number, end: number): boolean {
  // "the editor-in-chief post": a preposition joined by hyphens is inside a word.
  if (!SETTING_OPENERS.has(tokens[i]?.lower ?? '') || joinedByHyphen(tokens, i)) return false;
  for (let j = i + 1; j < end && j <= i + MAX_SETTING_TOKENS; j += 1) {
    const word = tokens[j] as Token;
    if (SETTINGS.has(word.lower) || isDayWord(word)) return true;
    // "during the second mayoral forum": an ordinal may be read as an adverb.
    // "in an on-air rant": a word joined by a hyphen to the next is a modifier, whatever its tag.
    const hyphen = tokens[j + 1];
    const joined = isJoiningHyphen(tokens[j - 1], word, hyphen) || (hyphen !== undefined && isJoiningHyphen(word, hyphen, tokens[j + 2]));
    if (!isNounPhraseWord(word) && word.pos !== 'ADV' && !joined) return false;
  }
  return false;
}

const SPAN_NOUN_SET = new Set(SPAN_NOUNS);
const SPAN_LINK_SET = new Set(SPAN_LINKS);

/** "in the days since …": a preposition, "the", a plural noun of time and what it counts from, at token `i`. */
function spanOfTimeAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === 'in' && tokens[i + 1]?.lower === 'the' && SPAN_NOUN_SET.has(tokens[i + 2]?.lower ?? '') && SPAN_LINK_SET.has(tokens[i + 3]?.lower ?? '');
}

/**
 * Token `i` opens what is no longer the object: a semicolon, a relative clause after a comma to the end
 * ("likened it to the BBC[, which …]"; one closed by a comma is a parenthesis), a clause of time or reason
 * ("described him as a reformer [when he ran …]"), or a second predicate of the subject with its auxiliary
 * ("praised the work [but also had to …]", "backed the plan [and funded it]").
 */
function otherClauseStart(tokens: readonly Token[], i: number, end: number, start: number): boolean {
  const token = tokens[i] as Token;
  if (token.text === ';') return true;
  // "demanded answers from the board, yet refuses to give any": a comma and a conjunction before a finite verb.
  if (token.text === ',' && COMMA_JOINERS.has(tokens[i + 1]?.lower ?? '')) return finiteVerbAt(tokens, i + 2) && !continuesRelativeClause(tokens, i);
  if (tokens[i - 1]?.text === ',' && RELATIVE_OPENERS.has(token.lower)) return relativeToEnd(tokens, i, end);
  // A capital inside a sentence is a headline's word: "Mayor Fails To Keep Key Promise …".
  if (CLAUSE_SUBORDINATORS.has(token.text)) return true;
  if (!PREDICATE_JOINERS.has(token.lower)) return false;
  // "promised lower taxes, but he has also …": a clause with a subject pronoun of its own.
  if (SUBJECTS.has(tokens[i + 1]?.lower ?? '') && /^(?:AUX|VERB)$/.test(tokens[i + 2]?.pos ?? '')) return true;
  if (subjectThenVerb(tokens, i + 1, end)) return true;
  let j = i + 1;
  while (tokens[j]?.pos === 'ADV') j += 1;
  // "championed the bill and extended its reach": a second verb in the past with an object of its own;
  // "pledged a review and tried to delay …": or with an infinitive, after a noun (not "who planned and
  // tried to …", two verbs sharing it).
  const infinitive = infinitiveAt(tokens, j + 1) && tokens[i - 1]?.pos !== 'VERB';
  // "pointed to the door and walked away.": after a noun phrase with no verb of its own, a past form closed by
  // its particle.
  const past = finiteVerbAt(tokens, j) && (tokens[j] as Token).lower.endsWith('ed');
  const phraseOnly = !tokens.slice(start, i).some((token) => token.pos === 'VERB' || token.pos === 'AUX');
  const otherPast = phraseOnly && finiteVerbAt(tokens, j) && isPastForm(tokens[j] as Token) && isParticleEnd(tokens, j + 1);
  // "grew fond of the choir and began selling tickets": a past form with a gerund of its own.
  const pastWithGerund = finiteVerbAt(tokens, j) && isPastForm(tokens[j] as Token) && isGerundForm(tokens[j + 1]);
  return tokens[j]?.pos === 'AUX' || otherPast || pastWithGerund || (past && (OBJECT_OPENERS.has(tokens[j + 1]?.pos ?? '') || infinitive));
}

/** Tags wink gives an "-ing" form. */
const GERUND_TAGS = new Set(['VERB', 'ADJ', 'NOUN']);

/** "raising", "asking": an "-ing" form, which wink may tag as a verb, an adjective or a noun. */
function isGerundForm(token: Token | undefined): boolean {
  return token !== undefined && token.lower.endsWith('ing') && GERUND_TAGS.has(token.pos);
}

/** "walked away.", "stepped down, …": a particle closing the clause after a verb. */
function isParticleEnd(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return /^(?:ADV|ADP)$/.test(tokens[index]?.pos ?? '') && (next === undefined || next.pos === 'PUNCT');
}

/**
 * The relative clause at `i` runs to the object's end, or its closing comma gives way to the setting of the
 * report or to a second relative clause ("likened it to the BBC, which …, in an interview", "…, which …, which
 * …"); closed by a comma before more of the object it is a parenthesis ("accused Lee, who …, of lying").
 */
function relativeToEnd(tokens: readonly Token[], i: number, end: number): boolean {
  let close = i + 1;
  while (close < end && (tokens[close] as Token).text !== ',') close += 1;
  return close >= end || RELATIVE_OPENERS.has(tokens[close + 1]?.lower ?? '') || settingAt(tokens, close + 1, end);
}

/** "to" and a verb: "[to make] the case". */
function infinitiveAt(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.lower === 'to' && tokens[index + 1]?.pos === 'VERB';
}

/** Tags of the words that open a verb's object: "extended [its] reach", "named [Hale]". */
const OBJECT_OPENERS = new Set(['DET', 'PRON', 'PROPN', 'NOUN']);

/** Most tokens of the subject of a clause joined after an object: "backs the plan and [most voters] oppose it". */
const MAX_JOINED_SUBJECT_TOKENS = 4;

/**
 * "criticized the plan and the mayor defended it", "backs Roe and 5 percent support Fox": after the
 * conjunction at `start - 1`, an article, number, name or adjective opens a short noun phrase, and a verb in the present
 * or past (not a participle before "by") follows it: a clause of its own.
 */
function subjectThenVerb(tokens: readonly Token[], start: number, end: number): boolean {
  if (!/^(?:DET|NUM|PROPN|ADJ)$/.test(tokens[start]?.pos ?? '')) return false;
  for (let j = start + 1; j < end && j <= start + MAX_JOINED_SUBJECT_TOKENS; j += 1) {
    const token = tokens[j] as Token;
    if (token.pos === 'AUX' || (token.pos === 'VERB' && !/(?:ing|en)$/.test(token.lower) && tokens[j + 1]?.lower !== 'by')) return true;
    // "and 5 percent support Fox": a verb of stance the tagger read as a noun.
    if (j > start && isVerbTaggedNoun(tokens, j)) return true;
    if (!isNounPhraseWord(token)) return false;
  }
  return false;
}

/** A verb, perhaps after adverbs, that is no participle: "refuses", "also said". */
function finiteVerbAt(tokens: readonly Token[], start: number): boolean {
  let j = start;
  while (tokens[j]?.pos === 'ADV') j += 1;
  const verb = tokens[j];
  return verb?.pos === 'VERB' && !verb.lower.endsWith('ing');
}

/**
 * Token `i` opens a clause of time after a noun ("launch [as the missiles fell]"): neither a verb's "as"
 * ("is as a convert") nor one that names what the object is seen as ("as “a traitor”", "as a sign of …").
 */
function timeClauseAt(context: RuleContext, i: number): boolean {
  const tokens = context.doc.tokens;
  const token = tokens[i] as Token;
  const previous = tokens[i - 1];
  if (!TIME_SUBORDINATORS.has(token.lower) || previous === undefined || /^(?:AUX|ADP|PUNCT)$/.test(previous.pos)) return false;
  // "the missile launch as …": a noun after a noun may be read as a verb.
  if (previous.pos === 'VERB' && tokens[i - 2]?.pos !== 'NOUN') return false;
  if (isQuoteMark(tokens[i + 1]) || namesPurpose(tokens, i + 1) || namesRole(tokens, i)) return false;
  return looksLikeClause(context, i + 1, context.doc.sentences[token.sentence] as Sentence);
}

/** Token `i` opens a clause of time whose subject is a pronoun: "after she attacked …", "since they voted …". */
function pronounTimeClauseAt(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i + 2]?.pos;
  return TIME_SUBORDINATORS.has((tokens[i] as Token).lower) && SUBJECTS.has(tokens[i + 1]?.lower ?? '') && (verb === 'AUX' || verb === 'VERB');
}

/** "cited the vote [as] a reason to speed …": an article, a noun and an infinitive name what the object is cited as. */
function namesPurpose(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.pos === 'DET' && tokens[index + 1]?.pos === 'NOUN' && tokens[index + 2]?.lower === 'to' && tokens[index + 3]?.pos === 'VERB';
}

/** A dash, or a hyphen or en dash with spaces on both sides. */
function isDash(token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  const spaced = previous !== undefined && next !== undefined && previous.end < token.start && token.end < next.start;
  return DASH_ASIDES.has(token.text) || (spaced && (token.text === '-' || token.text === '\u2013'));
}

/** A weekday or month name: "Friday", "December". */
function isDayWord(token: Token): boolean {
  return DAY_WORDS.has(token.lower) && token.text !== token.lower;
}

/** Token `i` is joined by a hyphen to the word before it: "in" in "mother-in-law". */
function joinedByHyphen(tokens: readonly Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  return hyphen !== undefined && isJoiningHyphen(tokens[i - 2], hyphen, tokens[i]);
}

/**
 * A present participle at `index` that is no list's opener ("including", "excluding"): "marching", "warning";
 * one read as a noun counts when an object or a clause follows it ("pacing the hall", "warning that …", "offering new plans").
 */
export function isAsideParticiple(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || !token.lower.endsWith('ing') || LIST_OPENERS.has(token.lower)) return false;
  if (token.pos === 'VERB') return token.lemma !== token.lower;
  // "…, promising to cut fares": a participle read as an adjective, known by the infinitive after it.
  if (token.pos === 'ADJ') return tokens[index + 1]?.lower === 'to' && tokens[index + 2]?.pos === 'VERB';
  return token.pos === 'NOUN' && /^(?:DET|SCONJ|PRON|ADJ)$/.test(tokens[index + 1]?.pos ?? '');
}

/** `end`, or where ", and" (or "and") before it starts: "ways to mend ties[, and] - after …". */
function beforeConjunction(tokens: readonly Token[], start: number, end: number): number {
  if (!PREDICATE_JOINERS.has(tokens[end - 1]?.lower ?? '')) return end;
  const at = tokens[end - 2]?.text === ',' ? end - 2 : end - 1;
  return at > start ? at : end;
}
