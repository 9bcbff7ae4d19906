/** The cue finder: reporting verbs and phrases outside quotations, with the words that belong to them. */
import type { Document, Token } from '../document/types.js';
import type { QuoteIndex } from '../quotes/quote-index.js';
import { CLOSING_MARK_TOKENS } from '../quotes/quote-marks.js';
import {
  AGAINST_VERBS, BE_FORMS, GERUND_TOPIC_ADJECTIVES, MODAL_ONLY_VERBS, WISH_MODALS, INTENTION_CUE_ADJECTIVES, PREPOSITION_CUE_ADJECTIVES, MAKE_CUE_PHRASES, CUE_AUXILIARIES, CUE_VERB_TYPES, FRAMING_VERBS, INTENTION_PARTICLES, RAISING_VERBS,
  CLAUSE_PHRASAL_VERBS, QUANTITY_HEADS, REDUCED_PASSIVE_CUE_VERBS, REPORTING_OBJECT_HEADS, TOPIC_ONLY_VERBS, TOPIC_PREPOSITIONS, VERB_MODIFIERS, type CueVerbType,
} from '../../vocabulary/cue-verbs.js';
import { isApproximation, isDay, topicPrepositionAfter } from './topic-preposition.js';
import { RELATIVE_DAY_WORDS, WEEKDAYS } from '../../vocabulary/dates.js';
import { isAdjectiveCue, linkedAdjectiveStart, withSubjectAdjectiveStart } from './adjective-cues.js';
import { stanceHolderCueStart, stanceHolderLemma } from './stance-holder-cues.js';
import { stancePredicateAt } from './stance-predicate-cues.js';
import { agreementCueEnd } from './agreement-cues.js';
import { isEstimateVerb } from './estimate-cues.js';
import {
  framingTaggedAdjective, isVerbTaggedNoun, participleTaggedAdjective, pastTaggedAdjective, perfectTaggedAdjective, regularFormVerb,
  verbTaggedNounAfterYear,
} from './mistagged-verbs.js';
import { singular } from '../util/plural.js';
import { isAttributiveParticiple } from './attributive-participle.js';
import { isReducedRelative, opensReducedPassive } from '../util/reduced-relative.js';
import { hasPastParticipleEnding } from '../util/participle.js';
import { VERB_TYPES } from './verb-types.js';
import type { Cue } from './types.js';
import { MANNER_ADVERBS as MANNER_ADVERB_WORDS, PARTICIPLE_CLAUSE_CONJUNCTIONS, PARTICIPLE_TIME_PREPOSITIONS } from '../../vocabulary/function-words.js';
import { POSSESSIVE_PRONOUNS } from '../../vocabulary/pronouns.js';

// Patterns made once: a pattern written inside a function is a new object every time it is reached.
/** A capital letter first. */
const CAPITAL_START = /^\p{Lu}/u;
/** The tags DET, ADJ, ADV, PRON. */
const TAGS_DET_ADJ_ADV_PRON = /^(?:DET|ADJ|ADV|PRON)$/;

const FRAMING = new Set(FRAMING_VERBS);
const CLAUSE_PHRASAL = new Set(CLAUSE_PHRASAL_VERBS);
const BE = new Set(BE_FORMS);
const MODIFIERS = new Set(VERB_MODIFIERS);
const AUXILIARIES = new Set(CUE_AUXILIARIES);
const PARTICLES = new Set(INTENTION_PARTICLES);
const AGAINST = new Set(AGAINST_VERBS);
const MODAL_ONLY = new Set(MODAL_ONLY_VERBS);
const WISH = new Set(WISH_MODALS);
const TOPIC_ONLY = new Set(TOPIC_ONLY_VERBS);
const TOPICS = new Set(TOPIC_PREPOSITIONS);
const RAISING = new Set(RAISING_VERBS);
const INTENTION_ADJECTIVES = new Set(INTENTION_CUE_ADJECTIVES);
const ADJECTIVE_PREPOSITIONS = new Map(Object.entries(PREPOSITION_CUE_ADJECTIVES));
const GERUND_TOPICS = new Set(GERUND_TOPIC_ADJECTIVES);
const REPORTING_HEADS = new Map(Object.entries(REPORTING_OBJECT_HEADS));
const REDUCED_PASSIVE = new Set(REDUCED_PASSIVE_CUE_VERBS);
const QUANTITIES = new Set(QUANTITY_HEADS);
/** Most words of an object before its head: "drew [a sharp, clear] contrast". */
const MAX_MODIFIER_TOKENS = 4;
const POSSESSIVES = new Set(POSSESSIVE_PRONOUNS);
/** Forms wink sometimes tags as nouns or adjectives that are still verbs of saying. */
const MISTAGGED_FORMS = new Set(['said', 'says', 'told', 'tells']);

