/**
 * The parts of an attribution whose cue is a noun: the noun's owner ("Trump’s", "her") as speaker, the noun
 * as cue, and where its complement ("to …", "of …") ends.
 */
import type { Cue } from '../../cues/types.js';
import type { CueVerbType } from '../../../vocabulary/cue-verbs.js';
import type { Sentence, Token } from '../../document/types.js';
import type { Candidate, RuleContext } from '../types.js';
import { phraseAfter, phraseBefore, type PhraseMatch } from './noun-phrase.js';
import { GENERIC_PERSON_NOUNS, GENERIC_PERSON_PRONOUNS, PART_HEADS } from '../../../vocabulary/speaker-words.js';
import { COLLECTIVE_OWNER_NOUNS } from '../../../vocabulary/cue-nouns.js';
import { BE_FORMS } from '../../../vocabulary/cue-verbs.js';
import { POSSESSIVE_SUBJECTS } from '../../../vocabulary/pronouns.js';
import { DAY_AND_MONTH_NAMES, DAY_PART_WORDS, RELATIVE_DAY_WORDS, SEASON_WORDS, TIME_UNITS } from '../../../vocabulary/dates.js';
import { inQuote, isCapitalised, isJoiningHyphen, isPossessive, isPossessivePronoun, isQuoteMark } from './tokens.js';
import { CLAUSE_MARKS } from '../../../vocabulary/clause-breaks.js';
import { FREE_RELATIVE_DETERMINERS } from '../../../vocabulary/function-words.js';
import { hasPastParticipleEnding } from '../../util/participle.js';

