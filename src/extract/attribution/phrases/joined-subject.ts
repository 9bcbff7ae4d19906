/**
 * Speakers joined by "and" into one subject: "The mayor and the governor said …", "Britain, France and
 * Germany said …", "Both Ms. Roe and Mr. Lee say …". The whole is the speaker when it stands where a clause's
 * subject does (the sentence's start after an opening phrase or dateline, a comma, a subordinator or "that"),
 * never when its first part is an object ("Trump attacked Clinton and Obama said …" leaves "Obama").
 */
import type { Sentence, Token } from '../../document/types.js';
import { SUBORDINATING_CONJUNCTIONS, VERB_MODIFIERS } from '../../../vocabulary/cue-verbs.js';
import { NOUN_PHRASE_LINKS, PREDICATE_CONJUNCTIONS, SUBJECT_CLAUSE_WORDS, SUBJECT_JOINERS, TIME_HEADS } from '../../../vocabulary/speaker-words.js';
import { PERSON_TITLE_HEADS } from '../../../vocabulary/titles.js';
import { DAY_AND_MONTH_NAMES } from '../../../vocabulary/dates.js';
import type { RuleContext } from '../types.js';
import { phraseAfter, phraseBefore, type PhraseMatch } from './noun-phrase.js';
import { datelineEnd } from './dateline.js';
import { isOwnVerbBefore, isQuoteMark, verbAt } from './tokens.js';

const JOINERS = new Set(SUBJECT_JOINERS);
const CLAUSE_WORDS = new Set([...SUBORDINATING_CONJUNCTIONS, ...SUBJECT_CLAUSE_WORDS]);
const OPENING_CONJUNCTIONS = new Set(PREDICATE_CONJUNCTIONS);
/** "Yesterday, Spain and Italy said": a time opening the sentence is no part of a list. */
const TIMES = new Set([...TIME_HEADS, ...DAY_AND_MONTH_NAMES]);
const MODIFIERS = new Set(VERB_MODIFIERS);
const TITLES = new Set(PERSON_TITLE_HEADS);
const LINKS = new Set(NOUN_PHRASE_LINKS.filter((link) => !JOINERS.has(link)));
/** Most parts of a list read as one subject. */
const MAX_CONJUNCTS = 6;

/**
 * The speaker `phrase`, read back from a cue, with the parts joined to it by "and" (and by commas in a list)
 * when the whole stands as a subject; else `phrase` itself.
 */
export function joinedSubjectBefore(context: RuleContext, phrase: PhraseMatch, sentence: Sentence): PhraseMatch {
  if (phrase.kind === 'pronoun' || phrase.joined === true || (phrase.extentStart ?? phrase.firstToken) !== phrase.firstToken) return phrase;
  const parts = partsBefore(context, phrase, sentence);
  // "Ms. Roe, Mr. Park, and Mr. Lee": with a comma before "and", three parts or more ("Ms. Roe met the
  // mayor, and Mr. Lee said" is two clauses).
  const tokens = context.doc.tokens;
  const fewest = JOINERS.has(tokens[phrase.firstToken - 1]?.lower ?? '') && tokens[phrase.firstToken - 2]?.text === ',' ? 3 : 2;
  // The longest list whose first part opens a clause: "On Monday, Britain, France and Germany said" is
  // read from "Britain", "Monday" following a preposition.
  // "He said Britain, France and Germany had agreed": a list after a verb is its object, all of it.
  for (let count = parts.length; count >= fewest; count -= 1) {
    const first = parts[parts.length - count] as PhraseMatch;
    if (/^(?:VERB|AUX)$/.test(tokens[first.firstToken - 1]?.pos ?? '')) return phrase;
    const joined = joinParts(context, parts.slice(parts.length - count), sentence);
    if (joined !== null) return joined;
  }
  return phrase;
}

