/** Finds the reported content on either side of an attribution. */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import {
  CONTRASTING_CONJUNCTIONS, COORDINATING_CONJUNCTIONS, DASH_CONTINUATIONS, NOUN_RELATIVE_PRONOUNS, RELATIVE_PRONOUNS, SENTENCE_CONNECTIVES,
} from '../../../vocabulary/speaker-words.js';
import type { Range, RuleContext } from '../types.js';
import { sentenceAt } from '../candidate.js';
import { firstIndex } from '../../util/search.js';
import { extentStart, speakerBeforeCue } from './speaker.js';
import { contentRanges } from './ranges.js';
import { datelineEnd } from './dateline.js';
import { infinitiveAdjunctStart } from './infinitive-end.js';
import { sayingGerundAfter } from './aside-gerund.js';
import { numberComparisonStart } from './number-comparison.js';
import { weighingClauseStart } from './weighing-clause.js';
import { listAfterColon } from './colon-list.js';
import { isPlaceInSeries, isSummingAppositive, renamingTailStart } from './renaming-tail.js';
import { DASH_ASIDES, MAX_ADJUNCT_TOKENS, continuesRelativeClause, looksLikeClause } from './clause-shape.js';
import { breaksTense, isPastBackground, isPresentForm, joinsBareVerb, ownCueBefore } from './coordinated-verb.js';
import {
  asideAfterCoordinator, closingDash, inQuote, isNameTaggedVerb, isNounPhraseWord, isParticiple, isPossessivePronoun, isQuoteMark, isSentenceEnd, participleCueAt,
  phraseLengthAt,
} from './tokens.js';
import { COMPLEMENT_NOUNS } from '../../../vocabulary/cue-nouns.js';
import { MODAL_VERB_SET, VERB_NEGATION_SET } from '../../../vocabulary/cue-verbs.js';
import { ADVERB_PHRASES, CLAUSE_SUBJECT_PRONOUNS, CORRECTION_OPENERS, RELATIVE_ASIDE_OPENERS, TRAILING_CLAUSE_SUBORDINATORS } from '../../../vocabulary/function-words.js';
import { hasPastParticipleEnding } from '../../util/participle.js';

const COORDINATORS = new Set(COORDINATING_CONJUNCTIONS);
const RELATIVE_ASIDES = new Set(RELATIVE_ASIDE_OPENERS);
const CORRECTIONS = new Set(CORRECTION_OPENERS);
/** Cue types whose verb after a participle makes it the writer's aside (", adding that …"); ", allowing voters to see …" goes on. */
const REPORTING_TYPES: ReadonlySet<string> = new Set(['speech', 'writing']);
const RELATIVES = new Set(RELATIVE_PRONOUNS);
const DASH_GOES_ON = new Set(DASH_CONTINUATIONS);
const CONTRASTS = new Set(CONTRASTING_CONJUNCTIONS);
const CLAUSE_SUBJECTS = new Set(CLAUSE_SUBJECT_PRONOUNS);
const COMPLEMENTS = new Set(COMPLEMENT_NOUNS);

/** "a truck stop": a word wink reads as a verb after an article (or modifier) and a noun. */
export function followsModifierAndNoun(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.pos === 'VERB' && tokens[index - 1]?.pos === 'NOUN' && /^(?:DET|ADJ|NUM)$/.test(tokens[index - 2]?.pos ?? '');
}

/**
 * The content from token `start` to the end of its sentence, without a trailing ", according to X" and
 * the sentence's final mark; a quotation that opens inside it is followed to its end, over paragraphs.
 */
