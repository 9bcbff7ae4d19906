/**
 * "Police announced on Tuesday the recall of a drug", "Lena Ortiz endorses Moreau", "Moreau commented on
 * the closure": a verb whose object is what is reported. It runs after every other cue rule, so a clause
 * after the verb ("announced that …") is always read as such first.
 */
import type { Cue } from '../../cues/types.js';
import type { Sentence, Token } from '../../document/types.js';
import {
  AS_VERBS, CLAUSE_OBJECT_VERBS, GROUND_OBJECT_VERBS, CUE_NOUNS, FIGURE_OBJECT_VERBS, MINDED_BELIEF_VERBS, SOURCE_OBJECT_VERBS, CONTENT_OBJECT_NOUNS, CONTENT_OBJECT_VERBS,
  CONDITIONAL_MODALS, FUTURE_MARKERS, POSSIBILITY_MODALS, NAMING_VERBS, OBJECT_CUE_VERBS,
  SAYING_PROFORMS, STANCE_PREPOSITIONS, SUBORDINATING_CONJUNCTIONS, TOPIC_OBJECT_VERBS, TOPIC_ONLY_VERBS,
  TO_COMPLEMENT_VERBS, TOPIC_PREPOSITIONS, UNREPORTED_OBJECT_HEADS, type CueVerbType,
} from '../../../vocabulary/cue-verbs.js';
import { isDay, topicPrepositionAfter } from '../../cues/topic-preposition.js';
import { makeCandidate } from '../candidate.js';
import { holdsGround, opensGround, personBeforeGround } from '../phrases/stance-ground.js';
import { contentFrom } from '../phrases/content.js';
import { looksLikeClause, mainClauseStart, relativeClauseEnd } from '../phrases/clause-shape.js';
import { objectSettingStart } from '../phrases/object-end.js';
import { extentStart, isNegativeSubject, motionVerbBefore, speakerBeforeCue, standsAsSubject, subjectHandedOn, toSpeaker } from '../phrases/speaker.js';
import { isNegatedBelief, withNegation } from '../phrases/negated-belief.js';
import { withWithholding } from '../phrases/cue-chain.js';
import { isNounPhraseWord, isOnlyName, isPossessive, isQuoteMark } from '../phrases/tokens.js';
import { decisionTaken, isDecisionCue, namesDecision } from '../phrases/decision-object.js';
import type { Candidate, CueRule, Range, RuleContext } from '../types.js';
import { type PhraseMatch, phraseAfter, phraseThen, phraseThenAs } from '../phrases/noun-phrase.js';
import { EVIDENCE_NOUNS, RELATIVE_PRONOUNS, TIME_HEADS } from '../../../vocabulary/speaker-words.js';
import { STANCE_NOUN_PREPOSITIONS, STANCE_OBJECT_NOUNS } from '../../../vocabulary/cue-nouns.js';
import { isStanceHolderCue } from '../../cues/stance-holder-cues.js';
import { isStancePredicateCue } from '../../cues/stance-predicate-cues.js';
import { isPrepositionAdjectiveCue } from '../../cues/adjective-cues.js';
import { OBJECT_PRONOUNS, REFLEXIVE_PRONOUNS } from '../../../vocabulary/pronouns.js';
import { ABSENCE_OBJECT_OPENERS, PREPOSITION_QUESTION_WORDS } from '../../../vocabulary/function-words.js';
import { RELATIVE_DAY_WORDS } from '../../../vocabulary/dates.js';
import { hasPastParticipleEnding } from '../../util/participle.js';
import { isPluralNounForm } from '../../util/plural.js';

