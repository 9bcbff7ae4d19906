/** The speaker phrase before a cue, with what may stand between them. */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { ASPECT_VERBS, BE_FORMS, HABIT_VERBS, PURPOSE_MOTION_VERBS, RAISING_VERBS, SUBORDINATING_CONJUNCTIONS, VERB_MODIFIERS } from '../../../vocabulary/cue-verbs.js';
import { SUBJECT_PRONOUNS } from '../../../vocabulary/pronouns.js';
import {
  CONTACT_CLAUSE_SUBJECTS, COORDINATING_CONJUNCTIONS, EVIDENCE_NOUNS, NEGATIONS, PARENTHETICAL_ADVERBS, PLACE_ADVERBS, POSTMODIFIERS, RELATIVE_PRONOUNS, SUBJECT_JOINERS, TIME_HEADS,
} from '../../../vocabulary/speaker-words.js';
import { COUNTRIES } from '../../../vocabulary/countries.js';
import { MONTHS, RELATIVE_DAY_WORDS, WEEKDAYS, YEAR_NUMBER, YEAR_PREPOSITIONS as YEAR_PREPOSITION_WORDS } from '../../../vocabulary/dates.js';
import { US_STATES } from '../../../vocabulary/us-states.js';
import type { RuleContext, SpeakerPhrase } from '../types.js';
import { phraseAfter, phraseBefore, type PhraseMatch } from './noun-phrase.js';
import { subjectBeforeCoordinator } from './coordinated-subject.js';
import { distributiveBeforeCoordinator, distributiveSubject } from './distributive-subject.js';
import { previousPluralSubject } from './previous-subject.js';
import { joinedSubjectBefore } from './joined-subject.js';
import { subjectOverModifier } from './modified-subject.js';
import { sentenceSubject } from './subject.js';
import { nameAfterSettingNoun, subjectAfterOpeningSetting } from './opening-setting.js';
import { cueChainStart } from './cue-chain.js';
import { closedDateStart, isDateComma } from './date-comma.js';
import { asideAfterCoordinator, inQuote, isCapitalised, isNounHead, isPossessive, isQuoteMark } from './tokens.js';
import { DASHES as DASH_MARKS } from '../../../vocabulary/dashes.js';
import {
  EMBEDDING_WORDS, IS_WHY_SUBJECTS, NEGATIVE_SUBJECT_WORDS, RELATIVE_WORDS, SPEAKER_CLAUSE_OPENERS, TIME_PHRASE_OPENERS,
} from '../../../vocabulary/function-words.js';

const MODIFIERS = new Set(VERB_MODIFIERS);
/** "’s" standing for "has" before a participle. */
const HAS_CONTRACTIONS = new Set(['’s', "'s"]);
const BE = new Set(BE_FORMS);
const ASPECT = new Set(ASPECT_VERBS);
const RAISING = new Set([...RAISING_VERBS, ...HABIT_VERBS]);
const NEGATION = new Set(NEGATIONS);
const TIME = new Set(TIME_HEADS);
const TIME_MODIFIERS = new Set(TIME_PHRASE_OPENERS);
const RELATIVES = new Set(RELATIVE_WORDS);
const COORDINATORS = new Set(COORDINATING_CONJUNCTIONS);
const JOINERS = new Set(SUBJECT_JOINERS);
const PLACE = new Set(PLACE_ADVERBS);
/** Names that follow a city after a comma: "Springfield, Va.", "Leeds, England". */
const STATES_AND_COUNTRIES = new Set([...US_STATES, ...COUNTRIES.flatMap((country) => [country.name, ...country.aliases])]);
/** How far back an appositive or relative clause may reach, in tokens. */
const MAX_APPOSITIVE_TOKENS = 30;

/** "Officials there said": an adverb of place, whatever its tag, right after a noun that may be the subject. */
function isPlaceAfterNoun(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return PLACE.has((tokens[index] as Token).lower) && before !== undefined && isNounHead(before);
}