/** Modifiers that may stand between the owner and the noun: "Trump’s repeated claim", "his long-standing plan". */
const MAX_MODIFIERS = 2;
const CLAUSE_MARK_SET = new Set(CLAUSE_MARKS);
const FREE_RELATIVE_WORDS = new Set(FREE_RELATIVE_DETERMINERS);
const INFINITIVE_MARKERS = new Set(['to', 'and', 'or']);
/** Words that may follow an auxiliary inside its verb group: "would not have been". */
const AFTER_AUXILIARY = new Set(['AUX', 'ADV', 'PART']);
const DATE_WORDS = new Set(DAY_AND_MONTH_NAMES);
const POSSESSIVE_ENDING = /\p{L}['\u2019]s$/u;
/** "a report from last year": a time after "from" is no speaker. */
const TIME_WORDS = new Set([...DAY_AND_MONTH_NAMES, ...DAY_PART_WORDS, ...RELATIVE_DAY_WORDS, ...SEASON_WORDS, ...TIME_UNITS]);

/** Word lists by cue type, as a map from word to type. */
export function typesOf(lists: Readonly<Record<CueVerbType, readonly string[]>>): ReadonlyMap<string, CueVerbType> {
  return new Map((Object.entries(lists) as [CueVerbType, readonly string[]][]).flatMap(([type, words]) => words.map((word) => [word, type] as const)));
}

/**
 * The claims `claimAt` makes at each noun of `types` outside quotations, in text order: the scan every
 * noun-cue rule shares.
 */
export function nounClaims(
  context: RuleContext,
  types: ReadonlyMap<string, CueVerbType>,
  claimAt: (noun: number, type: CueVerbType, sentence: Sentence) => Candidate | null,
): Candidate[] {
  const { doc } = context;
  // The nouns are found through the document's index of words, not by reading every token once per rule:
  // the words of the document are looked up among the nouns, or the nouns among the words, whichever are fewer.
  const nouns: number[] = [];
  if (context.tokensByWord.size < types.size) {
    for (const [word, indexes] of context.tokensByWord) if (types.has(word)) nouns.push(...indexes);
  } else {
    for (const word of types.keys()) for (const index of context.tokensByWord.get(word) ?? []) nouns.push(index);
  }
  nouns.sort((a, b) => a - b);
  const candidates: Candidate[] = [];
  for (const index of nouns) {
    const token = doc.tokens[index] as Token;
    if (inQuote(context, token)) continue;
    const candidate = claimAt(index, types.get(token.lower) as CueVerbType, doc.sentences[token.sentence] as Sentence);
    if (candidate !== null) candidates.push(candidate);
  }
  return candidates;
}

/**
 * A modifier between owner and noun: an adjective, a participle read as one ("repeated", "long-standing"), or
 * an adverb of time or degree that wink reads before an adjective or in its place ("her earlier claim", "his
 * more recent remarks").
 */
function isModifier(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return token.pos === 'ADJ' || token.pos === 'ADV' || (token.pos === 'VERB' && token.lower.endsWith('ed'));
}

/** "long-standing", "well-known": the first token of a hyphenated compound ending at token `last`, or null. */
function hyphenCompoundStart(tokens: readonly Token[], last: number): number | null {
  const hyphen = tokens[last - 1];
  return hyphen !== undefined && isJoiningHyphen(tokens[last - 2], hyphen, tokens[last]) ? last - 2 : null;
}

/** The index of the token before the noun at token `noun` and its modifiers: where an owner may end. */
function ownerMarker(tokens: readonly Token[], noun: number): number {
  let owner = noun - 1;
  for (let step = 0; step < MAX_MODIFIERS; step += 1) {
    const compound = hyphenCompoundStart(tokens, owner);
    if (compound !== null) owner = compound - 1;
    else if (isModifier(tokens[owner])) owner -= 1;
    else break;
  }
  return owner;
}

/** The noun at token `noun` has a possessive before it and its modifiers: "her hope", "the mayor’s earlier claim". */
export function hasPossessiveOwner(tokens: readonly Token[], noun: number): boolean {
  const marker = tokens[ownerMarker(tokens, noun)];
  return marker !== undefined && (isPossessivePronoun(marker) || isPossessive(marker));
}

/**
 * The owner of the noun at token `noun`: a possessive pronoun ("her plan") or a phrase with "’s" ("the
 * senator’s plan"), past at most two modifiers; null when the noun has none.
 */
export function nounOwner(context: RuleContext, noun: number, sentence: Sentence, names = true): PhraseMatch | null {
  const tokens = context.doc.tokens;
  const owner = ownerMarker(tokens, noun);
  const marker = tokens[owner];
  if (marker === undefined || owner < sentence.firstToken || inQuote(context, marker)) return null;
  if (isPossessivePronoun(marker)) return { firstToken: owner, endToken: owner + 1, kind: 'pronoun' };
  if (isPossessive(marker)) return specificOwner(tokens, phraseBefore(context, owner, sentence));
  // "Trump’s" may come as one token, with its possessive ending inside.
  if (marker.pos === 'PROPN' && POSSESSIVE_ENDING.test(marker.text)) return phraseBefore(context, owner + 1, sentence);
  return names ? nameOwner(context, owner, noun, sentence) : null;
}

const GENERIC_NOUNS = new Set(GENERIC_PERSON_NOUNS);
const GENERIC_PRONOUNS = new Set(GENERIC_PERSON_PRONOUNS);
const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/** `phrase`, or null when it names anyone at all ("an individual's", "someone's"): such an owner holds no view. */
function specificOwner(tokens: readonly Token[], phrase: PhraseMatch | null): PhraseMatch | null {
  if (phrase === null) return null;
  const first = tokens[phrase.firstToken]?.lower ?? '';
  const head = tokens[phrase.endToken - 1]?.lower ?? '';
  const generic = (phrase.endToken - phrase.firstToken === 1 && GENERIC_PRONOUNS.has(first)) || (INDEFINITE_ARTICLES.has(first) && GENERIC_NOUNS.has(head));
  return generic ? null : phrase;
}

/** Words of a verb group between a subject and an object: "is standing by", "has been open in". */
const VERB_GROUP_PARTS = new Set(['AUX', 'VERB', 'ADV', 'ADP', 'PART', 'ADJ']);
const QUANTIFIERS = new Set(PART_HEADS);
const BE = new Set(BE_FORMS);
const COLLECTIVE_OWNERS = new Set(COLLECTIVE_OWNER_NOUNS);
const POSSESSIVE_SUBJECT_FORMS = new Map(Object.entries(POSSESSIVE_SUBJECTS));
/** Most tokens of that verb group. */
const MAX_VERB_GROUP_TOKENS = 6;

/**
 * "The coach repeated his view that …", "Jane Roe is standing by her remarks on …": a possessive pronoun in
 * the object of a clause stands for that clause's subject, which is then the speaker as written. `owner`
 * itself when the pronoun follows no subject and its verb group.
 */
export function boundOwner(context: RuleContext, owner: PhraseMatch, sentence: Sentence): PhraseMatch {
  const tokens = context.doc.tokens;
  if (owner.kind !== 'pronoun' || !isPossessivePronoun(tokens[owner.firstToken] as Token)) return owner;
  let start = owner.firstToken;
  while (start - 1 > sentence.firstToken && owner.firstToken - start < MAX_VERB_GROUP_TOKENS && VERB_GROUP_PARTS.has(tokens[start - 1]?.pos ?? '')) start -= 1;
  const verb = tokens[start];
  if (start === owner.firstToken || verb === undefined || (verb.pos !== 'AUX' && verb.pos !== 'VERB') || inQuote(context, verb)) return owner;
  // "The plan was shaped by her view that …": after a passive's "by", the pronoun is the agent, not the subject.
  if (isPassiveAgent(tokens, start, owner.firstToken)) return owner;
  const subject = phraseBefore(context, start, sentence);
  // "Nobody in the room believed her claim": a phrase after a preposition is no subject.
  if (subject === null || tokens[subject.firstToken - 1]?.pos === 'ADP') return owner;
  // "It raised its forecast for …": the subject pronoun the possessive agrees with is the speaker as written.
  if (subject.kind === 'pronoun') return isSubjectOf(tokens, subject, owner) ? subject : owner;
  // "Few shared his theory": a singular possessive stands for a singular subject only.
  const head = tokens[subject.endToken - 1] as Token;
  const singular = !QUANTIFIERS.has(head.lower) && (head.pos === 'PROPN' || (head.pos === 'NOUN' && head.lemma === head.lower));
  return singular || tokens[owner.firstToken]?.lower === 'their' ? subject : owner;
}

/** The one-word pronoun `subject` is the subject form of the possessive pronoun `owner`: "she … her", "it … its". */
function isSubjectOf(tokens: readonly Token[], subject: PhraseMatch, owner: PhraseMatch): boolean {
  const form = POSSESSIVE_SUBJECT_FORMS.get(tokens[owner.firstToken]?.lower ?? '');
  return subject.endToken === subject.firstToken + 1 && form !== undefined && tokens[subject.firstToken]?.lower === form;
}

/** "was shaped by his": a form of "to be", a past participle and "by" end the verb group before token `owner`. */
function isPassiveAgent(tokens: readonly Token[], start: number, owner: number): boolean {
  const participle = tokens[owner - 2];
  if (tokens[owner - 1]?.lower !== 'by' || participle === undefined || !hasPastParticipleEnding(participle.lower)) return false;
  return tokens.slice(start, owner - 2).some((token) => BE.has(token.lower));
}

/** Who the noun at a token reports, and the token where its complement ("that …", "to …") starts. */
export interface NounSpeaker {
  readonly speaker: PhraseMatch;
  readonly complement: number;
}

/** Prepositions that name the speaker after the noun: "a claim by the campaign", "warnings from economists". */
const AGENT_PREPOSITIONS = new Set(['by', 'from']);

/**
 * The speaker of the noun at token `noun`: its owner before it ("the senator’s warning that …"), or a
 * phrase after "by" or "from" when it has none ("a warning from the senator that …"), with the complement
 * after that phrase.
 */
export function nounSpeaker(context: RuleContext, noun: number, sentence: Sentence): NounSpeaker | null {
  const owner = nounOwner(context, noun, sentence);
  if (owner !== null) return { speaker: owner, complement: noun + 1 };
  if (!AGENT_PREPOSITIONS.has(context.doc.tokens[noun + 1]?.lower ?? '')) return null;
  const agent = phraseAfter(context, noun + 2, sentence);
  if (agent === null || agent.kind === 'pronoun') return null;
  const tokens = context.doc.tokens.slice(agent.firstToken, agent.endToken);
  return tokens.some((token) => TIME_WORDS.has(token.lower)) ? null : { speaker: agent, complement: agent.endToken };
}

/**
 * A name written before the noun as its owner, without "’s": "a Senate report that …", "the European
 * reluctance to …" (a capitalised adjective of origin among the modifiers), "media reports that …" (a body
 * that speaks as one). A date ("a Monday statement") owns nothing.
 */
function nameOwner(context: RuleContext, marker: number, noun: number, sentence: Sentence): PhraseMatch | null {
  const tokens = context.doc.tokens;
  for (let i = noun - 1; i > marker; i -= 1) {
    const token = tokens[i] as Token;
    if (token.pos === 'ADJ' && isCapitalised(token) && i > sentence.firstToken) return { firstToken: i, endToken: i + 1, kind: 'name' };
  }
  const name = tokens[marker] as Token;
  // "media reports that …": a body that speaks as one, right before the noun.
  if (marker === noun - 1 && name.pos === 'NOUN' && COLLECTIVE_OWNERS.has(name.lower)) return { firstToken: marker, endToken: noun, kind: 'description' };
  if (name.pos !== 'PROPN' || DATE_WORDS.has(name.lower)) return null;
  return phraseBefore(context, marker + 1, sentence);
}

/** The noun at token `noun` as a cue of `type`. */
export function nounCue(context: RuleContext, noun: number, type: CueVerbType): Cue {
  const token = context.doc.tokens[noun] as Token;
  return {
    kind: 'verb', type, start: token.start, end: token.end, firstToken: noun, endToken: noun + 1,
    verbToken: noun, lemma: token.lower, passive: false, participle: false, sentence: token.sentence,
  };
}

/**
 * Where the complement that starts at token `start` of a phrase that is its sentence's subject ends: at the
 * main verb ("Obama’s decision to leave [surprised aides]"), a clause mark outside quotations, or the
 * sentence's end. A complement that is a clause of its own (`clause`: "the warning that the deal would fail
 * [went unheeded]") keeps its first verb.
 */
export function complementEnd(context: RuleContext, start: number, sentence: Sentence, clause = false): number {
  const tokens = context.doc.tokens;
  let ownVerb = clause;
  for (let i = start + 1; i < sentence.endToken; i += 1) {
    const token = tokens[i] as Token;
    if (inQuote(context, token) && !isQuoteMark(token)) continue;
    if (isListComma(tokens, i)) continue;
    if (CLAUSE_MARK_SET.has(token.text) || (token.text === '.' && i === sentence.endToken - 1)) return i;
    // The clause's own verb may be a plain form ("that trade deals hurt workers").
    const plainVerb = ownVerb && token.pos === 'VERB' && !token.lower.endsWith('ing') && !INFINITIVE_MARKERS.has(tokens[i - 1]?.lower ?? '');
    if (!plainVerb && !isFiniteVerb(tokens, i)) continue;
    // "… involved in what auditors called “sloppy bookkeeping”": the verb of a free relative is no main verb.
    if (opensFreeRelative(tokens, i)) continue;
    if (ownVerb) {
      ownVerb = false;
      i = verbGroupEnd(tokens, i, sentence) - 1;
      continue;
    }
    // "… never faded": an adverb before the main verb belongs to it.
    let end = i;
    while (end - 1 > start + 1 && tokens[end - 1]?.pos === 'ADV') end -= 1;
    return end;
  }
  return sentence.endToken;
}

/** Most words of the subject between "what" and the verb of its free relative ("what several lawmakers called"). */
const MAX_FREE_RELATIVE_SUBJECT = 4;

/** The verb at token `verb` has "what" and a short subject before it: a free relative's verb. */
function opensFreeRelative(tokens: readonly Token[], verb: number): boolean {
  for (let i = verb - 1; i >= 0 && i >= verb - 1 - MAX_FREE_RELATIVE_SUBJECT; i -= 1) {
    const token = tokens[i] as Token;
    if (FREE_RELATIVE_WORDS.has(token.lower)) return i < verb - 1;
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(token.pos)) return false;
  }
  return false;
}