/** Finds the cues of `doc` that stand outside quotations, in text order. */
export function findCues(doc: Document, quotes: QuoteIndex): Cue[] {
  const cues: Cue[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined || quotes.quoteAt(token.start) !== undefined) continue;
    const next = tokens[i + 1];
    if (token.lower === 'according' && next?.lower === 'to' && next.sentence === token.sentence) {
      cues.push(makeCue(tokens, 'according-to', 'speech', i, i, i + 2, 'according to'));
      i += 1;
      continue;
    }
    // "as The New Yorker put it, “…”": "put it" reports wording.
    if (token.lemma === 'put' && next?.lower === 'it' && next.sentence === token.sentence && token.pos === 'VERB') {
      cues.push(makeCue(tokens, 'verb', 'speech', i, i, i + 2, 'put it'));
      i += 1;
      continue;
    }
    // "puts the cost at $2 million": the verb reports an estimate.
    if (isEstimateVerb(tokens, i)) {
      cues.push(makeCue(tokens, 'verb', 'speech', i, i, i + 1, token.lemma));
      continue;
    }
    // "made clear that …", "has made it clear he …", "made the case that …": the phrase reports what is said.
    // "made the case for …" is a phrasal verb with a topic; "made the case that …" a phrase before a clause.
    const phraseEnd = phrasalVerbAt(tokens, i) === null ? makePhraseEnd(tokens, i) : null;
    if (phraseEnd !== null) {
      const lemma = ['make', ...tokens.slice(i + 1, phraseEnd).map((word) => word.lower)].join(' ');
      cues.push(makeCue(tokens, 'verb', 'speech', i, i, phraseEnd, lemma));
      i = phraseEnd - 1;
      continue;
    }
    const linked = linkedAdjectiveStart(tokens, i);
    // "were convinced the levy would pass": a participle read as a verb is the adjective still, not a passive.
    if (linked !== null && isAdjectiveCue(tokens, i)) {
      cues.push({ ...makeCue(tokens, 'verb', 'belief', i, linked, i + 1, token.lower), passive: false });
      continue;
    }
    // "is determined to win", "were willing to wait": an adjective of intention before "to" and a verb.
    if (linked !== null && INTENTION_ADJECTIVES.has(token.lower) && next?.lower === 'to' && tokens[i + 2]?.pos === 'VERB') {
      cues.push({ ...makeCue(tokens, 'verb', 'intention', i, linked, i + 1, token.lower), passive: false });
      continue;
    }
    // "was critical of the plan", "remains coy about whether …", "with leaders worried about …": the adjective and its preposition.
    const adjectiveStart = linked ?? withSubjectAdjectiveStart(tokens, i);
    if (adjectiveStart !== null && next !== undefined && ADJECTIVE_PREPOSITIONS.get(token.lower)?.includes(next.lower) === true && takesItsTopic(tokens, i)) {
      cues.push({ ...makeCue(tokens, 'verb', 'belief', i, adjectiveStart, i + 2, `${token.lower} ${next.lower}`), passive: false });
      i += 1;
      continue;
    }
    // "is a firm opponent of the levy": a noun for one who holds a stance and its "of".
    const holder = stanceHolderCueStart(tokens, i);
    if (holder !== null) {
      cues.push({ ...makeCue(tokens, 'verb', 'belief', i, holder, i + 2, stanceHolderLemma(token.lower)), passive: false });
      i += 1;
      continue;
    }
    // "has serious reservations about the deal", "is against the levy": a stance predicate and its preposition.
    const predicate = stancePredicateAt(tokens, i);
    if (predicate !== null) {
      cues.push({ ...makeCue(tokens, 'verb', 'belief', predicate.verb, predicate.first, predicate.end, predicate.lemma), passive: false });
      i = predicate.end - 1;
      continue;
    }
    // "signed an agreement to …": the parties commit to what the infinitive says, as with "agreed to".
    const agreement = agreementCueEnd(tokens, i);
    if (agreement !== null) {
      cues.push(makeCue(tokens, 'verb', 'intention', i, i, agreement, `${token.lemma} ${(tokens[agreement - 1] as Token).lower}`));
      i = agreement - 1;
      continue;
    }
    // "Japan branded the regime an “…”": a framing verb's past form that wink read as an adjective.
    const framingStem = framingTaggedAdjective(tokens, i);
    if (framingStem !== null) {
      cues.push(makeCue(tokens, 'framing', 'speech', i, i, i + 1, framingStem));
      continue;
    }
    const participleStem = participleTaggedAdjective(tokens, i) ?? perfectTaggedAdjective(tokens, i) ?? verbTaggedNounAfterYear(tokens, i) ??
      pastTaggedAdjective(tokens, i) ?? regularFormVerb(token);
    const taggedNoun = isVerbTaggedNoun(tokens, i);
    const isVerb = token.pos === 'VERB' || token.pos === 'AUX' || MISTAGGED_FORMS.has(token.lower) || taggedNoun || participleStem !== null;
    if (!isVerb || isAttributiveParticiple(tokens, i) || isReducedRelative(tokens, i) || isOwnedNoun(tokens, i)) continue;
    const phrasal = phrasalVerbAt(tokens, i);
    const topicless = phrasal !== null && TOPIC_ONLY.has(phrasal.phrase) && topicPrepositionAfter(tokens, phrasal.end, TOPICS) === null;
    // "agreed with her aides that …": the verb alone is the cue of the clause; "agreed with her aides" reports a stance.
    const clauseAfter = phrasal !== null && CLAUSE_PHRASAL.has(phrasal.phrase) && thatFollows(tokens, phrasal.end);
    // "referred to the plan as a “fantasy”": a framing verb setting its object as a quotation frames the words.
    const framing = phrasal !== null && FRAMING.has(token.lemma) && framesQuoteWithAs(tokens, i, quotes);
    if (phrasal !== null && !topicless && !clauseAfter && !framing) {
      cues.push(verbCue(tokens, i, VERB_TYPES.get(phrasal.phrase) as CueVerbType, phrasal.phrase, phrasal.end));
      i = phrasal.end - 1;
      continue;
    }
    // "would continue to report", "began to argue": the verb after "to" is the cue, not the one that raises it.
    if (RAISING.has(token.lemma) && next?.lower === 'to' && tokens[i + 2]?.pos === 'VERB') continue;
    // "would like to …" is a wish; "likes to swim" a habit.
    if (MODAL_ONLY.has(token.lemma) && !WISH.has(tokens[i - 1]?.lower ?? '')) continue;
    const withParticle = intentionParticle(tokens, i) !== null;
    const type = VERB_TYPES.get(token.lemma) ?? VERB_TYPES.get(singular(token.lower)) ?? VERB_TYPES.get(participleStem ?? '');
    // "spoke to NPR", "talked with aides" report nothing; "spoke about the deal", "spoke out Tuesday about
    // the deal" report its topic. "a friend commented: “…”", "she commented that …": a colon or "that" gives such a verb its words.
    if (TOPIC_ONLY.has(token.lemma) && topicPrepositionAfter(tokens, i + 1, TOPICS) === null && next?.text !== ':' && next?.lower !== 'that') continue;
    // "drew a contrast with …" reports; "drew a crowd" does not.
    const heads = REPORTING_HEADS.get(token.lemma);
    // "issued a statement saying …", "released a letter late Monday calling for …", "a statement after the hearing
    // saying …": a participle of saying after the object (and its time or setting) reports, not the verb before it.
    // "a curfew imposed by the council": the head stands before the participle of a reduced passive with an agent.
    if (heads !== undefined && !headFollows(tokens, i, heads, (head) => !sayingParticipleAfter(tokens, head)) && !headBeforeAgentParticiple(tokens, i, heads)) continue;
    if (FRAMING.has(token.lemma) && (token.pos === 'VERB' || taggedNoun) && !(type === 'intention' && withParticle)) {
      cues.push(makeCue(tokens, 'framing', 'speech', i, i, i + 1, token.lemma));
    } else if (type !== undefined) {
      cues.push(verbCue(tokens, i, type, participleStem ?? token.lemma));
    } else if (token.pos === 'VERB' && framesQuoteWithAs(tokens, i, quotes)) {
      cues.push(makeCue(tokens, 'framing', 'speech', i, i, i + 1, token.lemma));
    }
  }
  return cues;
}