export function contentFrom(context: RuleContext, start: number, sentence: Sentence, until = sentence.endToken): Range[] {
  const tokens = context.doc.tokens;
  const first = tokens[start];
  if (first === undefined || start >= sentence.endToken) return [];
  let endToken = Math.min(until, sentence.endToken);
  for (const cue of context.cuesBySentence.get(sentence.index) ?? []) {
    if (cue.firstToken <= start) continue;
    if (cue.kind === 'according-to' && tokens[cue.firstToken - 1]?.text === ',') endToken = Math.min(endToken, cue.firstToken - 1);
    // "… said X and warned that Y" or "… and called it “…”": the second verb of the same speaker opens a
    // claim of its own; so does "…, and Jane Roe said …" with a speaker of its own.
    if ((cue.kind !== 'verb' && cue.kind !== 'framing') || cue.participle) continue;
    const ownSpeaker = ownSpeakerOf(context, cue, sentence);
    // "… but has said …": the auxiliaries of a verb with no subject of its own open it.
    const opening = ownSpeaker === null ? auxiliariesStart(tokens, cue.firstToken, start) : extentStart(ownSpeaker);
    const joined = tokens[opening - 1];
    // "… supported Denmark in the case, said the ruling …": a verb of saying after a comma, with no
    // subject of its own, is the sentence's main verb, not part of the content.
    const mainVerb = ownSpeaker === null && joined?.text === ',' && (cue.type === 'speech' || cue.type === 'writing');
    if (mainVerb && opening > start + 1) endToken = Math.min(endToken, opening - 1);
    // "…, but the police overruled it, the source added.": an attribution closing the sentence is not content.
    // So does "… because “few drivers ever check,” she said.": a quotation closed on a comma before it.
    const afterQuote = joined !== undefined && isQuoteMark(joined) && closesOnComma(tokens, opening - 1) && context.quoteIndex.quoteEndingAt(joined.end) !== undefined;
    const closing = ownSpeaker !== null && (joined?.text === ',' || afterQuote) && endsClause(context, cue.endToken, sentence);
    if (closing && opening > start + 1) endToken = Math.min(endToken, colonWithin(context, start, afterQuote ? quoteOpeningToken(context, joined, start) : opening - 1));
    // "… of the regional boards The agency said …": the speaker of a verb of saying, opening on a capitalised
    // article right after a word in lower case, starts a sentence whose full stop is missing.
    const runOn = ownSpeaker !== null && REPORTING_TYPES.has(cue.type) && startsRunOnSentence(tokens, opening);
    if (runOn && opening > start + 1) endToken = Math.min(endToken, opening);
    // "…, though she noted that …", "… while most voters said …": a contrast with a speaker of its own.
    const contrast = ownSpeaker !== null && CONTRASTS.has(joined?.lower ?? '');
    // "Police say he fled and refused to stop": with no subject of its own, a verb that does not report
    // speech or writing, after a bare conjunction, goes on with the reported clause's subject.
    // "Aides believe the seat is safe but worry that …": a verb in the present that opens a "that" clause of
    // its own is the speaker's second verb ("Police say he fled and feared that …" goes on with the words).
    const ownClause = tokens[cue.endToken]?.lower === 'that' && isPresentForm(tokens[cue.verbToken] as Token);
    const sameSubject = ownSpeaker === null && cue.type !== 'speech' && cue.type !== 'writing' && !ownClause && joined !== undefined &&
      COORDINATORS.has(joined.lower) && tokens[opening - 2]?.text !== ',' && !isQuoteMark(tokens[opening - 2]) && looksLikeClause(context, start, sentence);
    // "… told them to cut costs and consider selling": a bare verb after "and" joins the content's infinitive.
    const own = ownCueBefore(context, start, sentence);
    const parallel = ownSpeaker === null && own !== undefined && joined !== undefined && COORDINATORS.has(joined.lower) &&
      joinsBareVerb(tokens, start, cue.firstToken, own.verbToken);
    const embedded = ownSpeaker === null && own !== undefined && joined !== undefined && COORDINATORS.has(joined.lower) &&
      breaksTense(tokens, cue.verbToken, own.verbToken);
    // "said he and Ms. Roe agreed to …": a subject pronoun opening the words, joined by the conjunction to the
    // next verb's subject, is one subject with it ("attacked Clinton and Obama said …" is two clauses).
    const jointSubject = ownSpeaker !== null && joined !== undefined && COORDINATORS.has(joined.lower) && opening - 2 === start &&
      CLAUSE_SUBJECTS.has(first.lower);
    // "says she hopes to win, but she knows that …": the pronoun that is the subject of the words, with a verb of
    // belief after the conjunction, goes on thinking within them.
    const sameThinker = ownSpeaker !== null && joined !== undefined && COORDINATORS.has(joined.lower) && ownSpeaker.endToken === ownSpeaker.firstToken + 1 &&
      thinksOn(context, start, ownSpeaker.firstToken);
    if (opening > start + 1 && joined !== undefined && (COORDINATORS.has(joined.lower) || joined.text === ';' || contrast) && !sameSubject && !parallel && !jointSubject && !embedded &&
      !sameThinker) {
      const comma = tokens[opening - 2]?.text === ',' ? 1 : 0;
      endToken = Math.min(endToken, opening - 1 - comma);
    }
  }
  endToken = Math.min(endToken, asideStart(context, start, endToken), coordinateClauseStart(context, start, endToken, sentence));
  endToken = numberComparisonStart(context, start, infinitiveAdjunctStart(context, start, endToken, sentence));
  endToken = weighingClauseStart(context, start, endToken);
  endToken = beforeClosingAdditive(context, start, endToken);
  // "… would back the new fund, the largest of its kind": the writer's renaming of the last noun is no part of the words.
  endToken = renamingTailStart(context, start, endToken, sentence);
  endToken = beforeLooseConjunction(tokens, start, endToken, sentence);
  if (endToken <= start) return [];
  let end = (tokens[endToken - 1] as Token).end;
  const quote = context.quoteIndex.quoteAt(end - 1);
  if (quote !== undefined && quote.end > end) end = quote.end;
  return [...contentRanges(context.doc, first.start, end), ...listAfterColon(context, endToken, sentence)];
}

