/**
 * "X said (that) …", "X told reporters …", "X said: “…”", "X wants to …", "X called for …": speaker, cue,
 * then the content. A colon that ends its paragraph takes the quotation opening the next one, or the next
 * paragraph itself when it is set apart without quotation marks.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import {
  BARE_CLAUSE_INTENTION_VERBS, CLAUSE_ONLY_VERBS, HEARSAY_OPENERS, RESPONSE_PREPOSITIONS, RESPONSE_VERBS, OBJECT_TO_INFINITIVE_VERBS, QUOTE_ONLY_VERBS, RECIPIENT_VERBS, SUBORDINATING_CONJUNCTIONS, THAT_ONLY_VERBS,
  RESULT_DEGREE_WORDS, TO_COMPLEMENT_VERBS, TO_INFINITIVE_VERBS, TOPIC_ONLY_VERBS,
} from '../../../vocabulary/cue-verbs.js';
import { makeCandidate, quoteContent } from '../candidate.js';
import { contentFrom, endsClause } from '../phrases/content.js';
import { joinsBareVerb } from '../phrases/coordinated-verb.js';
import { looksLikeClause, mainClauseStart, relativeClauseEnd } from '../phrases/clause-shape.js';
import { type ContentOpening, afterAttribution, openingAfter } from '../phrases/content-opening.js';
import { infinitiveSettingStart, objectSettingStart } from '../phrases/object-end.js';
import { subjectClauseEnd } from '../phrases/subject-clause-end.js';
import { objectBeforeTo } from '../phrases/object-infinitive.js';
import { infinitiveAfterGap } from '../phrases/infinitive-gap.js';
import { contentRanges } from '../phrases/ranges.js';
import { extentStart, isNegativeSubject, speakerBeforeCue, standsAsSubject, toSpeaker } from '../phrases/speaker.js';
import { isNegatedBelief, withNegation } from '../phrases/negated-belief.js';
import { withholdingStart } from '../phrases/cue-chain.js';
import { datelineEnd } from '../phrases/dateline.js';
import { followsAbsoluteWith } from '../phrases/absolute-with.js';
import { inQuote, isInfinitiveAt, isNounPhraseWord, isPossessivePronoun, isQuoteMark, isSentenceEnd, someInClause } from '../phrases/tokens.js';
import { type PhraseMatch, phraseAfter, phraseThenAs } from '../phrases/noun-phrase.js';
import type { Candidate, CueRule, Range, RuleContext } from '../types.js';
import { COORDINATING_CONJUNCTIONS, NEGATIONS, NOUN_RELATIVE_PRONOUNS, PERIOD_NOUNS, RELATIVE_PRONOUNS, TIME_HEADS } from '../../../vocabulary/speaker-words.js';
import { OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from '../../../vocabulary/pronouns.js';
import { RELATIVE_DAY_WORDS, WEEKDAYS } from '../../../vocabulary/dates.js';
import { AS_COMPLEMENT_VERBS, NEGATED_QUESTION_VERBS } from '../../../vocabulary/construction-verbs.js';
import { CUE_QUESTION_OPENERS, SUBJECTLESS_TIME_OPENERS } from '../../../vocabulary/function-words.js';
import { isStanceHolderCue } from '../../cues/stance-holder-cues.js';
import { isDecisionCue } from '../phrases/decision-object.js';

const CLAUSE_ONLY = new Set(CLAUSE_ONLY_VERBS);
const QUOTE_ONLY = new Set(QUOTE_ONLY_VERBS);
const TOPIC_ONLY = new Set(TOPIC_ONLY_VERBS);
const THAT_ONLY = new Set(THAT_ONLY_VERBS);
const BARE_CLAUSE_INTENTIONS = new Set(BARE_CLAUSE_INTENTION_VERBS);
const TO_VERBS = new Set(TO_INFINITIVE_VERBS);
const OBJECT_TO_VERBS = new Set(OBJECT_TO_INFINITIVE_VERBS);
const HEARSAY = new Set(HEARSAY_OPENERS);
const RELATIVES = new Set(RELATIVE_PRONOUNS);
const NOUN_RELATIVES = new Set(NOUN_RELATIVE_PRONOUNS);
const RESULT_DEGREE = new Set(RESULT_DEGREE_WORDS);
const OBJECT = new Set(OBJECT_PRONOUNS);
const NEGATION = new Set(NEGATIONS);
const SUBJECT = new Set(SUBJECT_PRONOUNS);
const RECIPIENT = new Set(RECIPIENT_VERBS);
const PERIODS = new Set(PERIOD_NOUNS);
/** Words of time, which an agent never is: "said by the end of the week". */
const TIME = new Set([...TIME_HEADS, 'end']);
const SUBORDINATING = new Set(SUBORDINATING_CONJUNCTIONS);
const COORDINATING = new Set(COORDINATING_CONJUNCTIONS);
/** A day named between a verb and its infinitive: "voted Thursday to hold …". */
const DAY_WORDS = new Set([...WEEKDAYS, ...RELATIVE_DAY_WORDS]);
const WEEKDAY = new Set(WEEKDAYS);
/** Words that set a period before its noun between a verb and its infinitive: "pledged last week to …". */
const PERIOD_SETTERS = new Set(['last', 'this', 'next']);
const QUESTION_OPENERS = new Set(CUE_QUESTION_OPENERS);
const NEGATED_QUESTION = new Set(NEGATED_QUESTION_VERBS);
const TIME_CLAUSE_OPENERS = new Set(SUBJECTLESS_TIME_OPENERS);
const AS_COMPLEMENT = new Set(AS_COMPLEMENT_VERBS);
const RESPONSE = new Set(RESPONSE_VERBS);
const TO_COMPLEMENT = new Set(TO_COMPLEMENT_VERBS);
const RESPONSE_OPENERS = new Set(RESPONSE_PREPOSITIONS);
/** "responded with anger", "replied with a shrug": a shorter answer after "with" is a manner, not what was answered. */
const MIN_RESPONSE_TOKENS = 3;
/** Words that stand for a whole clause after a verb of belief: "thinks so", "hopes not". */
const CLAUSE_PRO_FORMS = new Set(['so', 'not']);
/** The cue of "as X put it", whose subordinate clause introduces the words after its comma. */
const WORDING_IDIOM = 'put it';