/** Turns a token-range phrase into a speaker phrase over characters. */
export function toSpeaker(context: RuleContext, phrase: PhraseMatch): SpeakerPhrase {
  const first = context.doc.tokens[phrase.firstToken] as Token;
  const last = context.doc.tokens[phrase.endToken - 1] as Token;
  if (phrase.joined === true) return { start: first.start, end: last.end, kind: phrase.kind, joined: true };
  const whole = phrase.modifierEnd === undefined ? undefined : context.doc.tokens[phrase.modifierEnd - 1];
  if (whole !== undefined && whole.end > last.end) return { start: first.start, end: last.end, kind: phrase.kind, extentEnd: whole.end };
  if (phrase.antecedent === undefined) {
    const previous = phrase.kind === 'pronoun' ? previousPluralSubject(context, phrase.firstToken) : null;
    if (previous === null) return { start: first.start, end: last.end, kind: phrase.kind };
    return { start: first.start, end: last.end, kind: phrase.kind, previousSubject: toSpeaker(context, previous) };
  }
  return { start: first.start, end: last.end, kind: phrase.kind, antecedent: toSpeaker(context, phrase.antecedent) };
}

/** Where the speaker expression starts: before any description it stands in apposition to. */
export function extentStart(phrase: PhraseMatch): number {
  return phrase.extentStart ?? phrase.firstToken;
}

/**
 * The speaker written before a cue: "Mr. Smith said", "he also said", "Jane Doe, the chief executive,
 * said", "her lawyer, John Roe, said", "Jane Doe, who chairs the board, said". With `coordinated`, a cue
 * after "and"/"but" takes the subject of its sentence ("… reported a loss and warned that …").
 * Null when nothing names one, or when the cue is negated ("did not say") unless `negated` allows it.
 */
export function speakerBeforeCue(context: RuleContext, cue: Cue, sentence: Sentence, coordinated = false, negated = false): PhraseMatch | null {
  const phrase = speakerPartBeforeCue(context, cue, sentence, coordinated, negated);
  if (phrase === null) return null;
  // "Neither candidate mentioned the levy", "None of the officials said …": the subject says no one did.
  if (!negated && isNegativeSubject(context, phrase)) return null;
  return joinedSubjectBefore(context, phrase, sentence);
}

/** "Neither candidate", "None of the officials", "Nobody": a subject that says no one did what its verb says. */
export function isNegativeSubject(context: RuleContext, phrase: PhraseMatch): boolean {
  return NEGATIVE_SUBJECT.has(context.doc.tokens[extentStart(phrase)]?.lower ?? '');
}

const NEGATIVE_SUBJECT = new Set(NEGATIVE_SUBJECT_WORDS);