const OBJECT_VERBS = new Map<string, CueVerbType>(
  (Object.entries(OBJECT_CUE_VERBS) as [CueVerbType, readonly string[]][]).flatMap(([type, verbs]) => verbs.map((verb) => [verb, type] as const)),
);
const TOPIC_OBJECT = new Set(TOPIC_OBJECT_VERBS);
/** Prepositions a topic-object verb's object may follow: "complained about …", "warned against …". */
const TOPIC_OR_STANCE = new Set([...TOPIC_PREPOSITIONS, ...STANCE_PREPOSITIONS]);
const SUBORDINATING = new Set(SUBORDINATING_CONJUNCTIONS);
const TOPIC = new Set(TOPIC_PREPOSITIONS);
const RELATIVES = new Set(RELATIVE_PRONOUNS);
const TOPIC_ONLY = new Set(TOPIC_ONLY_VERBS);
const FUTURE = new Set(FUTURE_MARKERS);
const CONDITIONAL = new Set(CONDITIONAL_MODALS);
const POSSIBILITY = new Set(POSSIBILITY_MODALS);
const QUESTION_WORDS = new Set(PREPOSITION_QUESTION_WORDS);
const ABSENCE_OPENERS = new Set(ABSENCE_OBJECT_OPENERS);
/** Adjuncts that may stand between the verb and its object: "announced on Tuesday the recall …". */
const MAX_ADJUNCT_TOKENS = 4;
const MIN_OBJECT_TOKENS = 2;
/** "called the claims baseless": an object and what it is called. */
const MIN_NAMING_TOKENS = 3;
const NAMING = new Set(NAMING_VERBS);
const AS = new Set(AS_VERBS);
const TO_COMPLEMENT = new Set(TO_COMPLEMENT_VERBS);
const OBJECT_PRONOUN = new Set(OBJECT_PRONOUNS);
const REFLEXIVES = new Set(REFLEXIVE_PRONOUNS);
const RELATIVE_DAYS = new Set(RELATIVE_DAY_WORDS);
const TIME = new Set(TIME_HEADS);
const EVIDENCE = new Set(EVIDENCE_NOUNS);
const STANCE_NOUNS = new Set(STANCE_OBJECT_NOUNS);
const STANCE_NOUN_OPENERS = new Set(STANCE_NOUN_PREPOSITIONS);
const CONTENT_OBJECT = new Set(CONTENT_OBJECT_VERBS);
const CONTENT_NOUNS = new Set(CONTENT_OBJECT_NOUNS);
const CLAUSE_OBJECT = new Set(CLAUSE_OBJECT_VERBS);
const SOURCE_OBJECT = new Set(SOURCE_OBJECT_VERBS);
const MINDED = new Set(MINDED_BELIEF_VERBS);
/** Things that say or show but hold no view: "the claim", "the report", "the study". */
const THINGS = new Set([...EVIDENCE_NOUNS, ...CUE_NOUNS.speech, ...CUE_NOUNS.writing, ...CUE_NOUNS.evidence]);
const FIGURE_OBJECT = new Set(FIGURE_OBJECT_VERBS);
const GROUND_OBJECT = new Set(GROUND_OBJECT_VERBS);
const UNREPORTED_HEADS = new Map(Object.entries(UNREPORTED_OBJECT_HEADS));
const PROFORMS = SAYING_PROFORMS.map((phrase) => phrase.split(' '));

export const speakerVerbObject: CueRule = {
  id: 'speaker-verb-object',
  apply(context: RuleContext, cue: Cue) {
    return subjectObjectCandidate(context, this.id, cue);
  },
};

/**
 * The claim of the object of `cue` said by the cue's subject, recorded under rule `id`; null when the cue takes
 * no object or has no subject that can hold a view.
 */
export function subjectObjectCandidate(context: RuleContext, id: string, cue: Cue): Candidate | null {
  const reading = objectReading(context, cue);
  if (reading === null || cue.passive || cue.participle || cue.kind === 'according-to') return null;
  const tokens = context.doc.tokens;
  const sentence = context.doc.sentences[cue.sentence] as Sentence;
  // "plans to accuse" is not yet done; "took to Twitter to accuse", "appeared to blame", "was quick to praise" are.
  // "continues to show signs of …" tells of people what a record shows of a thing.
  const handedOn = reading.type !== 'evidence' && subjectHandedOn(tokens, cue.firstToken, sentence);
  const done = motionVerbBefore(tokens, cue.firstToken - 1, sentence) !== null || handedOn;
  // "would back the mayor", "would oppose the merger": a stance held on a condition is held all the same.
  const heldStance = reading.type === 'belief' && CONDITIONAL.has(tokens[cue.firstToken - 1]?.lower ?? '');
  if (FUTURE.has(tokens[cue.firstToken - 1]?.lower ?? '') && !done && !heldStance) return null;
  // "The talks could offer a way out": what may be said or done is not yet reported.
  if (POSSIBILITY.has(tokens[cue.firstToken - 1]?.lower ?? '') && !done && reading.type !== 'belief') return null;
  // "did not expect a long debate": a belief denied is still a view of its object.
  const belief = isNegatedBelief(context, cue);
  const speaker = speakerBeforeCue(context, cue, sentence, true, belief);
  // "…, who wrote the bill, …" sets its clause off by a comma and reports; what a restrictive relative clause
  // says of someone ("a Republican who wrote the bill") is no report.
  if (speaker === null || (belief && isNegativeSubject(context, speaker))) return null;
  const relative = RELATIVES.has(tokens[speaker.firstToken]?.lower ?? '') || RELATIVES.has(tokens[extentStart(speaker)]?.lower ?? '');
  const setOff = speaker.kind === 'pronoun' && tokens[speaker.firstToken - 1]?.text === ',';
  if (relative && !setOff) return null;
  if (!standsAsSubject(context, speaker, sentence)) return null;
  return objectCandidate(context, id, cue, sentence, speaker, reading);
}