export const speakerCueContent: CueRule = {
  id: 'speaker-cue-content',
  apply(context: RuleContext, cue: Cue) {
    if (cue.kind !== 'verb' || cue.passive || cue.participle) return null;
    // "approved what critics called a loophole": a verb of decision takes no clause; its object is read as one.
    if (isDecisionCue(cue)) return null;
    // "was critical of …", "were vague about whether …": the adjective's preposition takes an object, read as one.
    if (context.doc.tokens[cue.verbToken]?.pos === 'ADJ' && cue.endToken > cue.verbToken + 1) return null;
    // "is a firm opponent of …": so does the "of" after a noun for one who holds a stance.
    if (isStanceHolderCue(cue.lemma)) return null;
    // "stopped short of saying that …": words held back are not said; a stance held back is read by its object.
    if (withholdingStart(context, cue) !== null) return null;
    const sentence = context.doc.sentences[cue.sentence] as Sentence;
    if (HEARSAY.has(context.doc.tokens[sentence.firstToken]?.lower ?? '')) return null;
    if (agentFollows(context, cue, sentence)) return null;
    // "has not said when the vote will be held": what someone will not say is still reported as a question.
    const question = NEGATED_QUESTION.has(cue.lemma) && QUESTION_OPENERS.has(context.doc.tokens[cue.endToken]?.lower ?? '');
    // "did not expect the vote to pass": a belief denied is still a view of what follows.
    const belief = isNegatedBelief(context, cue);
    const speaker = speakerBeforeCue(context, cue, sentence, true, question || belief);
    if (speaker === null || (belief && isNegativeSubject(context, speaker))) return null;
    // "it is clear that …", "it is certain that …": an impersonal "it" before an adjective is no one.
    const adjective = context.doc.tokens[cue.verbToken]?.pos === 'ADJ';
    if (adjective && context.doc.tokens[speaker.firstToken]?.lower === 'it') return null;
    if (!standsAsSubject(context, speaker, sentence)) return null;
    // ", with the mayor expected to attend": a participle after "with" and a noun phrase is passive ("a talk with
    // leaders who say …" is a relative clause).
    const relative = RELATIVES.has(context.doc.tokens[speaker.firstToken]?.lower ?? '');
    if (!relative && followsAbsoluteWith(context.doc.tokens, extentStart(speaker))) return null;
    if (isReducedRelative(context, cue, speaker, sentence)) return null;
    if (strandsPreposition(context, cue, sentence)) return null;
    const candidate = candidateAfterCue(context, this.id, cue, sentence, speaker, question);
    return candidate !== null && endsInStrandedPreposition(context, candidate, sentence) ? null : candidate;
  },
};