/**
 * "she hopes to win, but she knows that …": the words from token `start` open (perhaps after "that") on a subject
 * pronoun, and the same pronoun at token `pronoun` is the subject of a verb of belief; the subject of the words goes
 * on thinking within them.
 */
function thinksOn(context: RuleContext, start: number, pronoun: number): boolean {
  const tokens = context.doc.tokens;
  const subject = tokens[start]?.lower === 'that' ? start + 1 : start;
  const same = subject < pronoun && CLAUSE_SUBJECTS.has(tokens[pronoun]?.lower ?? '') && tokens[subject]?.lower === tokens[pronoun]?.lower;
  const sentence = (tokens[pronoun] as Token).sentence;
  return same && (context.cuesBySentence.get(sentence) ?? []).some((cue) =>
    cue.kind === 'verb' && cue.type === 'belief' && cue.firstToken > pronoun && auxiliariesStart(tokens, cue.firstToken, pronoun) === pronoun + 1);
}

/** "offers rebates to farmers, too.": a closing ", too" adds the sentence to what came before; `end` otherwise. */
function beforeClosingAdditive(context: RuleContext, start: number, end: number): number {
  const tokens = context.doc.tokens;
  const at = isSentenceEnd(tokens[end - 1] as Token) ? end - 2 : end - 1;
  const last = tokens[at];
  const closes = last !== undefined && last.lower === 'too' && tokens[at - 1]?.text === ',' && !inQuote(context, last);
  return closes && at - 1 > start ? at - 1 : end;
}

/**
 * "backed the plan but, in a statement, said …", "… and, later, said …": a conjunction left at the end of the
 * words, with any phrase set off after it, goes with the verb that follows, not with the words.
 */
function beforeLooseConjunction(tokens: readonly Token[], start: number, end: number, sentence: Sentence): number {
  const aside = tokens[end]?.text === ',' ? asideAfterCoordinator(tokens, end, sentence) : null;
  // "the plan but," before the cut: the comma after the conjunction goes with it.
  const last = tokens[end - 1]?.text === ',' ? end - 2 : end - 1;
  const conjunction = aside !== null ? aside - 1 : COORDINATORS.has(tokens[last]?.lower ?? '') ? last : null;
  if (conjunction === null || conjunction <= start) return end;
  return tokens[conjunction - 1]?.text === ',' && conjunction - 1 > start ? conjunction - 1 : conjunction;
}

/** Articles that, capitalised, open a sentence: "The", "A". */
const SENTENCE_ARTICLES = new Set(['the', 'a', 'an']);

/** Token `index` is a capitalised article right after a word in lower case: "… the centers The agency said". */
function startsRunOnSentence(tokens: readonly Token[], index: number): boolean {
  const article = tokens[index];
  const before = tokens[index - 1];
  return article !== undefined && before !== undefined && SENTENCE_ARTICLES.has(article.lower) && /^\p{Lu}/u.test(article.text) &&
    /^\p{Ll}/u.test(before.text) && before.end < article.start;
}

/**
 * Where the auxiliaries and adverbs before token `verb` start ("has since said"), no earlier than past
 * `start`. A modal is left out: "… and would continue to report" goes on with the reported clause.
 */
function auxiliariesStart(tokens: readonly Token[], verb: number, start: number): number {
  let i = verb;
  while (i - 1 > start && isAuxiliaryOrAdverb(tokens[i - 1] as Token)) i -= 1;
  return i;
}

function isAuxiliaryOrAdverb(token: Token): boolean {
  return (token.pos === 'AUX' && !MODAL_VERB_SET.has(token.lower)) || token.pos === 'ADV' || VERB_NEGATION_SET.has(token.lower);
}

/**
 * The speaker written before a later cue of the content: any for a verb of saying or writing; for a verb of
 * belief, evidence or intention only a pronoun or a name ("…, and Democrats accused …"), as a description
 * before such a verb is often a noun of the reported words ("… and take other measures"), and a relative
 * pronoun opens a clause of the reported words ("people who feel …").
 */
function ownSpeakerOf(context: RuleContext, cue: Cue, sentence: Sentence): ReturnType<typeof speakerBeforeCue> {
  const speaker = speakerBeforeCue(context, cue, sentence);
  if (cue.type === 'speech' || cue.type === 'writing' || speaker === null) return speaker;
  const relative = RELATIVES.has(context.doc.tokens[speaker.firstToken]?.lower ?? '');
  return speaker.kind === 'description' || relative ? null : speaker;
}

/**
 * Where the writer's own aside starts after reported words, outside quotations: a participle after a comma
 * and an adverb (", openly urging the crowd …") or before an attribution of its own (", adding that …"; a
 * bare one goes on with the words: ", opening two offices next year"), a relative clause to the sentence's end
 * on a person (", who ran …"), in the past after words in the present (", which forced her to …") or
 * before an attribution of its own (", which the council disputed"), a dash before an attribution of its own (" — a claim the engineers rejected"),
 * a correction after "not" (" -- not after the vote", ", not that …"), or ", the latest …" placing the words in a series.
 */
