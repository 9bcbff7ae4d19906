/** Where reported content starts after a cue: past the recipient, adjuncts ("in a statement") and "that". */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import { CLAUSE_FIRST_VERBS, CUE_NOUNS, CUE_VERB_TYPES, RECIPIENT_VERBS, SUBORDINATING_CONJUNCTIONS } from '../../../vocabulary/cue-verbs.js';
import { isSummingAppositive } from './renaming-tail.js';
import { COMPLEMENT_NOUNS } from '../../../vocabulary/cue-nouns.js';
import { OBJECT_PRONOUNS } from '../../../vocabulary/pronouns.js';
import { ADJUNCT_PREPOSITIONS, MANNER_NOUNS, MANNER_POINTERS, NOUN_RELATIVE_PRONOUNS, PART_HEADS, QUESTION_FOCUS_ADVERBS, TIME_HEADS } from '../../../vocabulary/speaker-words.js';
import type { RuleContext } from '../types.js';
import { DAY_AND_MONTH_NAMES, WEEKDAYS, YEAR_NUMBER } from '../../../vocabulary/dates.js';
import { MAX_TITLE_LENGTH, followsModifierAndNoun } from './content.js';
import { looksLikeClause, MAX_ADJUNCT_TOKENS, QUESTION_WORDS } from './clause-shape.js';
import { phraseAfter } from './noun-phrase.js';
import { isNameTaggedVerb, isNounPhraseWord, isPossessive, isPossessivePronoun, isQuoteMark, isSentenceEnd, participleCueAt } from './tokens.js';

const RECIPIENTS = new Set(RECIPIENT_VERBS);
const NOUN_RELATIVES = new Set(NOUN_RELATIVE_PRONOUNS);
const QUESTION_FOCUS = new Set(QUESTION_FOCUS_ADVERBS);
const COMPLEMENTS = new Set([...COMPLEMENT_NOUNS, ...Object.values(CUE_NOUNS).flat()]);
const OBJECT = new Set(OBJECT_PRONOUNS);
const ADJUNCTS = new Set(ADJUNCT_PREPOSITIONS);
const SUBORDINATING = new Set(SUBORDINATING_CONJUNCTIONS);

const WEEKDAY_NAMES = new Set(WEEKDAYS);
const CLAUSE_FIRST = new Set(CLAUSE_FIRST_VERBS);
const PARTS = new Set(PART_HEADS);
const TIMES = new Set(TIME_HEADS);
const MONTHS = new Set(DAY_AND_MONTH_NAMES);
const MANNER = new Set(MANNER_NOUNS);
const MANNER_POINTER = new Set(MANNER_POINTERS);

/** Where the content after a cue starts, and whether a word or mark introduced it ("that", ":", “). */
export interface ContentOpening {
  readonly token: number;
  readonly introduced: boolean;
}

/** The token after the recipient of "told reporters", "informed the court"; the cue's end for other verbs. */
export function afterRecipient(context: RuleContext, cue: Cue, sentence: Sentence): number {
  if (!RECIPIENTS.has(cue.lemma)) return cue.endToken;
  // "asking her, “…”": an object pronoun, which a phrase reader would take for a possessive ("her mother").
  const pronoun = context.doc.tokens[cue.endToken];
  const next = context.doc.tokens[cue.endToken + 1];
  const possessive = pronoun?.lower === 'her' && next !== undefined && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos);
  if (OBJECT.has(pronoun?.lower ?? '') && !possessive) return cue.endToken + 1;
  const recipient = phraseAfter(context, cue.endToken, sentence);
  return recipient === null ? cue.endToken : recipient.endToken;
}