/**
 * "was so sure that the levy would pass that she booked a hall": after a cue with "so" or "such", a second "that"
 * right after a verb or an adverb opens the clause of result, where the belief ends.
 */
function resultClauseStart(context: RuleContext, cue: Cue, start: number, until: number): number {
  const tokens = context.doc.tokens;
  if (!tokens.slice(cue.firstToken, cue.endToken).some((token) => RESULT_DEGREE.has(token.lower))) return until;
  for (let i = start + 2; i < until; i += 1) {
    const previous = tokens[i - 1] as Token;
    if (tokens[i]?.lower === 'that' && (previous.pos === 'VERB' || previous.pos === 'ADV')) return i;
  }
  return until;
}

/** A quotation closed with a comma stands right before the token: "“…,” Lund told …". */
function followsQuotation(context: RuleContext, token: number): boolean {
  const tokens = context.doc.tokens;
  const mark = tokens[token - 1];
  return isQuoteMark(mark) && tokens[token - 2]?.text === ',' && context.quoteIndex.quoteStartingAt((mark as Token).start) === undefined;
}

/**
 * "The best guide I know of -- a slow one …", "the plan she had heard about.": a preposition right after the cue
 * with nothing after it but a mark or the sentence's end has lost its object to the clause's head; the clause
 * describes that head and reports nothing.
 */
function strandsPreposition(context: RuleContext, cue: Cue, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  const after = tokens[cue.endToken];
  if (after?.pos !== 'ADP' || cue.endToken >= sentence.endToken) return false;
  const next = tokens[cue.endToken + 1];
  if (cue.endToken + 1 >= sentence.endToken) return true;
  // "said like-for-like sales fell": a hyphen joined to the word opens a compound, not a mark after it.
  return next?.pos === 'PUNCT' && !isQuoteMark(next) && next.start > after.end;
}

/** Prepositions that are never a verb's particle, so that one ending a clause has lost its object. */
const OBJECT_PREPOSITIONS = new Set(['of', 'for', 'with', 'about', 'from', 'at', 'to']);

/**
 * "the debts that the firm was hoping to dispose of.": an infinitive ending in a preposition with no object at
 * the end of the sentence lies in a clause that describes the noun before it; it reports nothing. (In "said
 * that rest was all the team had time for", the object is in the content itself.)
 */