/**
 * The subject `phrase`, read forward from the clause's start, with the parts joined to it by commas and "and"
 * when a verb follows the whole: "Ms. Roe and the mayor praised the plan and warned …". Else `phrase` itself.
 * With `haveAsVerb`, that verb may be a "have" or "do" with an object ("Ms. Roe and her aides have had words …").
 */
export function joinedSubjectAfter(context: RuleContext, phrase: PhraseMatch | null, sentence: Sentence, haveAsVerb = false): PhraseMatch | null {
  if (phrase === null || phrase.kind === 'pronoun' || phrase.joined === true) return phrase;
  const tokens = context.doc.tokens;
  const parts = [phrase];
  let next = phrase.endToken;
  while (parts.length < MAX_CONJUNCTS) {
    const joiner = tokens[next];
    const oxford = joiner?.text === ',' && JOINERS.has(tokens[next + 1]?.lower ?? '');
    if (joiner === undefined || (joiner.text !== ',' && !JOINERS.has(joiner.lower))) return phrase;
    const part = phraseAfter(context, next + (oxford ? 2 : 1), sentence);
    if (part === null || part.kind === 'pronoun') return phrase;
    parts.push(part);
    next = part.endToken;
    if (JOINERS.has(joiner.lower)) break;
    if (oxford) {
      if (parts.length < 3) return phrase;
      break;
    }
  }
  const last = parts[parts.length - 1] as PhraseMatch;
  if (!JOINERS.has(tokens[last.firstToken - 1]?.lower ?? '')) return phrase;
  let verb = last.endToken;
  while (verb < sentence.endToken && (tokens[verb]?.pos === 'ADV' || MODIFIERS.has(tokens[verb]?.lower ?? '') || tokens[verb]?.lower === 'all')) verb += 1;
  if (!verbAt(context, verb) && !(haveAsVerb && verb > last.endToken && isOwnVerbBefore(tokens[verb - 1], tokens[verb]))) return phrase;
  return sameKind(parts) || parts.length === 2 ? joinedPhrase(phrase.firstToken, parts) : phrase;
}

/**
 * The parts of a subject that ends with `phrase`, first to last: "the governor" after "The mayor and", or the
 * parts of "Ms. Lee, Mr. Park and Mr. Ruiz". A list written "A, B, and C" has three parts or more.
 */
function partsBefore(context: RuleContext, phrase: PhraseMatch, sentence: Sentence): PhraseMatch[] {
  const tokens = context.doc.tokens;
  const split = splitAtJoiner(context, phrase, sentence);
  const joiner = phrase.firstToken - 1;
  const oxford = split === null && tokens[joiner - 1]?.text === ',';
  let parts: PhraseMatch[];
  if (split !== null) parts = split;
  else {
    if (!JOINERS.has(tokens[joiner]?.lower ?? '')) return [phrase];
    const left = phraseBefore(context, oxford ? joiner - 1 : joiner, sentence);
    // "fought rival clubs, farm lobbies and government and Roe said": a part holding "and" itself is the end of
    // an object's list, not the first part of the subject.
    if (!isListPart(context, left) || holdsJoiner(tokens, left)) return [phrase];
    parts = [left, phrase];
  }
  // "Ms. Lee, Mr. Park and Mr. Ruiz": more parts before, each after a comma.
  while (parts.length < MAX_CONJUNCTS && tokens[(parts[0] as PhraseMatch).firstToken - 1]?.text === ',') {
    const part = phraseBefore(context, (parts[0] as PhraseMatch).firstToken - 1, sentence);
    if (!isListPart(context, part)) break;
    parts = [part, ...parts];
  }
  return parts;
}

/** Whether "and" (or another joiner) stands inside `phrase`. */
function holdsJoiner(tokens: readonly Token[], phrase: PhraseMatch): boolean {
  return tokens.slice(phrase.firstToken, phrase.endToken).some((token) => JOINERS.has(token.lower));
}

/** A phrase that can be one of a subject's parts: a name or description, not a pronoun or a time ("Monday"). */
function isListPart(context: RuleContext, part: PhraseMatch | null): part is PhraseMatch {
  return part !== null && part.kind !== 'pronoun' && !TIMES.has(context.doc.tokens[part.endToken - 1]?.lower ?? '');
}