/** The speaker before a cue, or its last part when speakers are joined by "and" ("the governor" of "The mayor and the governor"). */
function speakerPartBeforeCue(context: RuleContext, cue: Cue, sentence: Sentence, coordinated: boolean, negated: boolean): PhraseMatch | null {
  const tokens = context.doc.tokens;
  let end = cue.firstToken;
  const verb = tokens[cue.verbToken] as Token;
  // "is saying", "are afraid that": the "to be" belongs to the cue.
  const progressive = verb.lower.endsWith('ing') || verb.pos === 'ADJ';
  while (end - 1 >= sentence.firstToken) {
    // "was quick to note", "could not resist pointing out": a phrase that hands its subject on to the cue's verb.
    const chain = end === cue.firstToken ? cueChainStart(tokens, end, sentence) : null;
    if (chain !== null) {
      end = chain;
      continue;
    }
    const token = tokens[end - 1] as Token;
    // "The study not only documented …, but also …": "not only" is no negation.
    const notOnly = token.lower === 'not' && tokens[end]?.lower === 'only';
    if (NEGATION.has(token.lower) && !negated && !notOnly) return null;
    // "they both said" floats the quantifier after the subject; "Both said" opens the sentence with it as the subject.
    const openingQuantifier = end - 1 === sentence.firstToken && token.pos === 'DET';
    // "Roe and Doe clashed, each saying …": an "each" after a comma is the subject, read below.
    if (end === cue.firstToken && distributiveSubject(context, end - 1, sentence) !== null) break;
    if (NEGATION.has(token.lower) || (MODIFIERS.has(token.lower) && !openingQuantifier) || (token.pos === 'ADV' && !RELATIVES.has(token.lower)) ||
      isFloatedAll(tokens, end - 1) || isPlaceAfterNoun(tokens, end - 1)) end -= 1;
    // "is saying", "’s claiming": the progressive's "to be" belongs to the verb.
    else if (progressive && BE.has(token.lower) && token.pos === 'AUX') end -= 1;
    // "keeps saying", "kept insisting": a verb of going on or starting before the cue's -ing form belongs to it.
    else if (progressive && end === cue.firstToken && ASPECT.has(token.lemma) && token.pos !== 'PROPN') end -= 1;
    // "she’s called for …": a "’s" the cue finder read as "has" belongs to the verb.
    else if (!progressive && !cue.passive && HAS_CONTRACTIONS.has(token.lower) && token.pos === 'AUX') end -= 1;
    // "appeared to suggest", "took to Facebook on Sunday to say": a verb that hands the cue its subject.
    else {
      const verbBefore = token.lower === 'to' && end - 1 === cue.firstToken - 1 ? verbBeforeInfinitive(tokens, end - 1, sentence) : null;
      if (verbBefore === null) break;
      end = verbBefore;
    }
  }
  // "A review of clubs that have spent more since 2010 shows": a subject's modifier runs to the cue. Not so for a
  // participle cue, whose subject is the clause's ("Officials released a statement saying …").
  let wholeEnd = progressive ? null : end;
  end = beforeParenthesis(context, beforeYear(tokens, end, sentence), sentence);
  const before = tokens[end - 1];
  if (before === undefined || end - 1 < sentence.firstToken) return null;
  // "Many economists, however, say …": an adverb between commas stands aside.
  if (before.text === ',' && PARENTHETICAL.has(tokens[end - 2]?.lower ?? '') && tokens[end - 3]?.text === ',') {
    return speakerBeforeCue(context, { ...cue, firstToken: end - 3 }, sentence, coordinated);
  }
  // "The crowd booed and, at one point, chanted …": a phrase set off by commas after "and" stands aside.
  const asideStart = before.text === ',' ? asideAfterCoordinator(tokens, end - 1, sentence) : null;
  if (asideStart !== null) return speakerBeforeCue(context, { ...cue, firstToken: asideStart }, sentence, coordinated);
  // "Roe and Doe clashed, each saying …".
  const distributive = distributiveSubject(context, end - 1, sentence);
  if (distributive !== null) return distributive;
  // "A poll of voters who moved since March 3, 2019, shows": a comma closing a date sets off nothing, unless
  // it closes an aside ("The mayor, who took office on Jan. 1, 2015, said").
  if (before.text === ',') {
    const aside = speakerBeforeComma(context, end - 1, sentence);
    const dateStart = aside === null ? closedDateStart(tokens, end - 1) : null;
    if (dateStart === null) return aside;
    // The date and its preposition are the modifier's, like a year's ("since 2010 shows"); its comma is not.
    if (wholeEnd !== null) wholeEnd -= 1;
    end = DATE_PREPOSITIONS.has(tokens[dateStart - 1]?.lower ?? '') && dateStart - 1 > sentence.firstToken ? dateStart - 1 : dateStart;
  }
  if (DASHES.has(before.text)) return speakerBeforeDash(context, end - 1, sentence);
  if (COORDINATORS.has(before.lower)) {
    if (!coordinated) return null;
    const clauseSubject = subjectBeforeCoordinator(context, end - 1, sentence);
    if (clauseSubject === 'unknown') return null;
    return clauseSubject ?? distributiveBeforeCoordinator(context, end - 1, sentence) ?? sentenceSubject(context, sentence, end - 1);
  }
  // "The farmers we met last week said": a clause with no relative pronoun between the subject and its verb.
  const contact = subjectOverContactClause(context, end - 1, sentence);
  const whole = contact === null ? phraseBefore(context, end, sentence) : null;
  const phrase = contact ?? (whole === null ? null : conjunctAfterObject(context, whole));
  // "The bank last month said …": a phrase of time stands between the subject and its verb.
  if (phrase !== null && phrase.kind !== 'pronoun' && TIME.has(tokens[phrase.endToken - 1]?.lower ?? '')) {
    let timeStart = phrase.endToken - 1;
    // "last" and "this" open the phrase of time even where the phrase reader left them out as no part of a name.
    while (timeStart - 1 > sentence.firstToken && TIME_MODIFIERS.has(tokens[timeStart - 1]?.lower ?? '')) timeStart -= 1;
    // "The library only last week announced …": an adverb opens the phrase of time too.
    if (timeStart - 1 > sentence.firstToken && tokens[timeStart - 1]?.pos === 'ADV' && timeStart < phrase.endToken - 1) timeStart -= 1;
    if (timeStart <= sentence.firstToken) return null;
    // "Sen. Jane Roe (D-Ore.) on Tuesday said …": the bracket after the name stands aside.
    const subjectEnd = beforeParenthesis(context, timeStart, sentence);
    // "A survey published in March found …".
    return asSubject(context, phraseBefore(context, subjectEnd, sentence) ?? wholeSubject(subjectOverClause(context, subjectEnd, sentence), wholeEnd), end, sentence, wholeEnd);
  }
  if (phrase === null) return wholeSubject(subjectOverModifier(context, end, sentence), wholeEnd);
  return asSubject(context, wholeSubject(subjectOverClause(context, extentStart(phrase), sentence), wholeEnd) ?? nameAfterSettingNoun(context, phrase) ?? openingSettingSubject(context, phrase, sentence) ?? phrase, end, sentence, wholeEnd);
}

