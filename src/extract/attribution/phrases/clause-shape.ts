/**
 * The shape of a clause around reported words: whether words from a token on can stand alone as a clause
 * (a subject and its verb), and where a relative or a subordinate clause gives way to the main clause.
 */
import type { Sentence, Token } from '../../document/types.js';
import { RELATIVE_PRONOUNS, TIME_HEADS } from '../../../vocabulary/speaker-words.js';
import { CUE_VERBS, MODAL_VERB_SET, VERB_NEGATION_SET } from '../../../vocabulary/cue-verbs.js';
import { DASHES, QUOTATION_DASH } from '../../../vocabulary/dashes.js';
import type { RuleContext } from '../types.js';
import {
  inQuote, isJoiningHyphen, isNameTaggedVerb, isNounPhraseWord, isParticiple, isPossessivePronoun, isQuoteMark, isSentenceEnd, isSpacedDash, isTensedVerb, someInClause,
} from './tokens.js';
import { OBJECT_RELATIVE_OPENERS, REPORTED_QUESTION_WORDS, SUBJECT_QUANTIFIERS } from '../../../vocabulary/function-words.js';
import { hasPastParticipleEnding } from '../../util/participle.js';
import { opensReducedPassive } from '../../util/reduced-relative.js';
import { OBJECT_PRONOUNS, REFLEXIVE_PRONOUNS } from '../../../vocabulary/pronouns.js';

/** Words that open a reported question: "asked whether …" (REPORTED_QUESTION_WORDS). */
export const QUESTION_WORDS = new Set(REPORTED_QUESTION_WORDS);
/** Most tokens of an adjunct, a subject or an aside read within a clause. */
export const MAX_ADJUNCT_TOKENS = 12;
/** Dashes that open an aside with a space before them. */
export const DASH_ASIDES: ReadonlySet<string> = new Set([...DASHES, QUOTATION_DASH]);
const ARTICLES = new Set(['a', 'an', 'the']);
const QUANTIFIERS = new Set(SUBJECT_QUANTIFIERS);
const RELATIVES = new Set(RELATIVE_PRONOUNS);
const OBJECT_PRONOUN_SET = new Set(OBJECT_PRONOUNS);
const REFLEXIVES = new Set(REFLEXIVE_PRONOUNS);
const RELATIVE_CLAUSE_OPENERS = new Set(OBJECT_RELATIVE_OPENERS);
const TIME_WORDS = new Set(TIME_HEADS);