/** Skips the recipient ("told reporters"), adjuncts ("in a statement", ", as cited by AFP,") and "that". */
export function openingAfter(context: RuleContext, cue: Cue, sentence: Sentence): ContentOpening {
  const tokens = context.doc.tokens;
  let i = afterRecipient(context, cue, sentence);
  for (let step = 0; step < 4 && i < sentence.endToken; step += 1) {
    const token = tokens[i] as Token;
    if (token.lower === 'that') return { token: i, introduced: true };
    if (token.text === ':') return { token: i + 1, introduced: true };
    // "answered then the same way every mayor must answer now: …": a phrase of manner before the colon of the words.
    const colon = step === 0 ? colonAfterManner(context, i, sentence) : null;
    if (colon !== null) return { token: colon + 1, introduced: true };
    // "said Tuesday the plan would fail": a weekday right after the cue, before a clause, is when it was said.
    const owned = tokens[i + 1] !== undefined && isPossessive(tokens[i + 1] as Token);
    if (step === 0 && WEEKDAY_NAMES.has(token.lower) && !owned && looksLikeClause(context, i + 1, sentence)) {
      i += 1;
      continue;
    }
    // "said only: “…”", "said simply: “…”": an adverb of manner between the cue and its colon.
    if (token.pos === 'ADV' && tokens[i + 1]?.text === ':') {
      i += 1;
      continue;
    }
    if (isQuoteMark(token) && context.quoteIndex.quoteStartingAt(token.start) !== undefined) return { token: i, introduced: true };
    if (QUESTION_WORDS.has(token.lower)) return { token: thatAfterRelative(context, cue, i, sentence) ?? i, introduced: true };
    // "reveals just how swift …": an adverb that sharpens the question opens it.
    if (QUESTION_FOCUS.has(token.lower) && QUESTION_WORDS.has(tokens[i + 1]?.lower ?? '')) return { token: i, introduced: true };
    const skipTo = token.text === ',' ? commaAdjunctEnd(context, i, sentence) : prepositionalAdjunctEnd(context, i, sentence);
    const that = skipTo === null ? thatAhead(context, i, sentence) : null;
    const complement = that !== null && step === 0 && isComplementNoun(context, i, that);
    if (that !== null && step === 0 && !complement && CLAUSE_FIRST.has(cue.lemma) && opensSubject(context, i, that)) {
      return { token: i, introduced: false };
    }
    // "endorsed the school that her son attends": after a verb that takes no clause, "that" past its object
    // opens a relative clause, unless the object is a noun that takes one ("expressed the hope that …").
    if (that !== null && (complement || CUE_VERB_TYPES.has(cue.lemma))) return { token: complement ? i : that, introduced: true };
    if (skipTo === null) {
      // "said, most people in the valley now believe …"
      const next = tokens[i + 1];
      const atCue = step === 0 && next !== undefined && next.pos !== 'CCONJ';
      if (atCue && token.text === ',' && looksLikeClause(context, i + 1, sentence)) return { token: i + 1, introduced: true };
      break;
    }
    i = skipTo;
  }
  return { token: i, introduced: false };
}

/** Most tokens from the cue to the colon after a phrase of manner: "the same way every mayor must answer now:". */
const MAX_MANNER_TOKENS = 12;

/**
 * The colon after a phrase of manner that opens at `start` ("then the same way every mayor must answer now:", "this
 * way:"), outside quotations and with no other mark before it; null when `start` opens no such phrase.
 */
function colonAfterManner(context: RuleContext, start: number, sentence: Sentence): number | null {
  const tokens = context.doc.tokens;
  let manner = false;
  for (let i = start; i < sentence.endToken && i < start + MAX_MANNER_TOKENS; i += 1) {
    const token = tokens[i] as Token;
    if (token.text === ':') return manner && !context.quoteIndex.quoteAt(token.start) ? i : null;
    if (token.pos === 'PUNCT' || isQuoteMark(token)) return null;
    if (MANNER.has(token.lower) && MANNER_POINTER.has(tokens[i - 1]?.lower ?? '')) manner = true;
    else if (!manner && !/^(?:ADV|DET|ADP|ADJ)$/.test(token.pos)) return null;
  }
  return null;
}

/**
 * The token where the attribution that starts at `from` (default: after the cue and its recipient) ends:
 * adjuncts such as "in a statement" or "on Monday" are passed over up to a comma, a full stop, a colon or
 * a quotation mark.
 */
export function afterAttribution(context: RuleContext, cue: Cue, sentence: Sentence, from?: number): number {
  const tokens = context.doc.tokens;
  let i = from ?? afterRecipient(context, cue, sentence);
  while (i < sentence.endToken) {
    const token = tokens[i] as Token;
    if (token.text === ',' || token.text === ':' || isSentenceEnd(token) || isQuoteMark(token)) return i;
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !isNameTaggedVerb(tokens, i)) return i;
    i += 1;
  }
  return i;
}