/** How a cue reports its object: the claim's type, the topic's preposition after it, a pro-form ("said so"). */
interface ObjectReading {
  readonly type: CueVerbType;
  readonly topic: number | null;
  readonly proform: boolean;
}

/** The reading of `cue` as a verb whose object is what it reports, or null when it takes none. */
function objectReading(context: RuleContext, cue: Cue): ObjectReading | null {
  const tokens = context.doc.tokens;
  const topicOnly = TOPIC_ONLY.has(cue.lemma) || TOPIC_OBJECT.has(cue.lemma);
  const proform = cue.type === 'speech' && startsWithProform(tokens, cue.endToken);
  const type = OBJECT_VERBS.get(cue.lemma) ?? (TOPIC_OBJECT.has(cue.lemma) || isPrepositionAdjectiveCue(cue.lemma) || isStanceHolderCue(cue.lemma) || isStancePredicateCue(cue.lemma) || proform ? cue.type : undefined);
  if (type === undefined) return null;
  // "spoke about …", "spoke out Tuesday about …", "complained to the council about …": the topic's preposition.
  const topic = topicOnly && !proform ? topicPrepositionAfter(tokens, cue.endToken, TOPIC_OBJECT.has(cue.lemma) ? TOPIC_OR_STANCE : TOPIC) : null;
  return topicOnly && !proform && topic === null ? null : { type, topic, proform };
}

/**
 * The claim of the object of `cue`, said by `speaker` (the cue's subject, or for another rule its doer:
 * "led the senator [to demand] the chief's resignation"); null when the cue takes no object there.
 */
export function objectCandidateAfterCue(context: RuleContext, id: string, cue: Cue, sentence: Sentence, speaker: PhraseMatch): Candidate | null {
  const reading = objectReading(context, cue);
  return reading === null ? null : objectCandidate(context, id, cue, sentence, speaker, reading);
}