/** The adjective at `index` has a topic it reports on after its preposition: any, or a gerund for "dedicated to". */
function takesItsTopic(tokens: readonly Token[], index: number): boolean {
  return !GERUND_TOPICS.has((tokens[index] as Token).lower) || (tokens[index + 2]?.lower.endsWith('ing') ?? false);
}

/**
 * One of `heads` ends the object after the verb at `verb`, over determiners, adjectives and adverbs ("drew a
 * sharp contrast"), and `accept` takes the index of that head.
 */
function headFollows(tokens: readonly Token[], verb: number, heads: readonly string[], accept: (head: number) => boolean): boolean {
  for (let i = verb + 1; i <= verb + 1 + MAX_MODIFIER_TOKENS; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.sentence !== (tokens[verb] as Token).sentence) return false;
    if (heads.includes(token.lower)) return accept(i);
    // "a string of posts": a noun of number hands the head on to the noun after "of".
    if (QUANTITIES.has(token.lower) && tokens[i + 1]?.lower === 'of') {
      i += 1;
      continue;
    }
    if (!TAGS_DET_ADJ_ADV_PRON.test(token.pos) && token.text !== ',') return false;
  }
  return false;
}

/**
 * One of `heads` stands right before the participle at `verb`, which is one of REDUCED_PASSIVE_CUE_VERBS and
 * has "by" after it: "a curfew imposed by the council", not "a statement issued by the ministry".
 */