/**
 * Tokens `from` to `that` are a noun phrase whose head takes the clause after "that": "[no proof] that …",
 * "[the belief] that …". It opens with a determiner or a possessive, so that "said Monday that" does not count.
 */
function isComplementNoun(context: RuleContext, from: number, that: number): boolean {
  const tokens = context.doc.tokens;
  const first = tokens[from];
  const head = tokens[that - 1];
  if (first === undefined || head === undefined || that - from < 2) return false;
  if (first.pos !== 'DET' && !isPossessivePronoun(first)) return false;
  for (let i = from + 1; i < that; i += 1) if (!isNounPhraseWord(tokens[i] as Token)) return false;
  return COMPLEMENTS.has(head.lower);
}

/**
 * Tokens `from` to `that` open a noun phrase that is no time ("most of the cases", "the report"; not
 * "last week", "Tuesday night"): the subject of the clause, with "that" opening its relative clause.
 */
function opensSubject(context: RuleContext, from: number, that: number): boolean {
  const tokens = context.doc.tokens;
  const first = tokens[from];
  if (first === undefined) return false;
  const opener = (first.pos === 'DET' && first.lower !== 'that') || isPossessivePronoun(first) ||
    (PARTS.has(first.lower) && tokens[from + 1]?.lower === 'of');
  if (!opener) return false;
  for (let i = from; i < that; i += 1) {
    const token = tokens[i] as Token;
    if (TIMES.has(token.lower) || MONTHS.has(token.lower) || !(isNounPhraseWord(token) || token.lower === 'of')) return false;
  }
  return true;
}

/** ", as cited by AFP," / ", according to AFP,": the token after the closing comma, or null. */
function commaAdjunctEnd(context: RuleContext, comma: number, sentence: Sentence): number | null {
  const tokens = context.doc.tokens;
  const first = tokens[comma + 1];
  if (first === undefined) return null;
  if (isQuoteMark(first)) return comma + 1;
  // "claims, falsely, that …", "said, again, that …": an adverb alone between commas.
  if (first.pos === 'ADV' && tokens[comma + 2]?.text === ',') return comma + 3;
  for (let j = comma + 2; j < sentence.endToken && j <= comma + MAX_ADJUNCT_TOKENS; j += 1) {
    const token = tokens[j] as Token;
    if (token.text === ',') {
      const opensAdjunct = ADJUNCTS.has(first.lower) || first.lower === 'according' || first.pos === 'ADP';
      return opensAdjunct ? j + 1 : null;
    }
    if (token.pos === 'VERB' && token.lower !== 'cited' && token.lower !== 'reported' && token.lower !== 'quoted') return null;
  }
  return null;
}

/**
 * "in a statement from its foreign ministry" before "that", a comma, a quotation or a clause ("on Monday it
 * would …"): the token after the adjunct, or null when `start` opens no adjunct.
 */
function prepositionalAdjunctEnd(context: RuleContext, start: number, sentence: Sentence): number | null {
  const tokens = context.doc.tokens;
  const first = tokens[start];
  if (first === undefined || !(ADJUNCTS.has(first.lower) || first.pos === 'ADP')) return null;
  for (let j = start + 1; j < sentence.endToken && j <= start + MAX_ADJUNCT_TOKENS; j += 1) {
    const token = tokens[j] as Token;
    if (RESULT_DEGREE.has(token.lower)) return null;
    // "wrote in 2014 for readers in that spot": wink's test of "that" (below) decides whether it opens a clause.
    if (token.lower === 'that') return token.pos !== 'DET' || looksLikeClause(context, j + 1, sentence) ? j : null;
    if (token.text === ',' || token.text === ':') return j;
    if (isQuoteMark(token) && context.quoteIndex.quoteStartingAt(token.start) !== undefined) return j;
    // "told the panel on Monday how pleased she was": a reported question after the adjunct.
    if (QUESTION_WORDS.has(token.lower) && token.lower !== 'which' && token.lower !== 'who') return j;
    const previous = tokens[j - 1] as Token;
    // "at a rally in Palm Springs that …": a capitalised word after a name is part of it, whatever its tag.
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !isCompoundNoun(tokens, j) && !isNameTaggedVerb(tokens, j)) return null;
    // "hopes in 2017 voters will …": after a year, a bare noun or a name opens the clause too.
    const afterYear = (token.pos === 'NOUN' || token.pos === 'PROPN') && YEAR_NUMBER.test(previous.text);
    const newPhrase = token.pos === 'PRON' || afterYear || (token.pos === 'DET' && (previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.pos === 'NUM'));
    // "said before he died": a clause right after the word makes it a conjunction, and the clause no content;
    // so does a conjunction after the adjunct: "wrote this because she was tired" gives a reason, not words.
    if (newPhrase && looksLikeClause(context, j, sentence)) return j > start + 1 && !SUBORDINATING.has(previous.lower) ? j : null;
  }
  return null;
}
/** "at a truck stop in Dover": such a word with a preposition or a comma after it is the compound's noun. */
function isCompoundNoun(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return followsModifierAndNoun(tokens, index) && (next?.pos === 'ADP' || next?.text === ',');
}