/** Content that can stand alone: a subject and a verb ("it would be"), or a question ("if …"). */
export function looksLikeClause(context: RuleContext, start: number, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  let i = start;
  const first = tokens[i];
  if (first === undefined) return false;
  if (QUESTION_WORDS.has(first.lower) || isQuoteMark(first)) return true;
  let quoted = false;
  if (first.pos === 'PRON' && !isPossessivePronoun(first)) {
    i += 1;
    // "they both share", "we all know".
    if (QUANTIFIERS.has(tokens[i]?.lower ?? '')) i += 1;
    // "she and her husband had given up …", "he and I will": a pronoun joined to a noun phrase is the subject.
    const joined = tokens[i + 1];
    if (tokens[i]?.pos === 'CCONJ' && joined !== undefined && (isNounPhraseWord(joined) || (joined.pos === 'PRON' && !isPossessivePronoun(joined)))) {
      i += 2;
      while (i < sentence.endToken && i < start + MAX_ADJUNCT_TOKENS && isNounPhraseWord(tokens[i] as Token)) i += 1;
    }
  } else {
    // "too much is made of …", "many more were …": a quantity can be the subject.
    while (QUANTIFIERS.has(tokens[i]?.lower ?? '') || tokens[i]?.pos === 'ADV') i += 1;
    let infinitives = false;
    let firstInfinitive = -1;
    // An infinitive's object lengthens the subject: "his plans to raise fares on the night buses and …".
    while (i < sentence.endToken && i < start + (infinitives ? 2 * MAX_ADJUNCT_TOKENS : MAX_ADJUNCT_TOKENS)) {
      const token = tokens[i] as Token;
      const joined = isJoiningHyphen(tokens[i - 1], token, tokens[i + 1]) || (tokens[i + 1] !== undefined && isJoiningHyphen(token, tokens[i + 1] as Token, tokens[i + 2]));
      const joinsPhrases = token.pos === 'CCONJ' && i > start && tokens[i + 1] !== undefined && isNounPhraseWord(tokens[i + 1] as Token);
      // "Moreau’s “newest online tantrum is …”": the subject may run into a quotation.
      const mark = isQuoteMark(token) && context.quoteIndex.quoteStartingAt(token.start) !== undefined;
      // "the words “tax hike” were …": the quotation closes inside the subject.
      const closing = quoted && !mark && isQuoteMark(token);
      if (mark) quoted = true;
      // "her plans to raise taxes would …": an infinitive inside the subject.
      const infinitive = token.lower === 'to' && i > start && tokens[i + 1]?.pos === 'VERB' && isNounPhraseWord(tokens[i - 1] as Token);
      // "her plans to raise taxes and cut fees would …": a second infinitive, its "to" left out.
      const next = tokens[i + 1];
      const coordinated = infinitives && token.pos === 'CCONJ' && next?.pos === 'VERB' && next.lower === next.lemma;
      // "a newly elected council would …": after an article, an adverb and its participle modify the noun.
      const modifier = token.pos === 'ADV' && ARTICLES.has(tokens[i - 1]?.lower ?? '') && next?.pos === 'VERB';
      // "the club's most urgent task was …": an adverb before an adjective inside the subject.
      const degree = token.pos === 'ADV' && i > start && next?.pos === 'ADJ';
      // "an example of rising anger": an "-ing" form between a preposition and a noun modifies the noun.
      const modifyingParticiple = token.pos === 'VERB' && token.lower.endsWith('ing') && tokens[i - 1]?.pos === 'ADP' && next?.pos === 'NOUN';
      // "most of them agree …", "many of us were …": an object pronoun after "of" closes the subject.
      const partOf = OBJECT_PRONOUN_SET.has(token.lower) && tokens[i - 1]?.lower === 'of' && i - 1 > start;
      // "a close race as the mayor gains ground": a clause of time after a noun is no part of a subject ("after",
      // "before" and "since" are prepositions too often: "her work after the attacks and …").
      if (token.lower === 'as' && i > start && tokens[i - 1]?.pos === 'NOUN' && looksLikeClause(context, i + 1, sentence)) return false;
      // "the plan as drafted would …": "as" and a past participle qualify the noun inside the subject.
      const asParticiple = token.lower === 'as' && i > start && next?.pos === 'VERB' && hasPastParticipleEnding(next.lower) &&
        /^(?:AUX|VERB)$/.test(tokens[i + 2]?.pos ?? '');
      if (infinitive || coordinated) {
        if (!infinitives) firstInfinitive = i;
        infinitives = true;
        i += 2;
      } else if (modifier || asParticiple) i += 2;
      else if (isNounPhraseWord(token) || joined || mark || closing || (token.pos === 'ADP' && i > start) || joinsPhrases || degree ||
        modifyingParticiple || partOf) i += 1;
      else break;
    }
    if (i === start) return false;
    // "her team plans to visit the sites": with no verb after it, the noun before the infinitive was the verb.
    if (firstInfinitive > start + 1 && isIntentionVerbTaggedNoun(tokens, firstInfinitive - 1) && !someInClause(tokens, i, sentence, isVerb)) return true;
    // "the bill guts protections for workers": with no verb after it, a noun in -s after "the" and a singular
    // noun, before its object, was the verb.
    if (hasVerbTaggedNounAfterSubject(tokens, start, i) && !someInClause(tokens, i, sentence, isVerb)) return true;
    // "the rules “lump” tenants with landlords": with no verb after it, a quoted word after a noun, before its object, was the verb.
    if (hasQuotedVerbAfterSubject(context, start, i) && !someInClause(tokens, i, sentence, isVerb)) return true;
  }
  // "tenants and owners who sublet would not qualify": a relative clause inside the subject.
  if (RELATIVES.has(tokens[i]?.lower ?? '') && i > start) {
    // "the demands that come with the job erase …": the relative clause's verb, words, then the main verb.
    let relativeVerb = false;
    let wordsAfterVerb = false;
    for (let j = i + 1; j < sentence.endToken && j <= i + MAX_ADJUNCT_TOKENS; j += 1) {
      const token = tokens[j] as Token;
      if (token.pos === 'AUX' && MODAL_VERB_SET.has(token.lower) && relativeVerb) return !inQuote(context, token);
      if (token.text === ',' || isSentenceEnd(token)) break;
      const finite = isTensedVerb(token);
      // "whoever grumbles about the rota “is not pulling their weight”": the predicate may open a quotation.
      const opensQuotation = isQuoteMark(tokens[j - 1]) && context.quoteIndex.quoteStartingAt((tokens[j - 1] as Token).start) !== undefined;
      if (finite && relativeVerb && wordsAfterVerb) return opensQuotation || !inQuote(context, token);
      if (finite) relativeVerb = true;
      else if (relativeVerb && token.pos !== 'ADV') wordsAfterVerb = token.pos !== 'CCONJ';
    }
  }
  // "the program, run by the state, has brought …": a parenthesis between commas after the subject.
  if (i > start) i = afterDashAside(context, afterParentheses(context, i, sentence), sentence);
  // "the board itself would …": a reflexive right after the subject stresses it.
  if (i > start && REFLEXIVES.has(tokens[i]?.lower ?? '')) i += 1;
  // The verb may open a quotation: "the ruling “confirms what …”".
  const opensQuote = isQuoteMark(tokens[i]) && context.quoteIndex.quoteStartingAt((tokens[i] as Token).start) !== undefined;
  if (opensQuote) i += 1;
  while (tokens[i]?.pos === 'ADV' || VERB_NEGATION_SET.has(tokens[i]?.lower ?? '')) i += 1;
  const verb = tokens[i];
  // "a way around the Zoning Code", "points of focus": a capitalised word of a name, or a word after a
  // preposition (other than a gerund: "all about winning"), is a noun whatever its tag.
  if (verb === undefined || i >= sentence.endToken) return false;
  const noun = isNameTaggedVerb(tokens, i) || (tokens[i - 1]?.pos === 'ADP' && !isParticiple(verb));
  // "defended people accused of fraud": the participle describes the noun; only a verb after it ("the men
  // charged with arson have fled") makes the words a clause.
  if (opensReducedPassive(tokens, i) && !someInClause(tokens, i + 2, sentence, isTensedVerb)) return false;
  return (verb.pos === 'AUX' || verb.pos === 'VERB') && !noun && (opensQuote || quoted || !inQuote(context, verb));
}