function endsInStrandedPreposition(context: RuleContext, candidate: Candidate, sentence: Sentence): boolean {
  const start = candidate.content[0]?.start ?? 0;
  const end = candidate.content[candidate.content.length - 1]?.end ?? 0;
  const tokens = context.doc.tokens;
  if (!tokens.slice(sentence.firstToken, sentence.endToken).some((token) => token.start === start && token.lower === 'to')) return false;
  let last = -1;
  for (let i = sentence.firstToken; i < sentence.endToken && (tokens[i] as Token).end <= end; i += 1) last = i;
  while (last > sentence.firstToken && tokens[last]?.pos === 'PUNCT') last -= 1;
  const token = tokens[last];
  if (token === undefined || token.pos !== 'ADP' || !OBJECT_PREPOSITIONS.has(token.lower)) return false;
  return last + 1 >= sentence.endToken || tokens.slice(last + 1, sentence.endToken).every((next) => next.pos === 'PUNCT');
}

/**
 * "A video of a woman saying the vote was rigged spread quickly": a bare "-ing" form right after the phrase
 * that opens the sentence describes that phrase; the sentence's own verb comes later, and where the words
 * end is not known.
 */
function isReducedRelative(context: RuleContext, cue: Cue, speaker: PhraseMatch, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  const verb = tokens[cue.verbToken] as Token;
  if (!verb.lower.endsWith('ing') || cue.firstToken !== cue.verbToken || speaker.endToken !== cue.firstToken) return false;
  return extentStart(speaker) === datelineEnd(tokens, sentence);
}

/**
 * The claim of the words after `cue`, said by `speaker`, the phrase standing as the cue's subject (or, for
 * another rule, its doer: "led the minister [to fear] …"); null when no content follows. `question`: a negated
 * verb of answering before a question ("has not said when …").
 */