function asideStart(context: RuleContext, start: number, end: number): number {
  const tokens = context.doc.tokens;
  const opening = context.quoteIndex.quoteStartingAt((tokens[start] as Token).start);
  for (let i = start + 2; i < end; i += 1) {
    const token = tokens[i] as Token;
    if (inQuote(context, token)) continue;
    const previous = tokens[i - 1] as Token;
    // "— a cousin of the mayor —": a parenthesis between dashes is passed over. A dash opens the
    // writer's aside when an attribution of its own follows ("— a claim the engineers rejected"); else the
    // reported words go on ("would cover three things — roads, schools and parks").
    // "— and why he believes …" goes on with the words, whatever follows.
    const aside = DASH_ASIDES.has(token.text) && previous.end < token.start && !DASH_GOES_ON.has(tokens[i + 1]?.lower ?? '');
    // "that the mayor — even as she says … — has spent": after a parenthesis between dashes, the verb of the
    // words' own clause goes on with them.
    const resumes = /^(?:VERB|AUX)$/.test(tokens[i + 1]?.pos ?? '') && tokens.slice(start, i).some((t) => DASH_ASIDES.has(t.text));
    if (aside && !resumes && closingDash(tokens, i, end) < 0 && cueWithin(context, i, end)) return i;
    // "… what the fees will be today -- not after the vote", "…, not that he wants one named now": a correction set after a
    // dash, or a clause after a comma and "not", is the writer's, no part of the words ("would rise — not fall — soon"
    // sets one between dashes, and goes on).
    const afterDash = DASH_ASIDES.has(previous.text) && closingDash(tokens, i - 1, end) < 0;
    const correction = token.lower === 'not' && (afterDash || (previous.text === ',' && CORRECTIONS.has(tokens[i + 1]?.lower ?? '')));
    if (correction && !inQuote(context, previous)) return i - 1;
    // After the quotation the content opened with: "“That settles it,” when Moreau waved him off" (a
    // clause of time after its comma), "“Which queue?” and walked on" (a second predicate).
    const afterOpening = opening !== undefined && isQuoteMark(previous) && context.quoteIndex.quoteEndingAt(previous.end) === opening;
    const quotedComma = afterOpening && tokens[i - 2]?.text === ',';
    if (quotedComma && SUBORDINATORS.has(token.lower)) return i;
    if (afterOpening && COORDINATORS.has(token.lower) && /^(?:VERB|AUX)$/.test(tokens[i + 1]?.pos ?? '')) return i;
    // "… agreed that it “does not work,” a statement put to them word for word": a noun phrase summing up
    // what a quotation closed on its comma holds is the writer's, whatever follows it.
    const closedOnComma = isQuoteMark(previous) && closesOnComma(tokens, i - 1) && context.quoteIndex.quoteEndingAt(previous.end) !== undefined;
    if (closedOnComma && isSummingAppositive(tokens, i)) return i;
    // "…,” adding that …": the comma may stand inside that quotation.
    if (!quotedComma && (previous.text !== ',' || inQuote(context, previous))) continue;
    // ", in effect forcing the board to …": a phrase standing for an adverb before the participle.
    const phrase = phraseLengthAt(tokens, i, ADVERB_PHRASE_WORDS);
    const adverb = token.pos === 'ADV' || phrase > 0;
    // ", including …" lists more of the same and goes on.
    const goesOn = !adverb && !cueWithin(context, i, end, REPORTING_TYPES);
    // ", ruling that …": a participle cue that wink read as a noun ends the content too.
    const participleIndex = phrase > 0 ? i + phrase : token.pos === 'ADV' ? i + 1 : i;
    const participle = tokens[participleIndex];
    // ", engaging in what …": a participle wink read as an adjective or a noun, with a preposition or an object after it.
    const mistagged = /^(?:ADJ|NOUN)$/.test(participle?.pos ?? '') && /^(?:ADP|DET|PRON|SCONJ)$/.test(tokens[participleIndex + 1]?.pos ?? '');
    const verbal = participle?.pos === 'VERB' || participleCueAt(context, participleIndex) || mistagged;
    if (participle !== undefined && verbal && participle.lower.endsWith('ing') && participle.lower !== 'including' && !goesOn) return i - 1;
    // ", apart from noting that …", ", while insisting that …": a gerund of saying after a preposition.
    if (sayingGerundAfter(context, participleIndex) !== undefined) return i - 1;
    // ", who …" describes the person named; ", which …" and ", where …" carry the reported words on unless
    // an attribution of their own follows (", which the council disputed").
    const relativeAside = token.lower === 'who' || (RELATIVE_ASIDES.has(token.lower) && cueWithin(context, i, end));
    // ", which forced her to …" after words in the present tells of the past in the writer's words.
    const background = token.lower === 'which' && isPastBackground(tokens, start, i);
    if ((relativeAside || background) && !tokens.slice(i + 1, end).some((t) => t.text === ',')) return i - 1;
    // ", which he said were …": a relative clause that opens on its own speaker and cue is an attribution of
    // its own, whatever follows it.
    if (token.lower === 'which' && relativeAttributionAt(context, i)) return i - 1;
    // ", a move that its chairman called …": a noun phrase set after the clause, with an attribution of its
    // own, sums it up in the writer's words; so does ", a sign that …", a noun that takes a clause of its own.
    if (isSummingAppositive(tokens, i) && (cueWithin(context, i, end) || isReadingOfClause(tokens, i))) return i - 1;
    // ", the latest chapter in …" places the words in a series, in the writer's words.
    if (isPlaceInSeries(tokens, i)) return i - 1;
  }
  return end;
}