const INTENTION_VERBS = new Set(CUE_VERBS.intention);

/** A verb or an auxiliary. */
const isVerb = (token: Token): boolean => token.pos === 'VERB' || token.pos === 'AUX';

/** "plans", "wants", "hopes": a verb of intention in the third person that the tagger read as a plural noun, after a noun. */
function isIntentionVerbTaggedNoun(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  return token.pos === 'NOUN' && token.lower.endsWith('s') && INTENTION_VERBS.has(token.lower.slice(0, -1)) && isNounPhraseWord(tokens[index - 1] as Token);
}

/** Tags that open the object after a verb in the third person read as a noun: "guts [protections]", "bans [the] sale". */
const OBJECT_OPENING_TAGS = new Set(['DET', 'NOUN', 'ADJ', 'PRON', 'NUM']);

/**
 * Whether tokens [start, end) hold "<article> <singular noun> <noun in -s> <object>", the third token a verb
 * in the third person that the tagger read as a plural noun ("the bill guts protections").
 */
function hasVerbTaggedNounAfterSubject(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start + 2; i < end; i += 1) {
    const [article, noun, verb, next] = [tokens[i - 2], tokens[i - 1], tokens[i] as Token, tokens[i + 1]];
    const singularNoun = noun?.pos === 'NOUN' && !noun.lower.endsWith('s');
    if (article?.pos === 'DET' && singularNoun && verb.pos === 'NOUN' && verb.lower.endsWith('s') && next !== undefined && OBJECT_OPENING_TAGS.has(next.pos)) return true;
  }
  return false;
}

/**
 * Whether tokens [start, end) hold "<noun> “<one word>” <object>", the quoted word a verb the tagger read as a
 * noun inside the subject ("the rules “lump” tenants").
 */
function hasQuotedVerbAfterSubject(context: RuleContext, start: number, end: number): boolean {
  const tokens = context.doc.tokens;
  for (let i = start + 1; i + 3 < end; i += 1) {
    const [noun, open, close, next] = [tokens[i - 1], tokens[i] as Token, tokens[i + 2] as Token, tokens[i + 3] as Token];
    const oneWord = isQuoteMark(open) && context.quoteIndex.quoteStartingAt(open.start) !== undefined && context.quoteIndex.quoteEndingAt(close.end) !== undefined;
    // "the show “Blackout” this fall": a phrase of time after the quotation is no object.
    const time = TIME_WORDS.has(next.lower) || TIME_WORDS.has(tokens[i + 4]?.lower ?? '');
    if (oneWord && noun?.pos === 'NOUN' && OBJECT_OPENING_TAGS.has(next.pos) && !time) return true;
  }
  return false;
}

/** A person's age as news writes it between commas after a name or noun. */
const AGE = /^\d{1,3}$/;

/**
 * Words that open a parenthesis after a subject: a participle ("run by"), a preposition, a relative pronoun,
 * an article, or a person's age ("the suspect, 34, was …").
 */
function opensParenthesis(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'ADP' || token.pos === 'DET' || RELATIVES.has(token.lower) || AGE.test(token.text);
}

/**
 * With " - gay or straight - " at `dash` (an aside set off by two spaced dashes after a subject: "said families
 * - gay or straight - would qualify"), the index just past its closing dash; else `dash` itself.
 */