export function candidateAfterCue(
  context: RuleContext, id: string, cue: Cue, sentence: Sentence, speaker: PhraseMatch, question: boolean,
): Candidate | null {
  // "has not said when …": after a negated cue, the question opens right after it.
  const negated = question && NEGATION.has(context.doc.tokens[cue.firstToken - 1]?.lower ?? '');
  const opening = negated ? { token: cue.endToken, introduced: true } : contentOpening(context, cue, sentence);
  if (opening === null || attributionOnly(context, opening.token, sentence)) return null;
  // "“The strike is over,” Lund told workers who gathered at the gate": after the quotation, the clause after
  // the recipient describes the recipient.
  if (NOUN_RELATIVES.has(context.doc.tokens[opening.token]?.lower ?? '') && followsQuotation(context, extentStart(speaker))) return null;
  // "compared satellite images taken in 1995": a verb of connecting reports only "X to Y".
  if (TO_COMPLEMENT.has(cue.lemma) && !opening.introduced && !someInClause(context.doc.tokens, opening.token, sentence, (token) => token.lower === 'to')) return null;
  // "spoke about the problems he has with …", "talked about the risks — and why …": a verb of speaking
  // takes its topic as an object; only "that", a colon or a quotation give it words.
  if (TOPIC_ONLY.has(cue.lemma) && !givesWords(context, opening)) return null;
  // "Even though the two sides argued, they both seemed ready …": after a subordinate clause's comma
  // comes the main clause, not what was argued.
  const subordinate = SUBORDINATING.has(context.doc.tokens[speaker.firstToken - 1]?.lower ?? '');
  // "as The New Yorker put it, “…”" is the exception: the idiom hands on its wording.
  if (subordinate && context.doc.tokens[opening.token - 1]?.text === ',' && cue.lemma !== WORDING_IDIOM) return null;
  // "The ruling, which found that the tax was unlawful, is a model": the relative clause's content ends
  // where the main clause resumes.
  // "The families, many of whom say …": a part of the relative's antecedent opens such a clause too.
  const relative = RELATIVES.has(context.doc.tokens[speaker.firstToken]?.lower ?? '') || context.doc.tokens[speaker.endToken - 1]?.lower === 'whom';
  // "When Clinton noted that …, Trump boasted …": the subordinate clause's content ends where the main clause begins.
  let until = relative ? relativeClauseEnd(context, opening.token, sentence)
    : subordinate ? mainClauseStart(context, opening.token, sentence) : sentence.endToken;
  until = resultClauseStart(context, cue, opening.token, until);
  // "Part of the reason the mayor refuses to release the audit may be that …": the sentence's own verb ends the words.
  until = subjectClauseEnd(context, speaker.firstToken, opening.token, until, sentence);
  // "called for more funding in a statement": a reported noun phrase ends before the setting of the report.
  // "declined that offer and later moved away": "that" before a noun that opens no clause points to a thing.
  const tokens = context.doc.tokens;
  // "rejected that claim in a ruling issued Friday": a setting right after the noun ends it, whatever verb follows.
  const demonstrativeNoun = tokens[opening.token]?.lower === 'that' && tokens[opening.token + 1]?.pos === 'NOUN';
  const settingAfterNoun = demonstrativeNoun && objectSettingStart(context, opening.token + 1, until) === opening.token + 2 &&
    !tokens.slice(opening.token + 2, until).some((token) => token.pos === 'AUX');
  const demonstrative = demonstrativeNoun && (settingAfterNoun || !looksLikeClause(context, opening.token + 1, sentence));
  const object = !opening.introduced || isParticleObject(context, cue) || demonstrative;
  if (object && (settingAfterNoun || !looksLikeClause(context, opening.token, sentence) || seenAs(context, cue, sentence))) {
    until = secondPredicate(context, opening.token, objectSettingStart(context, opening.token, until), cue);
  } else if (tokens[opening.token]?.lower === 'to' && tokens[opening.token + 1]?.pos === 'VERB') {
    until = infinitiveSettingStart(context, opening.token + 1, until);
  }
  const content = [...headOfRelative(context, speaker.firstToken, sentence), ...contentFrom(context, opening.token, sentence, until)];
  if (relative && opensWithPredicate(context, opening.token)) return null;
  const pieces = content.length > 0 ? content : quoteAfterColon(context, opening.token, sentence, cue);
  if (pieces.length === 0) return null;
  // "agreed to soften the cuts": a verb of saying with "to" reports a commitment, not words.
  const commitment = context.doc.tokens[opening.token]?.lower === 'to' && cue.type !== 'belief';
  // "did not say how …" keeps its negation, so that the claim does not read as if the question had been answered.
  return makeCandidate(context, id, pieces, negated || isNegatedBelief(context, cue) ? withNegation(context, cue) : cue, toSpeaker(context, speaker), commitment ? 'intention' : cue.type);
}

/**
 * The noun phrase a relative clause with no pronoun of its own describes, as part of the words ("[the impact]
 * it said the plan would have", "[the top rate] he has proposed for …"): a subject pronoun right after a
 * common noun that is no word of time ("last week he said" sets the time). Empty when the speaker stands
 * otherwise.
 */
function headOfRelative(context: RuleContext, speakerStart: number, sentence: Sentence): Range[] {
  const tokens = context.doc.tokens;
  const previous = tokens[speakerStart - 1];
  if (!SUBJECT.has(tokens[speakerStart]?.lower ?? '') || previous === undefined || previous.pos !== 'NOUN') return [];
  if (PERIODS.has(previous.lower) || speakerStart - 1 < sentence.firstToken || inQuote(context, previous)) return [];
  let start = speakerStart - 1;
  // "referenced the impact": the determiner opens the phrase, whatever is tagged before it.
  while (start - 1 >= sentence.firstToken && tokens[start]?.pos !== 'DET' && isNounPhraseWord(tokens[start - 1] as Token)) start -= 1;
  const first = tokens[start] as Token;
  // "told the radio host she felt …": after a verb that names its recipient, the clause is what was told.
  const recipient = (context.cuesBySentence.get(sentence.index) ?? []).some((cue) => cue.endToken === start && RECIPIENT.has(cue.lemma));
  return first.pos === 'DET' && !recipient ? contentRanges(context.doc, first.start, previous.end) : [];
}