/** Each phrase that stands for an adverb, as its words: "in effect" → ["in", "effect"]. */
const ADVERB_PHRASE_WORDS = ADVERB_PHRASES.map((phrase) => phrase.split(' '));

/** ", a sign that the race is close": an article, a noun that takes a "that" clause, and "that" at `index`. */
function isReadingOfClause(tokens: readonly Token[], index: number): boolean {
  return COMPLEMENTS.has(tokens[index + 1]?.lower ?? '') && tokens[index + 2]?.lower === 'that';
}

/** Conjunctions that join a second main clause after a comma: "…, and the court declined to …". */
const CLAUSE_COORDINATORS = new Set(['and', 'but', 'yet']);
const COMPLEMENTIZERS = new Set(['that', 'whether', 'if']);

/**
 * Where the reported words give way to a second clause of the writer's own, outside quotations: a comma
 * and a conjunction ("…, and the water board refused to …") with a subject and a verb after them, perhaps
 * past a phrase of place or time ("…, but in its ruling the court …"); or a semicolon before a clause that
 * reports words of its own.
 */
function coordinateClauseStart(context: RuleContext, start: number, end: number, sentence: Sentence): number {
  const tokens = context.doc.tokens;
  for (let i = start + 2; i < end - 1; i += 1) {
    const token = tokens[i] as Token;
    // "… was “fair,” but the court …": the comma set inside a quotation closing right after it.
    const closed = closesQuotationAt(context, i + 1);
    if (inQuote(context, token) && !closed) continue;
    const c = closed ? i + 2 : i + 1;
    const conjunction = tokens[c];
    // "…; the other agency puts the cost at …": a clause after a semicolon reporting words of its own is another claim.
    if (token.text === ';' && !inQuote(context, token) && cueWithin(context, i + 1, clauseEnd(tokens, i + 1, end), REPORTING_TYPES)) return i;
    if (token.text !== ',' || conjunction === undefined || c >= end || !CLAUSE_COORDINATORS.has(conjunction.lower) || inQuote(context, conjunction)) continue;
    // "…, and that repairs would take a year": a second complement of the same verb; "…, and “we’re going
    // to …”": the speaker's own words go on.
    // "…, but that was not the case", "…, and that’s a view few share": "that" before a verb points back to the
    // clause, in the writer's words.
    const pointsBack = tokens[c + 1]?.lower === 'that' && tokens[c + 2]?.pos === 'AUX';
    const complement = (COMPLEMENTIZERS.has(tokens[c + 1]?.lower ?? '') && !pointsBack) || isQuoteMark(tokens[c + 1]);
    // "said that fares went up, and the fees would rise too": after "and" a reported clause goes on, unless a
    // clause of time opens ("…, and when asked …"); an infinitive ("vowed to cut fares, and the mayor …") takes no clause.
    const goesOn = conjunction.lower === 'and' && (tokens[start] as Token).lower !== 'to' && !SUBORDINATORS.has(tokens[c + 1]?.lower ?? '') && !pointsBack;
    // "…, which cut the bus fares, but also led to …": after a relative clause the verb goes on with it.
    if (!complement && !goesOn && !thinksOn(context, start, c + 1) && looksLikeClause(context, pastFrontedPhrase(tokens, c + 1, sentence), sentence) && !continuesRelativeClause(tokens, i)) return i;
  }
  return end;
}

/**
 * "in the course of the hearing they …": past a phrase of a preposition and its noun phrase that opens a
 * clause at token `index`, with its comma, the index where the clause's subject may start; else `index`.
 */