function headBeforeAgentParticiple(tokens: readonly Token[], verb: number, heads: readonly string[]): boolean {
  const token = tokens[verb] as Token;
  return REDUCED_PASSIVE.has(token.lemma) && hasPastParticipleEnding(token.lower) && tokens[verb + 1]?.lower === 'by' &&
    heads.includes(tokens[verb - 1]?.lower ?? '') && tokens[verb - 1]?.sentence === token.sentence;
}

/** Most words of a time or setting between an object and a participle of saying: "a statement [after the hearing] saying". */
const MAX_SETTING_TOKENS = 4;
/** Words of such a time or setting: "late Monday", "on Monday", "after the hearing". */
const SETTING_WORDS = new Set(['ADV', 'ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** A participle of saying follows the object's head at `head`, at once or after a short time or setting, before any punctuation. */
function sayingParticipleAfter(tokens: readonly Token[], head: number): boolean {
  for (let i = head + 1; i <= head + 1 + MAX_SETTING_TOKENS; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.pos === 'PUNCT' || token.sentence !== tokens[head]?.sentence) return false;
    if (isSayingParticiple(token)) return true;
    if (!SETTING_WORDS.has(token.pos)) return false;
  }
  return false;
}

/** "saying", "calling", "urging": the "-ing" form of a cue verb, right after an object. */
function isSayingParticiple(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'VERB' && token.lower.endsWith('ing') && (VERB_TYPES.has(token.lemma) || FRAMING.has(token.lemma));
}

/** Most tokens of an object between a phrasal verb and the "that" of its clause: "agreed with her aides that". */
const MAX_OBJECT_BEFORE_THAT = 6;

/** "that" stands within a short object after `start`, before any comma, in the same sentence. */
function thatFollows(tokens: readonly Token[], start: number): boolean {
  for (let i = start; i < start + MAX_OBJECT_BEFORE_THAT; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.sentence !== tokens[start - 1]?.sentence || token.text === ',') return false;
    if (token.lower === 'that') return true;
  }
  return false;
}