/**
 * "Republicans met the mayor and Democrats said …": a phrase read whole over "and" right after a verb, whose
 * object it would be, gives its last part, the subject of the cue; `phrase` otherwise.
 */
function conjunctAfterObject(context: RuleContext, phrase: PhraseMatch): PhraseMatch {
  const tokens = context.doc.tokens;
  // "a study for the city and state agencies found": after a preposition the phrase is a longer subject's modifier.
  if (phrase.kind === 'pronoun' || tokens[extentStart(phrase) - 1]?.pos !== 'VERB') return phrase;
  for (let i = phrase.endToken - 2; i > extentStart(phrase); i -= 1) {
    if (!JOINERS.has((tokens[i] as Token).lower)) continue;
    const part = tokens.slice(i + 1, phrase.endToken);
    return { firstToken: i + 1, endToken: phrase.endToken, kind: part.every((token) => token.pos === 'PROPN') ? 'name' : 'description' };
  }
  return phrase;
}

/**
 * `phrase` when it can be the subject of the cue at `end`; else, when it stands inside a long modifier of the
 * clause's subject ("A study released by the agency last month found …"), that subject; else `phrase`.
 */
function asSubject(context: RuleContext, phrase: PhraseMatch | null, end: number, sentence: Sentence, wholeEnd: number | null): PhraseMatch | null {
  if (phrase !== null && standsAsSubject(context, phrase, sentence)) return phrase;
  return (phrase === null ? null : authoredEvidence(context, phrase, sentence)) ?? wholeSubject(subjectOverModifier(context, end, sentence), wholeEnd) ?? phrase;
}

/**
 * `head`, the head of a subject whose modifier runs to token `end` (exclusive), marked as running there; as it
 * is with no `end`.
 */
function wholeSubject(head: PhraseMatch | null, end: number | null): PhraseMatch | null {
  return head === null || end === null ? head : { ...head, modifierEnd: end };
}

const EVIDENCE = new Set(EVIDENCE_NOUNS);

/**
 * "A 2012 study by a law professor found …", "a poll by the Ledger shows …", "a survey of parents by the
 * lab found …": the phrase after "by" names who made the study or poll before it (whose own "of" phrase may
 * stand between); the whole, from the study's phrase on, is the subject.
 */
function authoredEvidence(context: RuleContext, phrase: PhraseMatch, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  const by = extentStart(phrase) - 1;
  if (tokens[by]?.lower !== 'by') return null;
  const head = phraseBefore(context, by, sentence);
  if (head === null || head.kind === 'pronoun' || !EVIDENCE.has(evidenceHead(tokens, head, by))) return null;
  const whole: PhraseMatch = { firstToken: head.firstToken, endToken: phrase.endToken, kind: 'description' };
  return standsAsSubject(context, whole, sentence) ? whole : null;
}

/** The noun heading a phrase that ends at `end`: the word before its first "of" ("survey" of "a survey of parents"), or its last word. */
function evidenceHead(tokens: readonly Token[], phrase: PhraseMatch, end: number): string {
  for (let i = phrase.firstToken + 1; i < end; i += 1) if (tokens[i]?.lower === 'of') return tokens[i - 1]?.lower ?? '';
  return tokens[end - 1]?.lower ?? '';
}

/** The subject after an opening phrase of setting when `phrase`, as read, cannot be the subject itself. */
function openingSettingSubject(context: RuleContext, phrase: PhraseMatch, sentence: Sentence): PhraseMatch | null {
  return standsAsSubject(context, phrase, sentence) ? null : subjectAfterOpeningSetting(context, phrase, sentence);
}

/** Relative pronouns that open a clause inside a subject: "A study that ran in a nursing journal found …". */
const SUBJECT_RELATIVES = new Set(RELATIVE_PRONOUNS);
/** Most tokens a relative clause inside a subject may hold. */
const MAX_RELATIVE_CLAUSE_TOKENS = 10;