/** The claim of the object of `cue` by `speaker`, read as `reading` says. */
function objectCandidate(context: RuleContext, id: string, cue: Cue, sentence: Sentence, speaker: PhraseMatch, reading: ObjectReading): Candidate | null {
  const { type, topic, proform } = reading;
  const tokens = context.doc.tokens;
  const relative = RELATIVES.has(tokens[speaker.firstToken]?.lower ?? '') || RELATIVES.has(tokens[extentStart(speaker)]?.lower ?? '');
  // "A study found 31 cases of fraud", "Video of the crash shows him with …": what a study or a record finds or shows is a finding.
  const head = headWord(context, speaker.firstToken, sentence);
  const evidence = EVIDENCE.has(head);
  // "The claim … ignores critical facts": a statement or a report that ignores something holds no view of it.
  if (MINDED.has(cue.lemma) && THINGS.has(head)) return null;
  const objectAt = proform ? cue.endToken : objectStart(tokens, topic ?? cue.endToken, sentence, evidence && type === 'evidence', NAMING.has(cue.lemma), type === 'belief');
  if (objectAt === null) return null;
  const start = proform ? objectAt : afterStanceNoun(tokens, objectAt, sentence);
  // "gave no evidence", "promised little in the way of reform": an object naming nothing given reports nothing.
  if (!proform && ABSENCE_OPENERS.has(tokens[start]?.lower ?? '')) return null;
  // "Although he has admitted using the loophole, he …": the object ends where the main clause begins.
  const subordinate = SUBORDINATING.has(tokens[extentStart(speaker) - 1]?.lower ?? '');
  // "Ana Roe, who endorsed the plan, said …": the relative clause's object ends where the main clause resumes.
  const until = relative ? relativeClauseEnd(context, start, sentence)
    : subordinate ? mainClauseStart(context, start, sentence) : sentence.endToken;
  const content = contentFrom(context, start, sentence, proform ? proformEnd(tokens, start, until) : objectSettingStart(context, start, until, NAMING.has(cue.lemma)));
  const words = tokens.slice(start, sentence.endToken).filter((token) => token.pos !== 'PUNCT').length;
  const named = isOnlyName(tokens, start, content);
  if (content.length === 0 || (words < (NAMING.has(cue.lemma) ? MIN_NAMING_TOKENS : MIN_OBJECT_TOKENS) && !named)) return null;
  if (NAMING.has(cue.lemma) && !namesItsObject(context, start, sentence)) return null;
  if (AS.has(cue.lemma) && !REFLEXIVES.has(tokens[start]?.lower ?? '') && !phraseThenAs(context, start, sentence)) return null;
  if (TO_COMPLEMENT.has(cue.lemma) && !phraseThen(context, start, sentence, 'to')) return null;
  if (CONTENT_OBJECT.has(cue.lemma) && !CONTENT_NOUNS.has(objectHead(context, start, sentence))) return null;
  if (isDecisionCue(cue) && (!decisionTaken(tokens, cue) || !namesDecision(headBeforePreposition(context, start, sentence)))) return null;
  // "echoed Jane Roe" names whose words were repeated, not the words.
  if (named && SOURCE_OBJECT.has(cue.lemma)) return null;
  // "welcomed the guests" receives them; "welcomed the ruling" reports a stance.
  if (UNREPORTED_HEADS.get(cue.lemma)?.includes(objectHead(context, start, sentence)) === true) return null;
  if (CLAUSE_OBJECT.has(cue.lemma) && !evidence && !looksLikeClause(context, start, sentence)) return null;
  if (reducedRelative(context, cue, content)) return null;
  if (FIGURE_OBJECT.has(cue.lemma) && !statesFigure(context, start, content)) return null;
  // "grilled the chief for his role …", not "grilled the fish" or "grilled the salmon for his guests".
  const objectEnd = content[content.length - 1]?.end ?? 0;
  if (GROUND_OBJECT.has(cue.lemma) && (!holdsGround(tokens, start, objectEnd) || !personBeforeGround(tokens, start, objectEnd))) return null;
  return makeCandidate(context, id, content, isNegatedBelief(context, cue) ? withNegation(context, cue) : withWithholding(context, cue), toSpeaker(context, speaker), type);
}

/** The content from token `start` holds a number: "savings of $410,000", "a 3 percent rise". */
function statesFigure(context: RuleContext, start: number, content: readonly Range[]): boolean {
  const end = content[content.length - 1]?.end ?? 0;
  const tokens = context.doc.tokens;
  for (let i = start; i < tokens.length && (tokens[i] as Token).end <= end; i += 1) if ((tokens[i] as Token).pos === 'NUM') return true;
  return false;
}

/**
 * "Under the scheme, drivers reporting fares of $900 would pay …": a bare "-ing" verb whose object runs
 * into a tensed verb after a noun describes the subject of that verb; it reports nothing.
 */
function reducedRelative(context: RuleContext, cue: Cue, content: readonly Range[]): boolean {
  const tokens = context.doc.tokens;
  const verb = tokens[cue.verbToken] as Token;
  if (!verb.lower.endsWith('ing') || cue.verbToken !== cue.firstToken || tokens[cue.firstToken - 1]?.pos === 'AUX') return false;
  const end = content[content.length - 1]?.end ?? 0;
  for (let i = cue.endToken + 1; i < tokens.length && (tokens[i] as Token).end <= end; i += 1) {
    const token = tokens[i] as Token;
    if (token.pos === 'AUX' && /^(?:NOUN|PROPN|NUM)$/.test(tokens[i - 1]?.pos ?? '') && context.quoteIndex.quoteAt(token.start) === undefined) return true;
  }
  return false;
}