/**
 * "a worry shared by everyone we asked", "a plan backed by the unions": a participle with its agent after it
 * describes the noun before it, which is no speaker. "said by phone" and "heard by now" name no agent.
 */
function agentFollows(context: RuleContext, cue: Cue, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  if (tokens[cue.endToken]?.lower !== 'by') return false;
  const first = tokens[cue.endToken + 1];
  if (first === undefined || !/^(?:DET|PRON|PROPN)$/.test(first.pos)) return false;
  const agent = phraseAfter(context, cue.endToken + 1, sentence);
  return first.pos === 'PRON' || (agent !== null && !tokens.slice(agent.firstToken, agent.endToken).some((token) => TIME.has(token.lemma)));
}

/** "commented that …", "commented: “…”": an opening introduced by "that", a colon or a quotation mark. */
function givesWords(context: RuleContext, opening: ContentOpening): boolean {
  const token = context.doc.tokens[opening.token];
  return opening.introduced && (token?.lower === 'that' || isQuoteMark(token) || context.doc.tokens[opening.token - 1]?.text === ':');
}

/** "see the scheme as a lifeline": an object and what it is seen as. */
function seenAs(context: RuleContext, cue: Cue, sentence: Sentence): boolean {
  return AS_COMPLEMENT.has(cue.lemma) && phraseThenAs(context, cue.endToken, sentence);
}

/** "responded by cutting the levy", "countered with a plan of her own": an answer opened by its preposition. */
function isResponse(context: RuleContext, cue: Cue, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  const preposition = tokens[cue.endToken];
  if (!RESPONSE.has(cue.lemma) || preposition === undefined || !RESPONSE_OPENERS.has(preposition.lower)) return false;
  const first = tokens[cue.endToken + 1];
  const words = tokens.slice(cue.endToken + 1, sentence.endToken).filter((token) => token.pos !== 'PUNCT').length;
  if (first === undefined || words < MIN_RESPONSE_TOKENS) return false;
  return preposition.lower === 'by' ? first.pos === 'VERB' && first.lower.endsWith('ing') : opensCountedThing(first);
}

/**
 * "with a plan", "with attacks on …", "with “…”": an article, a possessive, a number, a name, a quotation or
 * a plural opens a thing said or done; a bare mass noun ("with force", "with anger") is a manner.
 */
function opensCountedThing(token: Token): boolean {
  if (isQuoteMark(token) || /^(?:DET|NUM|PROPN)$/.test(token.pos) || isPossessivePronoun(token)) return true;
  return token.pos === 'NOUN' && token.lower.endsWith('s');
}

/**
 * "viewed them as rivals and despised them": where a second predicate of the subject starts, or `end`. A bare
 * verb going on with the object's infinitive is none: "saw it as a chance to cut costs and settle debts".
 */
function secondPredicate(context: RuleContext, start: number, end: number, cue: Cue): number {
  const tokens = context.doc.tokens;
  for (let i = start + 1; i < end; i += 1) {
    const token = tokens[i] as Token;
    const predicate = /^(?:VERB|AUX)$/.test(tokens[i + 1]?.pos ?? '') && !joinsBareVerb(tokens, start, i + 1, cue.verbToken);
    if (COORDINATING.has(token.lower) && !inQuote(context, token) && predicate) return i;
  }
  return end;
}

/**
 * Where an infinitive may open after the time set right after a verb: "voted Thursday to …", "vowed on
 * Monday to …", "pledged last week to …"; `from` itself when no such time stands there.
 */
function afterTimeSetting(tokens: readonly Token[], from: number): number {
  const first = tokens[from]?.lower ?? '';
  const second = tokens[from + 1]?.lower ?? '';
  if (DAY_WORDS.has(first)) return from + 1;
  if (first === 'on' && WEEKDAY.has(second)) return from + 2;
  if (PERIOD_SETTERS.has(first) && (PERIODS.has(second) || WEEKDAY.has(second))) return from + 2;
  return from;
}