/**
 * "A study that ran in a nursing journal found …", "The woman who met Moreau said …", "A
 * survey published in March found …", "Fans lining the harbour wall sang …": what stands
 * before the cue from token `start` on is inside a clause that belongs to the subject; the subject is the
 * phrase before that clause. Null when no such clause (a relative pronoun and one verb, or a participle
 * right after a noun; no comma or quotation) opens before `start`.
 */
function subjectOverClause(context: RuleContext, start: number, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  const before = tokens[start - 1];
  if (before === undefined || start <= sentence.firstToken || (before.pos !== 'ADP' && before.pos !== 'VERB')) return null;
  if (opensAdverbialClause(tokens, start)) return null;
  const modified = postmodifiedSubject(context, start, sentence);
  if (modified !== null) return modified;
  let verbs = 0;
  for (let i = start - 1; i > sentence.firstToken && i >= start - MAX_RELATIVE_CLAUSE_TOKENS; i -= 1) {
    const token = tokens[i] as Token;
    if (token.text === ',' || inQuote(context, token) || isQuoteMark(token)) return null;
    const relative = SUBJECT_RELATIVES.has(token.lower) && token.pos !== 'SCONJ' && verbs === 1;
    const participle = verbs === 0 && token.pos === 'VERB' && /(?:ed|en|ing)$/.test(token.lower) && isNounHead(tokens[i - 1] as Token);
    if (relative || participle) {
      const head = phraseBefore(context, i, sentence);
      return head === null || head.kind === 'pronoun' ? null : head;
    }
    if (SUBJECT_RELATIVES.has(token.lower)) return null;
    if (token.pos === 'VERB' || token.pos === 'AUX') verbs += 1;
  }
  return null;
}

const SUBJECT_PRONOUN = new Set(SUBJECT_PRONOUNS);
const SUBORDINATING = new Set(SUBORDINATING_CONJUNCTIONS);

/**
 * "Crowds gathered after it endorsed Roe", "Fans cheered when she thanked them": a subject pronoun after a
 * conjunction opens a clause of its own, whose subject it is; it is no object inside a longer subject.
 */
function opensAdverbialClause(tokens: readonly Token[], start: number): boolean {
  return SUBJECT_PRONOUN.has(tokens[start]?.lower ?? '') && SUBORDINATING.has(tokens[start - 1]?.lower ?? '');
}

const POSTMODIFYING = new Set(POSTMODIFIERS);
const PARENTHETICAL = new Set(PARENTHETICAL_ADVERBS);
const CONTACT_SUBJECTS = new Set(CONTACT_CLAUSE_SUBJECTS);

/**
 * "People close to the talks say", "Those close to him say": a noun (or "those") with an adjective and a
 * preposition after it, the phrase at `start` being the preposition's object. The whole is the speaker.
 */
function postmodifiedSubject(context: RuleContext, start: number, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  const adjective = start - 2;
  if (tokens[start - 1]?.pos !== 'ADP' || !POSTMODIFYING.has(tokens[adjective]?.lower ?? '') || adjective <= sentence.firstToken) return null;
  const end = phraseAfter(context, start, sentence)?.endToken ?? start + 1;
  if (tokens[adjective - 1]?.lower === 'those') return { firstToken: adjective - 1, endToken: end, kind: 'description' };
  const head = phraseBefore(context, adjective, sentence);
  return head === null || head.kind === 'pronoun' ? null : { firstToken: head.firstToken, endToken: end, kind: 'description' };
}

/**
 * "The farmers we visited said", "the economists I spoke with this week were sure": the noun phrase before a
 * clause of pronoun and verb with no relative pronoun, the verb perhaps followed by its stranded preposition
 * and a phrase of time, ending at token `last`.
 */
function subjectOverContactClause(context: RuleContext, last: number, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  let verb = last;
  if (TIME.has(tokens[verb]?.lower ?? '') && TIME_MODIFIERS.has(tokens[verb - 1]?.lower ?? '')) verb -= 2;
  if ((tokens[verb]?.pos === 'ADP' || tokens[verb]?.pos === 'PART') && tokens[verb - 1]?.pos === 'VERB') verb -= 1;
  if (tokens[verb]?.pos !== 'VERB' || !CONTACT_SUBJECTS.has(tokens[verb - 1]?.lower ?? '') || verb - 1 <= sentence.firstToken) return null;
  const head = phraseBefore(context, verb - 1, sentence);
  // The mention runs over the whole subject, clause included; its head decides who it is.
  return head === null || head.kind === 'pronoun' ? null : { ...head, modifierEnd: last + 1 };
}

const DASHES = new Set(DASH_MARKS);