/** Where the object after `from` starts: after a topic preposition or a short adjunct; null when no noun phrase follows. */
function objectStart(tokens: readonly Token[], from: number, sentence: Sentence, evidence: boolean, naming: boolean, stance: boolean): number | null {
  let i = from;
  // "commented on the closure", but "announced on Friday the recall": "on" and a day before the object open a time.
  if (TOPIC_OR_STANCE.has(tokens[i]?.lower ?? '') && !dayBeforeObject(tokens, i + 1)) i += 1;
  // "announced Friday the recall …": a bare day between the verb and its object; "announced Monday." has none.
  if (dayBeforeObject(tokens, i)) i += 1;
  else if (isDay(tokens[i]) && !isPossessiveAt(tokens, i + 1)) return null;
  const first = tokens[i];
  if (first === undefined || i >= sentence.endToken) return null;
  if (isObjectWord(first)) return i;
  // "pointed to reports that …", "alluded to records of …": after a verb's own "to", a form in "-s" is no
  // infinitive but a plural noun the tagger read as a verb.
  if (i === from && tokens[i - 1]?.lower === 'to' && first.pos === 'VERB' && isPluralNounForm(first.lower)) return i;
  // "wrote about so very many changes …", "spoke of very different times": an adverb grading an adjective.
  if (first.pos === 'ADV' && tokens[i + 1]?.pos === 'ADJ') return i;
  // "proposed jointly owned drones", "backed newly drafted rules": an adverb in -ly grading a participle before its noun.
  const participle = tokens[i + 1];
  if (first.pos === 'ADV' && first.lower.endsWith('ly') && participle?.pos === 'VERB' && hasPastParticipleEnding(participle.lower) &&
    tokens[i + 2]?.pos === 'NOUN') return i;
  // "complained about how the vote was run", "coy about whether …": a question after the preposition.
  if (TOPIC_OR_STANCE.has(tokens[i - 1]?.lower ?? '') && QUESTION_WORDS.has(first.lower)) return i;
  // "expects them to win", "wants him to resign": a pronoun is the object when an infinitive says what of it.
  if (OBJECT_PRONOUN.has(first.lower) && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB') return i;
  // "portrayed herself as a reformer", "described herself as an outsider": a reflexive object and what it is
  // made out to be.
  if (REFLEXIVES.has(first.lower) && tokens[i + 1]?.lower === 'as' && describesAfterAs(tokens, i + 2)) return i;
  // "blasted him for skipping the vote", "praised them for their courage": a pronoun is the object of a stance
  // when "for" says what it is held for ("backed him for months" says how long).
  if (stance && OBJECT_PRONOUN.has(first.lower) && tokens[i + 1]?.lower === 'for' && opensGround(tokens[i + 2])) return i;
  // "The tape shows her with her arms raised", "Polls show them ahead": evidence shows a pronoun in a state.
  if (evidence && OBJECT_PRONOUN.has(first.lower) && /^(?:ADP|ADV|ADJ)$/.test(tokens[i + 1]?.pos ?? '')) return i;
  // "called him a liar", "labeled it reckless": a naming verb says what a pronoun is.
  // ("called them yesterday" names no one.)
  const named = tokens[i + 1];
  if (naming && (OBJECT_PRONOUN.has(first.lower) || first.lower === 'it') && /^(?:DET|ADJ|NOUN)$/.test(named?.pos ?? '') &&
    !isDay(named) && !RELATIVE_DAYS.has(named?.lower ?? '')) return i;
  // "announced on Tuesday the recall …": a preposition and a short phrase, then the object.
  if (first.pos !== 'ADP') return null;
  for (let j = i + 1; j < sentence.endToken && j <= i + MAX_ADJUNCT_TOKENS; j += 1) {
    const token = tokens[j] as Token;
    if (token.pos === 'DET' && j > i + 1) return j;
    if (!isNounPhraseWord(token)) return null;
  }
  return null;
}

/**
 * A description opens at `index`, after "as": "as a reformer", "as victims", "as pro-business"; not a degree
 * ("defended himself as best he could", "as well").
 */
function describesAfterAs(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  if (token.pos === 'DET' || token.pos === 'NOUN' || token.pos === 'PROPN') return true;
  return token.pos === 'ADJ' && !/^(?:PRON|ADV)$/.test(tokens[index + 1]?.pos ?? '') && tokens[index + 1]?.lower !== 'as';
}

/** A weekday at `index` with the object after it: "(on) Friday the recall …", "Monday its plan …". */
function dayBeforeObject(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return isDay(tokens[index]) && next !== undefined && !isPossessive(next) && isObjectWord(next);
}

/** "Monday's ruling": a possessive after a day makes it part of the object. */
function isPossessiveAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && isPossessive(token);
}

/**
 * "expressed grave concern over a levy", "unveiled a proposal for a new port", "voiced concern that …": an
 * object that is a stance noun, with no determiner or an indefinite one, reports what follows it: the token
 * after its preposition, or its "that". `start` otherwise ("her proposal for …" is the reported thing itself).
 */