/** "called for", "pushed for": an intention verb with its particle, whose object is what is wanted. */
function isParticleObject(context: RuleContext, cue: Cue): boolean {
  return cue.type === 'intention' && cue.endToken > cue.verbToken + 1 && context.doc.tokens[cue.endToken]?.lower !== 'to';
}

/** Where the content starts, or null when what follows the cue is no content it can take. */
function contentOpening(context: RuleContext, cue: Cue, sentence: Sentence): ContentOpening | null {
  const tokens = context.doc.tokens;
  const next = tokens[cue.endToken];
  // "wants to …", "hopes to …"; "called for …" has its particle inside the cue; "voted Thursday to …";
  // "vowed to harshly punish …": an adverb may split the infinitive.
  const takesTo = cue.type === 'intention' || cue.type === 'belief' || TO_VERBS.has(cue.lemma);
  const to = afterTimeSetting(tokens, cue.endToken);
  if (takesTo && isInfinitiveAt(tokens, to) && to < sentence.endToken) {
    return { token: to, introduced: true };
  }
  // "voted unanimously to …", "decided after a long review not to …".
  const gap = cue.type === 'intention' ? infinitiveAfterGap(tokens, cue.endToken, sentence.endToken) : null;
  if (gap !== null) return { token: gap, introduced: true };
  // "told supporters at a rally to “go and vote”": a request in the speaker's words opens at its "to".
  const quotedTo = OBJECT_TO_VERBS.has(cue.lemma) || RECIPIENT.has(cue.lemma) ? quotedInfinitive(context, cue.endToken, sentence) : null;
  if (quotedTo !== null) return { token: quotedTo, introduced: true };
  // "urged supporters to vote": the object and its infinitive are the request.
  if (OBJECT_TO_VERBS.has(cue.lemma) && objectBeforeTo(context, cue.endToken, sentence)) return { token: cue.endToken, introduced: true };
  // "vowed not to repeat it".
  if (cue.type === 'intention' && next?.lower === 'not' && tokens[cue.endToken + 1]?.lower === 'to') {
    return { token: cue.endToken, introduced: true };
  }
  if (cue.type === 'intention' && cue.endToken > cue.verbToken + 1) return { token: cue.endToken, introduced: true };
  if (seenAs(context, cue, sentence)) return { token: cue.endToken, introduced: false };
  if (isResponse(context, cue, sentence)) return { token: cue.endToken, introduced: false };
  // "as she put it in a radio interview last week, the plan …": the wording follows the aside's comma.
  const asideEnd = cue.lemma === WORDING_IDIOM ? afterAttribution(context, cue, sentence) : null;
  if (asideEnd !== null && tokens[asideEnd]?.text === ',' && asideEnd > cue.endToken) return { token: asideEnd + 1, introduced: true };
  const opening = openingAfter(context, cue, sentence);
  // "The sign read: “…”": such a verb reports only a quotation.
  if (QUOTE_ONLY.has(cue.lemma)) return isQuoteMark(tokens[opening.token]) ? opening : null;
  if (opening.introduced) return opening;
  // "doesn't think so", "hopes not": the pro-form closing the sentence stands for the clause believed.
  if (cue.type === 'belief' && CLAUSE_PRO_FORMS.has(tokens[opening.token]?.lower ?? '') && isSentenceEnd(tokens[opening.token + 1] as Token)) return opening;
  if (THAT_ONLY.has(cue.lemma) || (cue.type === 'intention' && !BARE_CLAUSE_INTENTIONS.has(cue.lemma))) return null;
  if (CLAUSE_ONLY.has(cue.lemma) && !looksLikeClause(context, opening.token, sentence)) return null;
  return looksLikeClause(context, opening.token, sentence) && !reducedClause(context, opening.token) ? opening : null;
}