/** Most words of adjuncts read past to reach a "that": "says at a truck stop in Dover, Delaware, that …". */
const MAX_WORDS_BEFORE_THAT = 15;
/** Degree words whose "that" further on opens a clause of result, not reported words. */
const RESULT_DEGREE = new Set(['so', 'such']);

/** Most tokens of a relative clause on the recipient before the "that" of what was told. */
const MAX_RELATIVE_TOKENS = 12;

/**
 * "told workers who gathered at the gate that the strike was over": "who" or "which" right after the recipient
 * of a verb that names one, followed in the same stretch by "that" and a clause, opens a relative clause on the
 * recipient; the "that" opens what was told. Null when no such "that" follows ("told reporters who would lead").
 */
function thatAfterRelative(context: RuleContext, cue: Cue, relative: number, sentence: Sentence): number | null {
  const tokens = context.doc.tokens;
  const previous = tokens[relative - 1];
  if (!RECIPIENTS.has(cue.lemma) || !NOUN_RELATIVES.has(tokens[relative]?.lower ?? '') || (previous?.pos !== 'NOUN' && previous?.pos !== 'PROPN')) return null;
  for (let i = relative + 2; i < sentence.endToken && i < relative + MAX_RELATIVE_TOKENS; i += 1) {
    const token = tokens[i] as Token;
    if (token.text === ',' || token.text === ';' || isQuoteMark(token) || isSentenceEnd(token)) return null;
    if (token.lower === 'that') return !cueBetween(context, sentence, relative, i) && (token.pos === 'SCONJ' || looksLikeClause(context, i + 1, sentence)) ? i : null;
  }
  return null;
}

/** "told a woman who suggested that …": a cue in the relative clause takes the "that" as its own. */
function cueBetween(context: RuleContext, sentence: Sentence, from: number, to: number): boolean {
  return (context.cuesBySentence.get(sentence.index) ?? []).some((cue) => cue.firstToken > from && cue.firstToken < to);
}

/** The "that" opening the content a few adjunct words ahead, with no verb on the way; null otherwise. */
function thatAhead(context: RuleContext, from: number, sentence: Sentence): number | null {
  const tokens = context.doc.tokens;
  for (let i = from; i < sentence.endToken && i < from + MAX_WORDS_BEFORE_THAT; i += 1) {
    const token = tokens[i] as Token;
    // "that “just what went wrong” is …": wink may tag the conjunction as a pronoun; a clause after it decides.
    if (token.lower === 'that') return token.pos === 'SCONJ' || looksLikeClause(context, i + 1, sentence) ? i : null;
    // A programme's or a paper's title in quotation marks may stand on the way: "told the BBC’s “Today” programme that".
    const title = isQuoteMark(token) && (context.quoteIndex.quoteAt(token.start)?.end ?? Infinity) - token.start < MAX_TITLE_LENGTH;
    if (title) continue;
    // "would add so many rules that it …", "drew such a crowd that …": the "that" opens a clause of result.
    if (RESULT_DEGREE.has(token.lower)) return null;
    // "shows the mayor ahead, a sign that …": the "that" of a noun phrase set after a comma sums up the words.
    if (token.text === ',' && isSummingAppositive(tokens, i + 1)) return null;
    // "denied the request, ruling that …": a participle cue that wink read as a noun reports the clause itself.
    if (participleCueAt(context, i)) return null;
    if (((token.pos === 'VERB' || token.pos === 'AUX') && !isNameTaggedVerb(tokens, i)) || isQuoteMark(token) || isSentenceEnd(token)) return null;
  }
  return null;
}