function pastFrontedPhrase(tokens: readonly Token[], index: number, sentence: Sentence): number {
  if (tokens[index]?.pos !== 'ADP' || SUBORDINATORS.has(tokens[index]?.lower ?? '')) return index;
  let i = index + 1;
  // "in the end the council …": an article after a noun opens the subject.
  const opensSubject = (k: number): boolean => tokens[k]?.pos === 'DET' && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '');
  while (i < sentence.endToken && i < index + MAX_ADJUNCT_TOKENS && (isNounPhraseWord(tokens[i] as Token) || tokens[i]?.pos === 'ADP') && !opensSubject(i)) i += 1;
  if (i === index + 1) return index;
  return tokens[i]?.text === ',' ? i + 1 : i;
}

/** The first comma or semicolon from token `from` on, before `end`; else `end`. */
function clauseEnd(tokens: readonly Token[], from: number, end: number): number {
  for (let i = from; i < end; i += 1) if (tokens[i]?.text === ',' || tokens[i]?.text === ';') return i;
  return end;
}

/** Token `index` is a quotation mark closing a quotation. */
function closesQuotationAt(context: RuleContext, index: number): boolean {
  const mark = context.doc.tokens[index];
  return mark !== undefined && isQuoteMark(mark) && context.quoteIndex.quoteEndingAt(mark.end) !== undefined;
}

/**
 * The content before an attribution that starts at token `boundary`: back to the sentence start (or the
 * start of the quotation the sentence began in), ending at a comma or a closing quote mark. Null when
 * neither separates content from attribution.
 */
export function contentBefore(context: RuleContext, boundary: number, sentence: Sentence): Range[] | null {
  const tokens = context.doc.tokens;
  let j = boundary - 1;
  let end: number;
  // A stray closing mark after a closed quotation ("…clear,”” she added") stands for nothing.
  while (isQuoteMark(tokens[j]) && j - 1 >= sentence.firstToken && context.quoteIndex.quoteEndingAt((tokens[j] as Token).end) === undefined &&
    context.quoteIndex.quoteEndingAt((tokens[j - 1] as Token).end) !== undefined) j -= 1;
  const separator = tokens[j];
  if (separator === undefined) return null;
  // A quotation ending in "?" or "!" is often read as a sentence of its own: "“Why?” she asked."
  const endingQuote = context.quoteIndex.quoteEndingAt(separator.end);
  const quoteBefore = j < sentence.firstToken && endingQuote !== undefined &&
    context.doc.sentences[separator.sentence]?.paragraph === sentence.paragraph &&
    context.doc.sentences[sentenceAt(context, endingQuote.start)]?.start === endingQuote.start;
  if (j < sentence.firstToken && !quoteBefore) return null;
  if (separator.text === ',' || separator.text === '\u2014') {
    end = separator.start;
    const mark = tokens[j - 1];
    if (mark !== undefined && context.quoteIndex.quoteEndingAt(mark.end) !== undefined) end = mark.end;
    j -= 1;
  } else if (context.quoteIndex.quoteEndingAt(separator.end) !== undefined) {
    end = separator.end;
  } else {
    return null;
  }
  // "… scolded him: “…,” she said": after a colon, only the quotation is what the speaker said.
  const closingQuote = context.quoteIndex.quoteEndingAt(end);
  if (closingQuote !== undefined && closingQuote.start > sentence.start) {
    const opener = context.doc.text.slice(Math.max(sentence.start, closingQuote.start - 3), closingQuote.start);
    if (/:\s*$/.test(opener)) return contentRanges(context.doc, closingQuote.start, end);
  }
  // "X said she felt … because “few drivers ever check,” she said": a quotation after another cue of the
  // sentence is all the closing attribution takes.
  if (closingQuote !== undefined && closingQuote.start > sentence.start && cueBefore(context, sentence, closingQuote.start)) {
    return contentRanges(context.doc, closingQuote.start, end);
  }
  const opening = datelineEnd(context.doc.tokens, sentence);
  let start = connectiveEnd(context, sentence, opening === sentence.firstToken ? sentence.start : (context.doc.tokens[opening] as Token).start);
  const openQuote = context.quoteIndex.quoteAt(start);
  if (openQuote !== undefined && openQuote.start < start) start = openQuote.start;
  const closing = context.quoteIndex.quoteEndingAt(end);
  if (closing !== undefined && closing.start < start) start = closing.start;
  start = afterReportingColon(context, sentence, start, end);
  if (end <= start) return null;
  return contentRanges(context.doc, start, end);
}

/**
 * "…, but the data suggest it works: districts that …, the department reported": after a colon that closes
 * a report of its own, what follows is all the closing attribution takes. Else `start`.
 */
function afterReportingColon(context: RuleContext, sentence: Sentence, start: number, end: number): number {
  const tokens = context.doc.tokens;
  for (let i = sentence.endToken - 1; i >= sentence.firstToken; i -= 1) {
    const token = tokens[i] as Token;
    if (token.end > end || token.start <= start || token.text !== ':' || inQuote(context, token)) continue;
    const next = tokens[i + 1];
    return next !== undefined && cueBetween(context, sentence, start, token.start) ? next.start : start;
  }
  return start;
}