/** "Jane Roe — the union leader — said": the name before a description set off by dashes. */
function speakerBeforeDash(context: RuleContext, dash: number, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  for (let i = dash - 1; i > sentence.firstToken && i > dash - MAX_APPOSITIVE_TOKENS; i -= 1) {
    const token = tokens[i] as Token;
    if (inQuote(context, token)) return null;
    if (!DASHES.has(token.text)) continue;
    // "Jane Roe — a former judge — said", "The board — which met twice — said": a name or a description.
    const name = phraseBefore(context, i, sentence);
    return name !== null && name.kind !== 'pronoun' ? { ...name, extentStart: name.firstToken } : null;
  }
  return null;
}

/** A party initial and a state after a legislator's name: "R-Ky.", "D-N.Y.", "I-Vt.". */
export const PARTY_STATE_LABEL = /^[RDI]-[A-Z][A-Za-z.]{1,5}$/;

/** The speaker of "X, <appositive or relative clause>, said": the name, with the whole expression's start. */
function speakerBeforeComma(context: RuleContext, comma: number, sentence: Sentence, nested = false): PhraseMatch | null {
  const tokens = context.doc.tokens;
  let opening = comma - 1;
  while (opening > sentence.firstToken && opening > comma - MAX_APPOSITIVE_TOKENS) {
    const token = tokens[opening] as Token;
    if (inQuote(context, token)) return null;
    if (token.text === ',' && !isDateComma(tokens, opening)) break;
    opening -= 1;
  }
  if (tokens[opening]?.text !== ',' || opening >= comma - 1) return null;
  const first = tokens[opening + 1] as Token;
  // "Jane Roe, 61, who runs the clinic, said": an age between commas stands between the name and the aside.
  if (tokens[opening - 1]?.pos === 'NUM' && tokens[opening - 2]?.text === ',' && opening - 2 > sentence.firstToken) opening -= 2;
  // "Dora Kemp, of Dayton, Ohio, said", "a baker from Lyon, France, said": a state or country
  // after a place continues the aside before it, and is never the speaker.
  if (STATES_AND_COUNTRIES.has(context.doc.text.slice(first.start, (tokens[comma - 1] as Token).end))) {
    return nested ? null : speakerBeforeComma(context, opening, sentence, true);
  }
  // "Lena Ortiz (D-Nev.), a budget committee member, said": the name before its parenthesis.
  const head = phraseBefore(context, beforeParenthesis(context, opening, sentence), sentence);
  if (head === null || head.kind === 'pronoun') return null;
  const segment = phraseAfter(context, opening + 1, sentence);
  // "her niece, state Del. Jane Roe (D-Va.), said": the name in apposition may carry its parenthesis.
  const segmentEnd = beforeParenthesis(context, comma, sentence);
  if (segment !== null && segment.endToken === segmentEnd && segment.kind === 'name' && head.kind === 'description' && first.pos !== 'ADP') {
    return { ...segment, extentStart: head.firstToken };
  }
  const participle = first.pos === 'VERB' && /(?:ing|ed)$/.test(first.lower);
  // "Lena Ortiz, D-Nev., said": a party and state label between commas.
  const label = PARTY_STATE_LABEL.test(context.doc.text.slice(first.start, (tokens[comma - 1] as Token).end));
  // ", at a later press briefing,": an aside of place or time also stands between a name and its verb;
  // "The president, in a tweet on Tuesday, called …": and between a description and its verb.
  const aside = first.pos === 'ADP';
  // "Norway, Oslo's main partner, said": a description that opens with its owner's name.
  const owned = tokens[opening + 2] !== undefined && isPossessive(tokens[opening + 2] as Token);
  // "Ana Ruiz, head of the port authority and a member of the harbor board, said": two descriptions joined.
  const joined = segment !== null && COORDINATORS.has(tokens[segment.endToken]?.lower ?? '') && phraseAfter(context, segment.endToken + 1, sentence)?.endToken === comma;
  const appositive = RELATIVES.has(first.lower) || first.pos === 'DET' || first.pos === 'NUM' || first.pos === 'ADJ' ||
    first.pos === 'PRON' || participle || aside || label || owned || joined || (segment !== null && segment.endToken === comma);
  if (!appositive) return null;
  // "Ana Bell, a chemist and adviser to the alliance, which is made up of …, said": the name before
  // a description in apposition is the speaker.
  const named = head.kind === 'description' && tokens[head.firstToken - 1]?.text === ',' ? phraseBefore(context, head.firstToken - 1, sentence) : null;
  if (named !== null && named.kind === 'name' && standsAsSubject(context, named, sentence)) return { ...named, extentStart: named.firstToken };
  const found = { ...head, extentStart: head.firstToken };
  // "Ruth Adler, the treasurer of Kent, one of the counties appealing, said": a second appositive;
  // the phrase before it ends a first one, and the speaker stands before that.
  const inner = !nested && !standsAsSubject(context, found, sentence) && tokens[opening - 1]?.text !== ',';
  return inner ? speakerBeforeComma(context, opening, sentence, true) ?? found : found;
}