/**
 * "Jane Roe and Tom Lee", which the phrase reader takes whole: its two parts, when "and" joins two names and
 * the first is not a title ("Chairman and CEO Ana Roe", "Secretary of Labor and Industry Tom Lee" are one person).
 */
function splitAtJoiner(context: RuleContext, phrase: PhraseMatch, sentence: Sentence): [PhraseMatch, PhraseMatch] | null {
  const tokens = context.doc.tokens;
  for (let i = phrase.endToken - 2; i > phrase.firstToken; i -= 1) {
    if (!JOINERS.has((tokens[i] as Token).lower)) continue;
    const left = phraseBefore(context, i, sentence);
    // Read forward, the second part may run on over a verb read as a noun ("France support the rebels").
    const right = phraseAfter(context, i + 1, sentence);
    if (left === null || right === null || left.firstToken !== phrase.firstToken || right.endToken < phrase.endToken) return null;
    const rightKind = right.endToken === phrase.endToken ? right.kind : phrase.kind;
    if (left.kind !== 'name' || rightKind !== 'name' || TITLES.has(headOf(tokens, left).lower)) return null;
    return [left, { firstToken: i + 1, endToken: phrase.endToken, kind: 'name' }];
  }
  return null;
}

/** The head of a phrase: its last word before a linking preposition ("Secretary" in "Secretary of Labor"). */
function headOf(tokens: readonly Token[], phrase: PhraseMatch): Token {
  for (let i = phrase.firstToken + 1; i < phrase.endToken; i += 1) {
    if (LINKS.has((tokens[i] as Token).lower)) return tokens[i - 1] as Token;
  }
  return tokens[phrase.endToken - 1] as Token;
}

/** The parts joined, from "both" before the first, when the first opens a clause and a list's parts are alike. */
function joinParts(context: RuleContext, parts: readonly PhraseMatch[], sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  const first = parts[0] as PhraseMatch;
  const start = tokens[first.firstToken - 1]?.lower === 'both' ? first.firstToken - 1 : first.firstToken;
  // "After the vote, the mayor and the governor": a list of descriptions after a subordinator may start with
  // the end of an opening phrase; a list of names ("as Spain, Italy and Greece") rarely does.
  const list = parts.length > 2;
  if (list && !sameKind(parts)) return null;
  if (!opensSubject(context, start, sentence, list && first.kind !== 'name')) return null;
  return joinedPhrase(start, parts);
}

function joinedPhrase(start: number, parts: readonly PhraseMatch[]): PhraseMatch {
  const last = parts[parts.length - 1] as PhraseMatch;
  const kind = parts.every((part) => part.kind === 'name') ? 'name' : 'description';
  return { firstToken: start, endToken: last.endToken, kind, joined: true };
}

/** "Britain, France and Germany", "the mayor, the governor and the judge": a list of names, or of descriptions. */
function sameKind(parts: readonly PhraseMatch[]): boolean {
  return parts.every((part) => part.kind === (parts[0] as PhraseMatch).kind);
}

/**
 * A subject may start at token `start`: the clause's start (after a dateline, or "But" opening the sentence),
 * after a comma or a quotation closed by one, after "that" or (unless `strict`) a subordinator.
 */
function opensSubject(context: RuleContext, start: number, sentence: Sentence, strict: boolean): boolean {
  const tokens = context.doc.tokens;
  const opening = datelineEnd(tokens, sentence);
  if (start <= opening) return true;
  const before = tokens[start - 1] as Token;
  if (before.text === ',' || before.lower === 'that' || (!strict && CLAUSE_WORDS.has(before.lower))) return true;
  if (isQuoteMark(before)) return /^[,?!]$/.test(tokens[start - 2]?.text ?? '');
  return OPENING_CONJUNCTIONS.has(before.lower) && (start - 1 === opening || tokens[start - 2]?.text === ',');
}