/**
 * "… suggest it works: districts that …, the department reported": the first colon outside quotations
 * between tokens `start` and `end`, before which words that a closing attribution cuts off end (what
 * follows the colon is that attribution's); else `end`.
 */
function colonWithin(context: RuleContext, start: number, end: number): number {
  const tokens = context.doc.tokens;
  for (let i = start + 1; i < end - 1; i += 1) {
    const token = tokens[i] as Token;
    if (token.text === ':' && !inQuote(context, token)) return i;
  }
  return end;
}

/** A cue verb of `sentence` between the offsets `from` and `to`. */
function cueBetween(context: RuleContext, sentence: Sentence, from: number, to: number): boolean {
  return (context.cuesBySentence.get(sentence.index) ?? []).some((cue) => cue.kind === 'verb' && cue.start >= from && cue.start < to);
}

/** A verb of saying or writing in `sentence` that starts before `offset`. */
function cueBefore(context: RuleContext, sentence: Sentence, offset: number): boolean {
  return (context.cuesBySentence.get(sentence.index) ?? [])
    .some((cue) => cue.kind === 'verb' && cue.start < offset && (cue.type === 'speech' || cue.type === 'writing'));
}

/** Single closing marks that may stand between a quotation's comma and its closing mark: “… ‘fair,’”. */
const INNER_CLOSING_MARKS = new Set(['\u2019', "'"]);

/** The closing quotation mark at `mark` has a comma just before it, or before an inner quotation's closing mark. */
function closesOnComma(tokens: readonly Token[], mark: number): boolean {
  const before = INNER_CLOSING_MARKS.has(tokens[mark - 1]?.text ?? '') ? mark - 2 : mark - 1;
  return tokens[before]?.text === ',';
}

/** The token opening the quotation that `closingMark` closes, when it opens after token `start`; else `start`'s end. */
function quoteOpeningToken(context: RuleContext, closingMark: Token, start: number): number {
  const quote = context.quoteIndex.quoteEndingAt(closingMark.end);
  const tokens = context.doc.tokens;
  if (quote === undefined) return closingMark.index;
  let i = closingMark.index;
  while (i > start && (tokens[i] as Token).start > quote.start) i -= 1;
  return i > start ? i : closingMark.index;
}

const SUBORDINATORS = new Set(TRAILING_CLAUSE_SUBORDINATORS);
const NOUN_RELATIVES = new Set(NOUN_RELATIVE_PRONOUNS);

/**
 * The cue ends its clause: what follows it up to a comma, a quotation or the sentence's end holds no verb
 * and no "that" ("said on Monday.", "said two weeks after the vote,", "told reporters at the
 * finish line."), or turns into a subordinate clause ("… she said as the trial opened.").
 */
export function endsClause(context: RuleContext, after: number, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  for (let i = after; i < sentence.endToken; i += 1) {
    const token = tokens[i] as Token;
    if (isSentenceEnd(token) || token.text === ',' || token.text === ';' || isQuoteMark(token)) return true;
    if (SUBORDINATORS.has(token.lower)) return true;
    if (token.lower === 'that' || token.text === ':') return false;
    const previous = tokens[i - 1] as Token;
    // "told workers who gathered at the gate": a relative clause after a noun describes the noun.
    if (NOUN_RELATIVES.has(token.lower) && (previous.pos === 'NOUN' || previous.pos === 'PROPN')) return true;
    const participle = token.pos === 'VERB' && hasPastParticipleEnding(token.lower) && i > after && (previous.pos === 'NOUN' || previous.pos === 'PROPN');
    // "at a truck stop this week": a noun after a noun, read as a verb.
    const compound = i > after + 1 && followsModifierAndNoun(tokens, i);
    // "said of the idea of moving the depot": a gerund after a preposition is a noun.
    const gerund = token.pos === 'VERB' && token.lower.endsWith('ing') && previous.pos === 'ADP';
    // "said at a briefing confirming that …": what follows a participle after a noun describes the noun.
    if (token.pos === 'VERB' && token.lower.endsWith('ing') && previous.pos === 'NOUN' && i > after) return true;
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !participle && !compound && !gerund && !isNameTaggedVerb(tokens, i)) return false;
  }
  return true;
}

/**
 * Content worth a claim: a quotation, or at least three words with a finite verb among them, or a subject
 * and its finite verb ("It worked", "Prices fell"). An introductory phrase ("Heading into the debate,", "In
 * her 2003 book,") has none: a participle opening it, or a verb after a preposition, does not count.
 */