/** Most tokens a parenthesis after a name may hold: "(D-Wis.)", "(R-IN)". */
const MAX_PARENTHESIS_TOKENS = 8;

/** With "Jane Roe (D-Wis.) said", the index just past "Roe"; else `end` itself. */
function beforeParenthesis(context: RuleContext, end: number, sentence: Sentence): number {
  const tokens = context.doc.tokens;
  if (tokens[end - 1]?.text !== ')') return end;
  for (let i = end - 2; i >= sentence.firstToken && i >= end - 1 - MAX_PARENTHESIS_TOKENS; i -= 1) {
    if (tokens[i]?.text === '(') return i;
  }
  return end;
}

/** With "said Jane Roe (D-Wis.), head of …", the index just past ")"; else `end` itself. */
export function afterParenthesis(context: RuleContext, end: number, sentence: Sentence): number {
  const tokens = context.doc.tokens;
  if (tokens[end]?.text !== '(') return end;
  for (let i = end + 1; i < sentence.endToken && i <= end + MAX_PARENTHESIS_TOKENS; i += 1) {
    if (tokens[i]?.text === ')') return i + 1;
  }
  return end;
}

/** "Lee, Park and Ruiz all said": "all" after the subject it counts, before the verb. */
function isFloatedAll(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return tokens[index]?.lower === 'all' && before !== undefined && (isNounHead(before) || before.text === ')');
}

const YEAR_PREPOSITIONS = new Set(YEAR_PREPOSITION_WORDS);
/** Prepositions that open a full date inside a subject's modifier: "since March 3, 2019", "on May 1, 2020". */
const DATE_PREPOSITIONS = new Set([...YEAR_PREPOSITION_WORDS, 'on']);

const MONTH_NAMES = new Set(Object.keys(MONTHS));

/** With "Roe, who in 2010 had said" or "The nurses in March said", the index just past "who" or "nurses"; else `end` itself. */
function beforeYear(tokens: readonly Token[], end: number, sentence: Sentence): number {
  const year = tokens[end - 1];
  const preposition = tokens[end - 2];
  const isYear = year !== undefined && (YEAR_NUMBER.test(year.text) || (isCapitalised(year) && MONTH_NAMES.has(year.lower)));
  // "A review released in March found": after a participle the time is the modifier's, inside the subject.
  const modifier = tokens[end - 3]?.pos === 'VERB';
  return isYear && !modifier && preposition !== undefined && YEAR_PREPOSITIONS.has(preposition.lower) && end - 2 > sentence.firstToken ? end - 2 : end;
}

/** The token at `index` is a raising verb or one of habit ("likes to say"), or the particle of one ("went on"). */
function isVerbBefore(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  if (token.pos === 'ADP') return RAISING.has(tokens[index - 1]?.lemma ?? '');
  return token.pos === 'VERB' && RAISING.has(token.lemma);
}

const PURPOSE_MOTION = new Set(PURPOSE_MOTION_VERBS);
/** Most tokens between a verb of going and the "to" of its purpose: "to the floor of the Senate". */
const MAX_PURPOSE_PLACE_TOKENS = 7;

/**
 * With "took to Facebook late on Sunday to say" and `to` the infinitive's "to", the index of "took": a verb of
 * going, a preposition, and a place of nouns, names, articles, adjectives or adverbs; else null.
 */