/** A reporting verb, with "did" before it, "by saying" or an intention's particle ("called for") after it. */
function verbCue(tokens: readonly Token[], verb: number, type: CueVerbType, lemma: string, phraseEnd = verb + 1): Cue {
  const token = tokens[verb] as Token;
  let first = verb;
  const before = tokens[verb - 1];
  if (before !== undefined && before.sentence === token.sentence && AUXILIARIES.has(before.lower)) first = verb - 1;
  let end = phraseEnd;
  const next = tokens[verb + 1];
  const gerund = tokens[verb + 2];
  if (end > verb + 1) return makeCue(tokens, 'verb', type, verb, first, end, lemma);
  if (next?.lower === 'by' && gerund !== undefined && gerund.lower.endsWith('ing') && CUE_VERB_TYPES.get(gerund.lemma) === 'speech') end = verb + 3;
  else if (type === 'intention' && intentionParticle(tokens, verb) !== null) end = (intentionParticle(tokens, verb) as number) + 1;
  else if (AGAINST.has(lemma) && next?.lower === 'against') end = verb + 2;
  return makeCue(tokens, 'verb', type, verb, first, end, lemma);
}

/** Days named between a verb and its particle: "called Friday for", "called on Monday for". */
const DAYS = new Set([...WEEKDAYS, ...RELATIVE_DAY_WORDS]);

/**
 * The index of an intention's particle after its verb ("called for"), past a day named between them ("called
 * Friday for", "called on Monday for"); null when none follows, as in "called on Monday" alone, where "on" opens the day.
 */
function intentionParticle(tokens: readonly Token[], verb: number): number | null {
  let index = verb + 1;
  if (tokens[index]?.lower === 'on' && DAYS.has(tokens[index + 1]?.lower ?? '')) index += 2;
  else if (DAYS.has(tokens[index]?.lower ?? '')) index += 1;
  const particle = tokens[index];
  return particle !== undefined && particle.sentence === (tokens[verb] as Token).sentence && PARTICLES.has(particle.lower) ? index : null;
}

/** A phrasal cue verb of the lists: the words after its verb and the whole phrase ("lay out"). */
interface PhrasalVerb {
  readonly rest: readonly string[];
  readonly phrase: string;
}

/** Phrasal cue verbs of the lists by their verb, longest first: "lay" → [{ rest: ["out"], phrase: "lay out" }]. */
const PHRASAL_VERBS = new Map<string, PhrasalVerb[]>();
for (const entry of [...VERB_TYPES.keys()].filter((verb) => verb.includes(' ')).sort((a, b) => b.length - a.length)) {
  const [verb = '', ...rest] = entry.split(' ');
  PHRASAL_VERBS.set(verb, [...(PHRASAL_VERBS.get(verb) ?? []), { rest, phrase: entry }]);
}

const MANNER_ADVERBS = new Set(MANNER_ADVERB_WORDS);

/** A phrasal cue verb found in the text: the phrase of the lists and the index of the token after its last word. */
interface PhrasalMatch {
  readonly phrase: string;
  readonly end: number;
}

/**
 * "laid out", "railed against", "spoke out about": the phrasal cue verb whose verb stands at `verb`, or null.
 * An adverb of manner may stand between the verb and the rest ("is leaning hard toward", "spoke forcefully
 * against"). "weighed in on Friday" is no "weigh in on": a day after the preposition makes it one of time; "went
 * on about an hour" no "go on about": "about" before a number or "as" means "nearly".
 */
function phrasalVerbAt(tokens: readonly Token[], verb: number): PhrasalMatch | null {
  const phrasals = PHRASAL_VERBS.get((tokens[verb] as Token).lemma);
  if (phrasals === undefined) return null;
  const gaps = isMannerAdverb(tokens, verb + 1) ? [0, 1] : [0];
  for (const gap of gaps) {
    for (const { rest, phrase } of phrasals) {
      const last = verb + gap + rest.length;
      if (TOPICS.has(rest.at(-1) ?? '') && isDay(tokens[last + 1])) continue;
      if (!isApproximation(tokens, last) && followsInSentence(tokens, verb + gap, rest)) return { phrase, end: last + 1 };
    }
  }
  return null;
}