export function isSubstantial(context: RuleContext, content: readonly Range[]): boolean {
  const first = content[0];
  const last = content[content.length - 1];
  if (first === undefined || last === undefined) return false;
  if (content.some((range) => context.quoteIndex.quoteAt(range.start) !== undefined)) return true;
  const tokens = context.doc.tokens;
  const from = firstIndex(tokens, (token) => token.start >= first.start);
  const words: Token[] = [];
  for (let i = from; i < tokens.length && (tokens[i] as Token).end <= last.end; i += 1) {
    if ((tokens[i] as Token).pos !== 'PUNCT') words.push(tokens[i] as Token);
  }
  // "Lee, appearing after Kim at the forum,": a participle ("appearing", not "bring") is no finite verb anywhere.
  const finite = words.some((token, i) =>
    token.pos === 'AUX' || (token.pos === 'VERB' && !isParticiple(token) && words[i - 1]?.pos !== 'ADP'));
  return finite && (words.length >= 3 || isSubjectAndVerb(words));
}

/** Two words, a subject and its finite verb: "It worked", "Prices fell", "Talks continue". */
function isSubjectAndVerb(words: readonly Token[]): boolean {
  const [subject, verb] = words;
  if (words.length !== 2 || subject === undefined || verb === undefined) return false;
  const subjectLike = subject.pos === 'NOUN' || subject.pos === 'PROPN' || (subject.pos === 'PRON' && !isPossessivePronoun(subject));
  return subjectLike && (verb.pos === 'VERB' || verb.pos === 'AUX') && !isParticiple(verb);
}

/** The content is one unquoted word: "Reportedly", "basically". */
export function isSingleWord(context: RuleContext, content: readonly Range[]): boolean {
  const only = content.length === 1 ? content[0] : undefined;
  return only !== undefined && !/\s/.test(context.doc.text.slice(only.start, only.end)) && context.quoteIndex.quoteAt(only.start) === undefined;
}

/** Each connective as its words: "in addition" → ["in", "addition"]. */
const CONNECTIVES = SENTENCE_CONNECTIVES.map((phrase) => phrase.split(' '));

/**
 * Past a connective and its comma at `start` ("However, …", "In addition, …"), the offset where the
 * sentence's own words begin; `start` otherwise.
 */
function connectiveEnd(context: RuleContext, sentence: Sentence, start: number): number {
  const tokens = context.doc.tokens;
  const first = firstIndex(tokens, (token) => token.start >= start);
  if (first < sentence.firstToken || first >= sentence.endToken) return start;
  const opener = tokens[first] as Token;
  const next = tokens[first + 1];
  if (COORDINATORS.has(opener.lower) && next !== undefined && next.text !== ',' && first + 1 < sentence.endToken) return next.start;
  const length = phraseLengthAt(tokens, first, CONNECTIVES);
  const comma = length > 0 ? first + length : topicSetAsideEnd(tokens, first, sentence);
  if (comma < 0 || tokens[comma]?.text !== ',') return start;
  const after = tokens[comma + 1];
  return after === undefined || comma + 1 >= sentence.endToken ? start : after.start;
}

/** Most words of the topic in "As for the fees," or "Politics aside,". */
const MAX_TOPIC_TOKENS = 5;

/**
 * "As for the fees, …", "Politics aside, …": the comma closing a topic that the writer takes up or sets aside
 * at `first`, the sentence's first token; -1 when none opens there.
 */
function topicSetAsideEnd(tokens: readonly Token[], first: number, sentence: Sentence): number {
  const takenUp = tokens[first]?.lower === 'as' && tokens[first + 1]?.lower === 'for';
  let i = takenUp ? first + 2 : first;
  const from = i;
  while (i < sentence.endToken && i < from + MAX_TOPIC_TOKENS && isNounPhraseWord(tokens[i] as Token) && tokens[i]?.lower !== 'aside') i += 1;
  if (i === from) return -1;
  if (takenUp) return i;
  return tokens[i]?.lower === 'aside' ? i + 1 : -1;
}

/** Longest quotation, in characters, read as a title rather than as quoted words. */
export const MAX_TITLE_LENGTH = 40;

/** "which he said …", "which critics claim …": a cue of saying or belief whose speaker starts right after the relative word at `index`. */
function relativeAttributionAt(context: RuleContext, index: number): boolean {
  const sentence = context.doc.sentences[(context.doc.tokens[index] as Token).sentence] as Sentence;
  return (context.cuesBySentence.get(sentence.index) ?? []).some((cue) => {
    if (cue.kind !== 'verb' || cue.firstToken <= index + 1 || cue.firstToken > index + 6 || cue.type === 'intention' || cue.type === 'evidence') return false;
    const speaker = speakerBeforeCue(context, cue, sentence);
    return speaker !== null && extentStart(speaker) === index + 1;
  });
}

/** A cue of the sentence (of one of `types`, when given) starts between tokens `from` and `to`. */
function cueWithin(context: RuleContext, from: number, to: number, types?: ReadonlySet<string>): boolean {
  const sentence = (context.doc.tokens[from] as Token).sentence;
  return (context.cuesBySentence.get(sentence) ?? []).some((cue) => cue.firstToken >= from && cue.firstToken < to && (types === undefined || types.has(cue.type)));
}