export function motionVerbBefore(tokens: readonly Token[], to: number, sentence: Sentence): number | null {
  for (let i = to - 1; i > sentence.firstToken && i >= to - MAX_PURPOSE_PLACE_TOKENS; i -= 1) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB') return PURPOSE_MOTION.has(token.lemma) && (tokens[i + 1]?.pos === 'ADP' || tokens[i + 1]?.lower === 'to') && i + 2 < to ? i : null;
    if (!['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'ADV', 'PART'].includes(token.pos) && !isPossessive(token)) return null;
  }
  return null;
}

/**
 * With `to` the "to" of the cue's infinitive, where the verb that hands the cue its subject starts: "appeared
 * to suggest", "went on to say", "tried on Friday to make the case" (a day may stand between the verb and its
 * "to"), "took to Facebook late on Sunday to say" (a verb of going to a medium, its place, then the
 * infinitive); else null.
 */
function verbBeforeInfinitive(tokens: readonly Token[], to: number, sentence: Sentence): number | null {
  const verbEnd = beforeDay(tokens, to - 1);
  if (isVerbBefore(tokens, verbEnd)) return verbStart(tokens, verbEnd);
  return motionVerbBefore(tokens, to, sentence);
}

/**
 * A verb that hands its subject on stands before the cue at `cue` and its "to" ("appeared to blame", "went on
 * to praise", "tried on Tuesday to blame"), or a phrase that does ("was quick to blame"): the cue reports as done.
 */
export function subjectHandedOn(tokens: readonly Token[], cue: number, sentence: Sentence): boolean {
  if (cueChainStart(tokens, cue, sentence) !== null) return true;
  return tokens[cue - 1]?.lower === 'to' && cue - 2 >= sentence.firstToken && isVerbBefore(tokens, beforeDay(tokens, cue - 2));
}

const DAYS = new Set([...WEEKDAYS, ...RELATIVE_DAY_WORDS]);

/** With a day ending at `index` ("Tuesday", "on Tuesday", "yesterday"), the index before it; else `index` itself. */
function beforeDay(tokens: readonly Token[], index: number): number {
  if (!DAYS.has(tokens[index]?.lower ?? '')) return index;
  return tokens[index - 1]?.lower === 'on' ? index - 2 : index - 1;
}

/** Where the verb ending at `index` starts: its particle's verb for "went on". */
function verbStart(tokens: readonly Token[], index: number): number {
  return (tokens[index] as Token).pos === 'ADP' ? index - 1 : index;
}

const REASON_SUBJECTS = new Set(IS_WHY_SUBJECTS);

/** "That’s why she said …", "which is why he believes …": a "why" that asserts the clause after it rather than asks. */
function isStatedReason(tokens: readonly Token[], why: number): boolean {
  return tokens[why]?.lower === 'why' && BE.has(tokens[why - 1]?.lower ?? '') && REASON_SUBJECTS.has(tokens[why - 2]?.lower ?? '');
}

const EMBEDDING = new Set(EMBEDDING_WORDS);
const CLAUSE_OPENERS = new Set(SPEAKER_CLAUSE_OPENERS);

/**
 * The speaker phrase can be a clause's subject: it opens the sentence, or follows a comma, a conjunction or
 * a word that opens a clause, not a verb or preposition that would make it an object ("asked China", "to
 * Beijing") or a word that embeds a question ("what the US thought").
 */
export function standsAsSubject(context: RuleContext, phrase: PhraseMatch, sentence: Sentence): boolean {
  const start = extentStart(phrase);
  const before = context.doc.tokens[start - 1];
  if (before === undefined || start <= sentence.firstToken) return true;
  // "When Clinton noted that …, Trump …", "…, where experts say …": "when" or "where" opening the sentence
  // or a clause is a time or a place, not a question; "in which he said" and "To which she said" open a
  // relative clause (wink tags that "to" a particle).
  const opensClause = start - 1 === sentence.firstToken || context.doc.tokens[start - 2]?.text === ',';
  if ((before.lower === 'when' || before.lower === 'where') && opensClause) return true;
  // "… on Tuesday when the mayor said …", "“…,” when she charged …": "when" after a noun or a quotation opens a
  // time; after a verb ("asked when the mayor said …") it may ask a question.
  const opener = context.doc.tokens[start - 2];
  if (before.lower === 'when' && opener !== undefined && (/^(?:NOUN|PROPN|NUM)$/.test(opener.pos) || isQuoteMark(opener))) return true;
  // "to the stage where the owners believe …", "a county where voters say …": "where" after a noun opens a relative clause of place.
  if (before.lower === 'where' && opener !== undefined && (opener.pos === 'NOUN' || opener.pos === 'PROPN')) return true;
  const preposition = context.doc.tokens[start - 2];
  if (before.lower === 'which' && (preposition?.pos === 'ADP' || preposition?.lower === 'to')) return true;
  if (isStatedReason(context.doc.tokens, start - 1)) return true;
  if (EMBEDDING.has(before.lower) || before.pos === 'VERB') return false;
  return !(before.pos === 'ADP' && !CLAUSE_OPENERS.has(before.lower));
}