/**
 * An adverb of manner at `index` in the verb's sentence: a word tagged as an adverb ending in "-ly", or one of
 * MANNER_ADVERBS, whatever its tag ("hard" is read as an adjective).
 */
function isMannerAdverb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || token.sentence !== tokens[index - 1]?.sentence) return false;
  return (token.pos === 'ADV' && token.lower.endsWith('ly')) || MANNER_ADVERBS.has(token.lower);
}

function makeCue(tokens: readonly Token[], kind: Cue['kind'], type: CueVerbType, verb: number, first: number, end: number, lemma: string): Cue {
  const verbToken = tokens[verb] as Token;
  const firstToken = tokens[first] as Token;
  const lastToken = tokens[end - 1] as Token;
  return {
    kind,
    type,
    start: firstToken.start,
    end: lastToken.end,
    firstToken: first,
    endToken: end,
    verbToken: verb,
    lemma,
    passive: kind !== 'according-to' && verbToken.pos !== 'ADJ' && isPassive(tokens, verb),
    participle: kind === 'verb' && (verbToken.lower.endsWith('ing') ? participleOpens(tokens, first) : perfectParticipleOpens(tokens, verb) || raisedByParticiple(tokens, first)),
    sentence: verbToken.sentence,
  };
}

/** "is said", "was reportedly told": a form of "to be" before a past participle. */
function isPassive(tokens: readonly Token[], verb: number): boolean {
  const verbToken = tokens[verb] as Token;
  if (verbToken.lower.endsWith('ing')) return false;
  // "when pressed on …", "if asked about …": a past participle right after a conjunction of time or condition.
  if (REDUCED_CLAUSE_OPENERS.has(tokens[verb - 1]?.lower ?? '') && verbToken.lower.endsWith('ed')) return true;
  // "people accused of fraud", "two men charged with arson": the participle before its preposition.
  if (opensReducedPassive(tokens, verb)) return true;
  for (let i = verb - 1; i >= 0 && i >= verb - 3; i -= 1) {
    const token = tokens[i] as Token;
    if (token.sentence !== verbToken.sentence) return false;
    if (BE.has(token.lower)) return token.lower !== '’s' && token.lower !== "'s" ? true : token.pos === 'AUX' && !isPerfect(tokens, i, verb);
    if (!MODIFIERS.has(token.lower) && token.pos !== 'ADV') return false;
  }
  return false;
}

const REDUCED_CLAUSE_OPENERS = new Set(PARTICIPLE_CLAUSE_CONJUNCTIONS);

/** Subjects whose "’s" before a participle is more often "has": "she’s called for", "who’s said that". */
const PERFECT_SUBJECTS = new Set(['he', 'she', 'who']);
/** Words after a participle that make "’s" + participle a passive: "he’s said to be", "she’s called by", "it’s seen as". */
const PASSIVE_FOLLOWERS = new Set(['to', 'by', 'as']);

/** "she’s called for …", "who’s argued that …": the "’s" at `index` is "has", not "is". */
function isPerfect(tokens: readonly Token[], index: number, verb: number): boolean {
  const after = tokens[verb + 1];
  return PERFECT_SUBJECTS.has(tokens[index - 1]?.lower ?? '') && after !== undefined && !PASSIVE_FOLLOWERS.has(after.lower) && after.pos !== 'PUNCT';
}

/** Most words of the object between a verb and "as" before a quotation. */
const MAX_AS_OBJECT_TOKENS = 6;

/**
 * "admires the general as a “strong leader”", "rated the claim as “false”": any verb whose object is set
 * "as" a quotation frames the quoted words as the subject's own.
 */
function framesQuoteWithAs(tokens: readonly Token[], verb: number, quotes: QuoteIndex): boolean {
  for (let i = verb + 1; i <= verb + MAX_AS_OBJECT_TOKENS + 1; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.sentence !== (tokens[verb] as Token).sentence) return false;
    if (token.lower === 'as') {
      if (i === verb + 1) return false;
      const next = tokens[i + 1]?.pos === 'DET' ? tokens[i + 2] : tokens[i + 1];
      return next !== undefined && quotes.quoteStartingAt(next.start) !== undefined;
    }
    if (!OBJECT_WORDS.has(token.pos) && token.text !== '%') return false;
  }
  return false;
}
const OBJECT_WORDS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PRON', 'ADP']);