function afterStanceNoun(tokens: readonly Token[], start: number, sentence: Sentence): number {
  let i = start;
  if (tokens[i]?.lower === 'a' || tokens[i]?.lower === 'an') i += 1;
  while (tokens[i]?.pos === 'ADJ' || tokens[i]?.pos === 'ADV') i += 1;
  if (!STANCE_NOUNS.has(tokens[i]?.lower ?? '') || i + 2 >= sentence.endToken) return start;
  const next = tokens[i + 1] as Token;
  if (next.lower === 'that') return i + 1;
  return STANCE_NOUN_OPENERS.has(next.lower) ? i + 2 : start;
}

function isObjectWord(token: Token): boolean {
  if (isQuoteMark(token)) return true;
  // "proposed dropping the levy", "admitted using the loophole": a gerund and its own object.
  if (token.pos === 'VERB' && token.lower.endsWith('ing')) return true;
  // "offered nothing that would cut their fares": an indefinite pronoun stands for what was reported.
  if (token.pos === 'PRON') return /^(?:his|her|its|their|our|my|your|something|nothing|anything|everything)$/.test(token.lower);
  return isNounPhraseWord(token);
}

/**
 * The head noun of the object at `start`, in lower case, before any preposition: "her plans for the city" →
 * "plans"; a quantity with no noun passes it on to the phrase after its "of": "some of his proposals" → "proposals".
 */
function objectHead(context: RuleContext, start: number, sentence: Sentence): string {
  const words = headBeforePreposition(context, start, sentence);
  const head = words.filter((token) => token.pos === 'NOUN').at(-1)?.lower;
  const of = start + words.length;
  if (head === undefined && words.length > 0 && context.doc.tokens[of]?.lower === 'of') return objectHead(context, of + 1, sentence);
  return head ?? '';
}

/** The last word of the phrase at `start` before any preposition, in lower case, whatever its tag: "Video of the crash" → "video". */
function headWord(context: RuleContext, start: number, sentence: Sentence): string {
  return headBeforePreposition(context, start, sentence).at(-1)?.lower ?? '';
}

/** The words of the phrase at `start` up to its first preposition. */
function headBeforePreposition(context: RuleContext, start: number, sentence: Sentence): Token[] {
  const phrase = phraseAfter(context, start, sentence);
  const words = phrase === null ? [] : context.doc.tokens.slice(start, phrase.endToken);
  const preposition = words.findIndex((token) => token.pos === 'ADP');
  return words.slice(0, preposition < 0 ? words.length : preposition);
}

/** "called the claims baseless", "dubbed it a sham": after the object comes what it is called. */
function namesItsObject(context: RuleContext, start: number, sentence: Sentence): boolean {
  const first = phraseAfter(context, start, sentence);
  // "called the fine and the letter a stunt": two objects joined by "and".
  const joined = first !== null && context.doc.tokens[first.endToken]?.lower === 'and';
  const object = joined ? phraseAfter(context, first.endToken + 1, sentence) : first;
  const name = context.doc.tokens[object?.endToken ?? -1];
  if (object === null || name === undefined || object.endToken >= sentence.endToken) return false;
  // "called the minister a day later", "called her this morning": a phrase of time names nothing.
  if (opensTimePhrase(context.doc.tokens, object.endToken)) return false;
  return name.pos === 'DET' || name.pos === 'ADJ' || name.pos === 'NOUN' || name.pos === 'PROPN' || isQuoteMark(name);
}

/** Whether a phrase of time opens at `index`: a time word, or one or two words before one ("a day", "this morning", "two days"). */
function opensTimePhrase(tokens: readonly Token[], index: number): boolean {
  const isTimeWord = (word: string): boolean => TIME.has(word) || TIME.has(word.replace(/s$/, ''));
  return [0, 1, 2].some((offset) => isTimeWord(tokens[index + offset]?.lower ?? '') &&
    tokens.slice(index, index + offset).every((token) => token.pos === 'DET' || token.pos === 'NUM' || token.pos === 'ADJ'));
}


/** "said as much", "said the same thing": a phrase standing for words reported elsewhere opens at `index`. */
function startsWithProform(tokens: readonly Token[], index: number): boolean {
  return PROFORMS.some((words) => words.every((word, offset) => tokens[index + offset]?.lower === word));
}

/**
 * Where a phrase standing for words ends: before a comma or a preposition other than "of" ("said as much in
 * an interview", "said the same thing, among others …", but "said the same of her rival").
 */
function proformEnd(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start + 2; i < end; i += 1) {
    const token = tokens[i] as Token;
    if (token.text === ',' || ((token.pos === 'ADP' || token.pos === 'SCONJ') && token.lower !== 'of')) return i;
  }
  return end;
}