function afterDashAside(context: RuleContext, dash: number, sentence: Sentence): number {
  const tokens = context.doc.tokens;
  if (!isSpacedDash(tokens, dash) || inQuote(context, tokens[dash] as Token)) return dash;
  for (let j = dash + 2; j < sentence.endToken && j <= dash + MAX_ADJUNCT_TOKENS; j += 1) {
    const token = tokens[j] as Token;
    if (isSpacedDash(tokens, j)) return j + 1;
    if (isSentenceEnd(token) || isQuoteMark(token)) return dash;
  }
  return dash;
}

/** Most parentheses in a row after a subject: "Ann Roe, 34, of Dayton, was …". */
const MAX_PARENTHESES = 3;

/**
 * Past the parenthesis at `comma` and those after it that give an age or a place ("Ann Roe, 34, of Dayton,
 * was …"), each closed by the comma that opens the next.
 */
function afterParentheses(context: RuleContext, comma: number, sentence: Sentence): number {
  let end = comma;
  for (let count = 0; count < MAX_PARENTHESES; count += 1) {
    const first = context.doc.tokens[end + 1];
    if (count > 0 && !(first !== undefined && (AGE.test(first.text) || first.pos === 'ADP'))) return end + 1;
    const next = afterParenthesis(context, end, sentence);
    if (next === end) return end === comma ? comma : end + 1;
    end = next - 1;
  }
  return end + 1;
}

/** With ", run by the state," at `comma`, the index just past its closing comma; else `comma` itself. */
function afterParenthesis(context: RuleContext, comma: number, sentence: Sentence): number {
  const tokens = context.doc.tokens;
  const first = tokens[comma + 1];
  if (tokens[comma]?.text !== ',' || first === undefined || !opensParenthesis(first) || inQuote(context, first)) return comma;
  for (let j = comma + 2; j < sentence.endToken && j <= comma + MAX_ADJUNCT_TOKENS; j += 1) {
    const token = tokens[j] as Token;
    if (token.text === ',') return j + 1;
    if (isSentenceEnd(token) || isQuoteMark(token)) return comma;
  }
  return comma;
}

/**
 * Where a relative clause that starts before `start` gives way to its sentence's main verb: "Its ruling,
 * which found that the tax was unlawful, is a model": the comma (or dash) before "is". The sentence's end otherwise.
 */
export function relativeClauseEnd(context: RuleContext, start: number, sentence: Sentence): number {
  const tokens = context.doc.tokens;
  for (let i = start; i + 1 < sentence.endToken; i += 1) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if ((token.text !== ',' && !DASH_ASIDES.has(token.text)) || context.quoteIndex.quoteAt(token.start) !== undefined) continue;
    if (isTensedVerb(next)) return i;
  }
  return sentence.endToken;
}

/**
 * Where a sentence's main clause follows a subordinate clause that starts before `start`: "When she noted
 * that taxes rose, he smiled": the comma before "he". The sentence's end otherwise.
 */
export function mainClauseStart(context: RuleContext, start: number, sentence: Sentence): number {
  const tokens = context.doc.tokens;
  for (let i = start + 1; i + 1 < sentence.endToken; i += 1) {
    const token = tokens[i] as Token;
    if (token.text === ',' && !inQuote(context, token) && looksLikeClause(context, i + 1, sentence)) return i;
  }
  return sentence.endToken;
}

/** Most tokens of a relative clause that a comma closes: ", which cut the bus fares,". */
const MAX_RELATIVE_TOKENS = 15;
/** Conjunctions that join a second verb to a relative clause: ", which …, but also led to …". */
const RELATIVE_JOINERS = new Set(['and', 'but', 'yet']);

/**
 * "the bill, which cut the bus fares[,] but also led to …": the comma at `comma` closes a relative
 * clause set off after a comma, and a conjunction and a verb with no subject of its own (not "-ing") follow: that
 * verb goes on with the relative clause.
 */
export function continuesRelativeClause(tokens: readonly Token[], comma: number): boolean {
  if (!RELATIVE_JOINERS.has(tokens[comma + 1]?.lower ?? '')) return false;
  let k = comma + 2;
  while (tokens[k]?.pos === 'ADV') k += 1;
  const verb = tokens[k];
  if (verb?.pos !== 'VERB' || verb.lower.endsWith('ing')) return false;
  for (let j = comma - 1; j > 0 && j >= comma - MAX_RELATIVE_TOKENS; j -= 1) {
    const token = tokens[j] as Token;
    if (token.text === ',') return false;
    if (RELATIVE_CLAUSE_OPENERS.has(token.lower) && tokens[j - 1]?.text === ',') return true;
  }
  return false;
}