/** The token after the verb group at token `verb`: auxiliaries, adverbs and negations, then one verb. */
function verbGroupEnd(tokens: readonly Token[], verb: number, sentence: Sentence): number {
  let i = verb;
  while (tokens[i]?.pos !== 'VERB' && i + 1 < sentence.endToken && AFTER_AUXILIARY.has(tokens[i + 1]?.pos ?? '')) i += 1;
  if (tokens[i]?.pos !== 'VERB' && tokens[i + 1]?.pos === 'VERB' && i + 1 < sentence.endToken) i += 1;
  return i + 1;
}

/** "Mexico, China and …": a comma between two names of a list that goes on to "and" or "or". */
function isListComma(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.text !== ',' || tokens[index - 1]?.pos !== 'PROPN') return false;
  for (let i = index + 1; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.lower === 'and' || token.lower === 'or') return i > index + 1;
    if (token.pos !== 'PROPN' && token.text !== ',') return false;
  }
  return false;
}

/** A verb that can head a clause: an auxiliary or a tensed verb, not one after "to" or a participle. */
function isFiniteVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (INFINITIVE_MARKERS.has(tokens[index - 1]?.lower ?? '')) return false;
  // "the long-isolated nation": a participle closing a hyphenated compound.
  if (isJoiningHyphen(tokens[index - 2], tokens[index - 1] as Token, token)) return false;
  // "of the country being dependent": a participle of "be" heads no clause.
  if (token.pos === 'AUX') return !token.lower.endsWith('ing');
  // "her refusal to wait angered the board": wink may read a past verb as an adjective.
  const next = tokens[index + 1];
  if (token.pos === 'ADJ' && token.lower.endsWith('ed')) return next?.pos === 'DET' || next?.pos === 'PRON';
  return token.pos === 'VERB' && token.lower !== token.lemma && !token.lower.endsWith('ing');
}

/**
 * A cue stands before token `first` in its sentence: a noun phrase after it is more likely part of that
 * cue's content ("experts say her plans to … would …") than a claim of its own.
 */
export function followsCue(context: RuleContext, first: number, sentence: Sentence): boolean {
  return (context.cuesBySentence.get(sentence.index) ?? []).some((cue) => cue.endToken <= first && !reportsBefore(context, cue));
}

/** "“…,” said Jane Roe, who …": the cue has a claim whose content ends before it, so nothing after it is its content. */
function reportsBefore(context: RuleContext, cue: Cue): boolean {
  return context.accepted.some((claim) => claim.cue?.start === cue.start && (claim.content.at(-1)?.end ?? Infinity) <= cue.start);
}

/** No verb stands before token `first` in its sentence: a phrase there is the sentence's subject. */
export function isSubjectPosition(context: RuleContext, first: number, sentence: Sentence): boolean {
  const tokens = context.doc.tokens;
  for (let i = sentence.firstToken; i < first; i += 1) {
    const token = tokens[i] as Token;
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !inQuote(context, token)) return false;
  }
  return true;
}