const TIME_PREPOSITIONS = new Set(PARTICIPLE_TIME_PREPOSITIONS);

/** "before asking her, …", "a recording of Marta Lindqvist asking, …": a participle after a time word or a name. */
function afterNameOrTime(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (before === undefined || before.sentence !== (tokens[first] as Token).sentence) return false;
  return TIME_PREPOSITIONS.has(before.lower) || (before.pos === 'PROPN' && CAPITAL_START.test(before.text));
}

/** "Citing a risk to patients, the board …": a participle opening its sentence. */
function opensSentence(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.sentence !== (tokens[first] as Token).sentence;
}

/** "In defending his record, the mayor …", "By saying that …, she …": a participle after a preposition opening its sentence. */
function afterOpeningPreposition(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.pos === 'ADP' && opensSentence(tokens, first - 1);
}

/** ", saying …", ", even suggesting …": a comma, perhaps an adverb, then the participle. */
function afterComma(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (before?.text === ',') return true;
  // "… a “careful steward,” likening her …": the comma stands inside the closing quotation mark.
  if (before !== undefined && CLOSING_MARK_TOKENS.has(before.text) && tokens[first - 2]?.text === ',') return true;
  return before?.pos === 'ADV' && tokens[first - 2]?.text === ',';
}

/** A participle at `first` opens a clause of its own: after a comma, a name or a time word, or opening the sentence. */
function participleOpens(tokens: readonly Token[], first: number): boolean {
  return afterComma(tokens, first) || afterNameOrTime(tokens, first) || opensSentence(tokens, first) || afterOpeningPreposition(tokens, first);
}

/** "Having said that …, the mayor …", "…, having argued that …": a past participle after "having" that opens a clause of its own. */
function perfectParticipleOpens(tokens: readonly Token[], verb: number): boolean {
  return tokens[verb - 1]?.lower === 'having' && participleOpens(tokens, verb - 1);
}

/**
 * "…,” she said, going on to add a warning …": a cue after "to" and a raising participle ("going on", "continuing")
 * set off by a comma is that participle's, said by the main clause's speaker.
 */
function raisedByParticiple(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.lower !== 'to') return false;
  const verb = tokens[first - 2]?.pos === 'ADP' ? first - 3 : first - 2;
  const raising = tokens[verb];
  return raising !== undefined && raising.pos === 'VERB' && raising.lower.endsWith('ing') && RAISING.has(raising.lemma) && afterComma(tokens, verb);
}

/** "make clear" phrases as word sequences after the verb. */
const MAKE_PHRASES = MAKE_CUE_PHRASES.map((phrase) => phrase.split(' '));

/**
 * "made clear", "has made it clear", "made the case that": the token after the phrase when a form of "make"
 * at `index` opens one of `MAKE_CUE_PHRASES`, or null.
 */
function makePhraseEnd(tokens: readonly Token[], index: number): number | null {
  const token = tokens[index] as Token;
  if (token.lemma !== 'make' || token.pos !== 'VERB') return null;
  for (const words of MAKE_PHRASES) if (followsInSentence(tokens, index, words)) return index + 1 + words.length;
  return null;
}

/** True when `words` (lower case) come right after token `index`, in its sentence. */
function followsInSentence(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
  const sentence = (tokens[index] as Token).sentence;
  for (let k = 0; k < words.length; k += 1) {
    const next = tokens[index + 1 + k];
    if (next === undefined || next.lower !== words[k] || next.sentence !== sentence) return false;
  }
  return true;
}

/**
 * "it’s her push to …", "their claims about …": a word right after a possessive is the noun it owns, whatever
 * its tag. "her" is also an object, which a bare verb may follow after a verb ("heard her say", "let her speak").
 */
function isOwnedNoun(tokens: readonly Token[], index: number): boolean {
  const owner = tokens[index - 1];
  if (owner === undefined || owner.sentence !== tokens[index]?.sentence || !POSSESSIVES.has(owner.lower)) return false;
  const before = tokens[index - 2];
  return owner.lower !== 'her' || before === undefined || before.sentence !== owner.sentence || before.pos !== 'VERB';
}