/**
 * "Talks are continuing, she said.": after the cue's comma comes only another attribution, a speaker and
 * its cue closing the sentence, so the words before are what was said, not the words after.
 */
function attributionOnly(context: RuleContext, start: number, sentence: Sentence): boolean {
  if (context.doc.tokens[start - 1]?.text !== ',') return false;
  // "… that she might have admired,” Roe wrote.": the mark closing the quotation stands before the speaker.
  const from = isQuoteMark(context.doc.tokens[start]) ? start + 1 : start;
  const speaker = phraseAfter(context, from, sentence);
  if (speaker === null) return false;
  const cue = (context.cuesBySentence.get(sentence.index) ?? []).find((other) => other.firstToken === speaker.endToken);
  return cue !== undefined && endsClause(context, cue.endToken, sentence);
}

/** "starts to tell when turning to …": a word of time and a participle, with no subject, sets the time. */
function reducedClause(context: RuleContext, token: number): boolean {
  const tokens = context.doc.tokens;
  return TIME_CLAUSE_OPENERS.has(tokens[token]?.lower ?? '') && tokens[token + 1]?.pos === 'VERB';
}

/**
 * "whoever grumbles “is not pulling their weight.”": after a relative clause, a lower-case auxiliary
 * opening a quotation is the main clause's predicate, not what was said.
 */
function opensWithPredicate(context: RuleContext, token: number): boolean {
  const tokens = context.doc.tokens;
  const first = tokens[token];
  if (first === undefined || context.quoteIndex.quoteStartingAt(first.start) === undefined) return false;
  const word = tokens[token + 1];
  return word !== undefined && word.pos === 'AUX' && word.text === word.lower;
}

/** Most tokens of an object and its setting before a quoted infinitive: "told [his supporters at a rally] to “…”". */
const MAX_OBJECT_AND_SETTING_TOKENS = 10;

/** The "to" after a short object (and its setting) that opens a quotation: "told voters at a rally to “go …”"; else null. */
function quotedInfinitive(context: RuleContext, start: number, sentence: Sentence): number | null {
  const tokens = context.doc.tokens;
  for (let i = start + 1; i < sentence.endToken && i <= start + MAX_OBJECT_AND_SETTING_TOKENS; i += 1) {
    const token = tokens[i] as Token;
    const quote = tokens[i + 1];
    if (token.lower === 'to') return quote !== undefined && isQuoteMark(quote) && context.quoteIndex.quoteStartingAt(quote.start) !== undefined && isInfinitiveAt(tokens, i) ? i : null;
    if (!isNounPhraseWord(token) && token.pos !== 'ADP' && !OBJECT.has(token.lower)) return null;
  }
  return null;
}

/**
 * "He said:" ending its paragraph, and the next paragraph opening with a quotation; or "The governor
 * added:" alone in its paragraph, and the next paragraph, unquoted, set off as a block quotation.
 */
function quoteAfterColon(context: RuleContext, token: number, sentence: Sentence, cue: Cue): Range[] {
  const tokens = context.doc.tokens;
  const colon = tokens[token - 1] as Token | undefined;
  const paragraph = context.doc.paragraphs[sentence.paragraph];
  if (colon?.text !== ':' || paragraph === undefined || colon.end !== paragraph.end) return [];
  const next = context.doc.paragraphs[sentence.paragraph + 1];
  if (next === undefined) return [];
  const quote = context.quoteIndex.quoteStartingAt(next.start);
  if (quote !== undefined) return quoteContent(quote);
  const alone = paragraph.firstSentence === sentence.index && paragraph.endSentence === sentence.index + 1;
  const words = cue.type === 'speech' || cue.type === 'writing';
  return alone && words && !isQuoteMark(tokens[context.doc.sentences[next.firstSentence]?.firstToken ?? -1]) ? contentRanges(context.doc, next.start, next.end) : [];
}
